import { AT_LEAST, AT_MOST } from '../aggregate/figures.ts';
import { TO_METRIC } from '../analyse/figures/units.ts';
import type { Chart, ChartMark, ChartText, ClaimView, FigurePage } from '../model/site-data.ts';
import { formatNumber } from './format.ts';

/**
 * The chart's own coordinate system. It is drawn narrow (the width of a
 * phone's column) so that its text, at 12 units, stays at least 11 CSS px
 * when the SVG is scaled to a 358 px column, and it is never scaled up past
 * 1.2 times (CSS) on a wide screen.
 */
export const CHART_WIDTH = 340;
const PAD = 10;
const FONT = 12;
const LINE = 15;
const MARK = 14;
const GAP = 12;
/** A generous width per character at 12 units (no font metrics at build time): lines wrap before they could be clipped. */
const CHAR = 7;
const MAX_CHARS = Math.floor((CHART_WIDTH - 2 * PAD) / CHAR);

/**
 * A figure's values on one labelled scale, as SVG primitives for the
 * template (no script runs in the reader's browser): one row per report,
 * its value, outlet, claimant and date written above its mark; a single
 * value as a dot, a range as a bar from low to high, "up to" open towards
 * zero and "more than" open towards the end of the scale. Lines are wrapped
 * at build time so nothing is clipped. Null when fewer than two values differ.
 */
export function chartFor(f: Pick<FigurePage, 'id' | 'name' | 'unit' | 'claims'>): Chart | null {
  const reports = distinctReports(f.claims);
  const spans = reports.map((c) => ({ c, ...span(c) }));
  if (new Set(spans.map((v) => `${v.lo}-${v.hi}`)).size < 2) return null;
  const end = niceCeiling(Math.max(...spans.map((v) => v.hi)) * 1.08);
  const x = (n: number) => PAD + ((CHART_WIDTH - 2 * PAD) * n) / end;
  const texts: ChartText[] = [];
  const marks: ChartMark[] = [];
  let y = 0;
  for (const { c, lo, hi } of spans) {
    const lines = wrap(`${c.value} — ${c.article.outlet}`).concat(wrap(`${claimant(c)}, ${dated(c)}`));
    lines.forEach((text, i) => texts.push({ x: PAD, y: y + FONT + i * LINE, text, anchor: 'start', strong: i === 0 }));
    const my = y + lines.length * LINE + MARK / 2 + 2;
    marks.push({ kind: 'track', x1: x(0), x2: x(end), y: my });
    const open = openEnd(c.raw.qualifier);
    if (lo !== hi) marks.push({ kind: 'range', x1: x(lo), x2: x(hi), y: my });
    else if (open === 'low')
      marks.push({ kind: 'open', x1: x(0), x2: x(hi), y: my }, { kind: 'dot', x1: x(hi), x2: x(hi), y: my });
    else if (open === 'high')
      marks.push({ kind: 'open', x1: x(hi), x2: x(end), y: my }, { kind: 'dot', x1: x(hi), x2: x(hi), y: my });
    else marks.push({ kind: 'dot', x1: x(hi), x2: x(hi), y: my });
    y = my + MARK / 2 + GAP;
  }
  // The scale: zero, the middle and the end, with the unit, inside the drawing.
  const axis = y + 2;
  marks.push({ kind: 'axis', x1: x(0), x2: x(end), y: axis });
  for (const [n, anchor] of [
    [0, 'start'],
    [end / 2, 'middle'],
    [end, 'end'],
  ] as const) {
    marks.push({ kind: 'tick', x1: x(n), x2: x(n), y: axis });
    texts.push({
      x: x(n),
      y: axis + 6 + FONT,
      text: `${formatNumber(n)}${n === end ? ` ${f.unit}` : ''}`,
      anchor,
      strong: false,
    });
  }
  return {
    id: `chart-${f.id}`,
    width: CHART_WIDTH,
    height: axis + 6 + FONT + 6,
    texts,
    marks,
    description: `${f.name}, on a scale from 0 to ${formatNumber(end)} ${f.unit}: ${spans
      .map(({ c }) => `${c.value}, reported by ${c.article.outlet} (${claimant(c)}, ${dated(c)})`)
      .join('; ')}.`,
  };
}

const dated = (c: ClaimView) => (c.article.date ? c.article.dateLabel : 'date unknown');
const claimant = (c: ClaimView) =>
  c.claimant ? `per ${c.claimant.name}` : c.claimantWords ? `per ${c.claimantWords}` : 'claimant not stated';

/** One row per report: the same value, outlet, claimant and article given twice is drawn once. */
function distinctReports(claims: readonly ClaimView[]): ClaimView[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = [c.value, c.article.slug, c.claimant?.id ?? c.claimantWords].join('|');
    return !seen.has(key) && seen.add(key);
  });
}

/** Which end of a value its qualifier leaves open: "up to 30" towards zero, "more than 35" towards the end. */
function openEnd(qualifier: string | null): 'low' | 'high' | null {
  if (!qualifier) return null;
  if (qualifier === 'up to' || AT_MOST.test(qualifier)) return 'low';
  return AT_LEAST.test(qualifier) ? 'high' : null;
}

/** The smallest of 1, 2, 2.5 or 5 times a power of ten at or above n: a scale end that reads well. */
function niceCeiling(n: number): number {
  if (!(n > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= n)!;
}

/** Text split at spaces into lines of at most MAX_CHARS characters (a longer word is cut with an ellipsis). */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const w = word.length > MAX_CHARS ? `${word.slice(0, MAX_CHARS - 1)}…` : word;
    if (line && line.length + 1 + w.length > MAX_CHARS) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return [...lines, line];
}

function span(c: ClaimView): { lo: number; hi: number } {
  const factor = TO_METRIC[c.raw.unit]?.[1] ?? 1;
  return { lo: (c.raw.value ?? c.raw.low!) * factor, hi: (c.raw.value ?? c.raw.high!) * factor };
}
