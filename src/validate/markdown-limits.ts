import type { RuleId } from '../diagnostics/catalogue.ts';

/**
 * The Markdown parser takes time quadratic (or worse) in how deeply blocks
 * nest and in how many brackets and emphasis marks one paragraph holds:
 * 5,000 nested quotes or images take minutes, and the tree's walkers overflow
 * the stack. No article comes near these limits; bodies past them are
 * refused, located, before they are parsed.
 */
export const MAX_DEPTH = 32;
export const MAX_MARKS = 256;

export interface LimitFinding {
  rule: Extract<RuleId, 'body/too-deep' | 'body/too-complex'>;
  /** Relative to the body, 1-based. */
  line: number;
  column: number;
  params: Record<string, string>;
}

// One container marker: a quote ">" or a list item ("-", "*", "+", "1.", "1)") followed by a space.
const MARKER = /[ \t]*(>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/y;
// A line that opens a list item that can interrupt a paragraph, so its text is a paragraph of its own.
const NEW_ITEM = /^[ \t>]*(?:[-*+]|0*1[.)])[ \t]+\S/;
// A run of one emphasis or code mark, or a bracket (a backslash escapes the next character).
const MARK = /\\[\s\S]|[*]+|_+|~+|`+|\[|\]/g;

/** The first place in the body where the nesting limit, and where the inline limits, are passed. */
export function markdownLimits(body: string): LimitFinding[] {
  const lines = body.split('\n');
  const found: LimitFinding[] = [];
  const deep = lines.findIndex(tooDeep);
  if (deep !== -1)
    found.push({ rule: 'body/too-deep', line: deep + 1, column: 1, params: { limit: String(MAX_DEPTH) } });
  const inline = inlineLimits(lines);
  return inline ? [...found, inline] : found;
}

/**
 * True when a line opens more than MAX_DEPTH containers, counting at least
 * one per marker and one per two columns of indentation before a marker (a
 * nested list item is indented by its parent's marker width).
 */
function tooDeep(line: string): boolean {
  let depth = 0;
  MARKER.lastIndex = 0;
  for (let start = 0, m = MARKER.exec(line); m; start = MARKER.lastIndex, m = MARKER.exec(line)) {
    const indent = line.slice(start, m.index + m[0].length - m[1]!.length).replace(/\t/g, '    ').length;
    depth += Math.floor(indent / 2) + 1;
    if (depth > MAX_DEPTH) return true;
  }
  return false;
}

/** Bracket nesting and marks per paragraph (inline content never crosses a blank line or a new list item). */
function inlineLimits(lines: readonly string[]): LimitFinding | undefined {
  let marks = 0;
  let depth = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = line.trim() === '';
    if (blank || NEW_ITEM.test(line)) {
      marks = 0;
      depth = 0;
      start = blank ? i + 1 : i;
    }
    for (const m of line.matchAll(MARK)) {
      if (m[0][0] === '\\') continue;
      marks++;
      if (m[0] === '[' && ++depth > MAX_DEPTH)
        return { rule: 'body/too-deep', line: i + 1, column: m.index + 1, params: { limit: String(MAX_DEPTH) } };
      if (m[0] === ']') depth = Math.max(0, depth - 1);
      if (marks > MAX_MARKS)
        return { rule: 'body/too-complex', line: start + 1, column: 1, params: { limit: String(MAX_MARKS) } };
    }
  }
  return undefined;
}
