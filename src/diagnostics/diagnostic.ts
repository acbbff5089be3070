import { catalogue, type RuleId, type Severity } from './catalogue.ts';

/** One located problem; `file` is relative to the project root. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  rule: RuleId;
  severity: Severity;
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

export function diagnostic(file: string, at: Position, rule: RuleId, params: Record<string, string> = {}): Diagnostic {
  const entry = catalogue[rule];
  return { file, line: at.line, column: at.column, rule, severity: entry.severity, message: entry.message(params) };
}

export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning ' : '';
  return `${d.file}:${d.line}:${d.column}  ${d.rule}  ${tag}${d.message}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');
