import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A block of running text with its 1-based line in the file. */
export interface Paragraph {
  text: string;
  line: number;
}

/** Paragraphs (and list-item paragraphs, headings) of a cleaned tree, in order. */
export function paragraphsOf(tree: Root, lineOffset: number): Paragraph[] {
  const out: Paragraph[] = [];
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { line: number } } }) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, line: (node.position?.start.line ?? 1) + lineOffset });
      return;
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(tree as never);
  return out;
}

/** Splits running text into sentences; a quote's closing mark stays with its sentence. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression matching any of the terms as whole words, longest first. */
export function wholeWords(terms: Iterable<string>, flags = 'gu'): RegExp | undefined {
  const list = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (list.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join('|')})(?![\\p{L}\\p{N}])`, flags);
}
