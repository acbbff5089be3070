import { TO_METRIC } from '../analyse/units.ts';
import type { Chart, ClaimView, FigurePage } from '../model/site-data.ts';

const WIDTH = 600;
const LABEL = 200;
const ROW = 28;

/**
 * Bar geometry for a figure with more than one value: one bar per report,
 * ranges drawn from low to high, all in the figure's unit. Drawn by the
 * template as inline SVG; no script runs in the reader's browser.
 */
export function chartFor(f: FigurePage): Chart | null {
  const values = f.claims.map((c) => ({ c, ...span(c) }));
  if (new Set(values.map((v) => `${v.lo}-${v.hi}`)).size < 2) return null;
  const max = Math.max(...values.map((v) => v.hi)) * 1.1 || 1;
  const scale = (n: number) => Math.round(((WIDTH - LABEL - 10) * n) / max);
  const bars = values.map(({ c, lo, hi }, i) => ({
    y: i * ROW + 4,
    x: LABEL + (lo === hi ? 0 : scale(lo)),
    width: Math.max(2, lo === hi ? scale(hi) : scale(hi) - scale(lo)),
    label: c.article.outlet,
    value: c.value,
  }));
  return {
    figure: { id: f.id, name: f.name, url: f.url, status: f.status },
    id: `chart-${f.id}`,
    unit: f.unit,
    height: values.length * ROW + 8,
    bars,
    description: `${f.name}: ${bars.map((b) => `${b.label} reports ${b.value}`).join('; ')}.`,
  };
}

function span(c: ClaimView): { lo: number; hi: number } {
  const factor = TO_METRIC[c.raw.unit]?.[1] ?? 1;
  return { lo: (c.raw.value ?? c.raw.low!) * factor, hi: (c.raw.value ?? c.raw.high!) * factor };
}
