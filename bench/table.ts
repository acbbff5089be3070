// A table, printed two ways: padded columns for the terminal, Markdown for the README.
export interface Table {
  title: string;
  head: string[];
  rows: string[][];
}

/** Columns of numbers (or "—" for none) are right-aligned; the rest left. */
const numericColumns = (t: Table) => t.head.map((_, i) => t.rows.every((r) => /^[-\d.,]+$|^—$/.test(r[i] ?? '')));

export function textTable(t: Table): string {
  const right = numericColumns(t);
  const widths = t.head.map((h, i) => Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const cell = (c: string, i: number) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!));
  const line = (r: string[]) => r.map(cell).join('  ').trimEnd();
  return [t.title, line(t.head), widths.map((w) => '-'.repeat(w)).join('  '), ...t.rows.map(line)].join('\n');
}

export function markdownTable(t: Table): string {
  const right = numericColumns(t);
  const line = (r: string[]) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = line(right.map((x) => (x ? '---:' : '---')));
  return [`**${t.title}**`, '', line(t.head), rule, ...t.rows.map(line)].join('\n');
}
