// The results as one Markdown table, and as flat metric keys for results.json and the floors.
import type { Bound, Row } from './rows.ts';

export const partKey = (part: string): string => part.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** Every metric by key: "dev.people.precision", "heldOut.quotes.found", "stories.bcubed.f1", … */
export function metricsOf(rows: Row[], parts: string[]): Record<string, number | null> {
  const metrics: Record<string, number | null> = {};
  for (const r of rows) {
    if (r.scope === 'corpus') metrics[r.key] = r.cells[0]?.value ?? null;
    else parts.forEach((p, i) => (metrics[`${partKey(p)}.${r.key}`] = r.cells[i]?.value ?? null));
  }
  return metrics;
}

export const boundText = (b: Bound): string => ('min' in b ? `≥ ${b.min}` : `≤ ${b.max}`);

export const meets = (value: number, b: Bound): boolean => ('min' in b ? value >= b.min : value <= b.max);

/** The value, with ✓ or ✗ where the row has a target. */
function shown(r: Row, i: number): string {
  const c = r.cells[i];
  if (!c) return '';
  if (!r.target || c.value === null) return c.shown;
  return `${c.shown} ${meets(c.value, r.target) ? '✓' : '✗'}`;
}

/** Part rows have a column per part; rows over the whole corpus (or the samples, or the BBC) fill the first. */
export function markdownTable(rows: Row[], parts: string[]): string {
  const head = ['metric', ...parts, 'target'];
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const target = (r: Row) => (r.target ? boundText(r.target) : '');
  const body = rows.map((r) => line([r.label, ...parts.map((_, i) => shown(r, i)), target(r)]));
  return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...body].join('\n');
}
