import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A block of running text with its 1-based line in the file. */
export interface Paragraph {
  text: string;
  line: number;
}

type Block = Extract<RootContent, { type: 'paragraph' | 'heading' }>;

/** The blocks of running text (paragraphs, list-item paragraphs, headings) of a tree, in order. */
export function textBlocks(tree: Root): Block[] {
  const out: Block[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') out.push(node);
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return out;
}

/** Each block's plain text, offsets matching its text nodes (for annotation), with its file line. */
export const paragraphsOf = (blocks: readonly Block[], lineOffset: number): Paragraph[] =>
  blocks.map((b) => ({ text: toString(b), line: (b.position?.start.line ?? 1) + lineOffset }));

/** Titles written with a full stop ("Dr. Amina Yusuf"); the stop ends no sentence. */
export const TITLES = /\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|St)\./g;
export const TITLE_ABBREVIATION = `(?<!${TITLES.source})`;

/** Splits running text into sentences; a quote's closing mark stays with its sentence. */
export function sentences(text: string): string[] {
  return text
    .split(new RegExp(`(?<=[.!?]["”’)]?)${TITLE_ABBREVIATION}\\s+(?=["“‘(]?[A-Z0-9])`, 'u'))
    .map((s) => s.trim())
    .filter(Boolean);
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression matching any of the terms as whole words, longest first. */
export function wholeWords(terms: Iterable<string>, flags = 'gu'): RegExp | undefined {
  const list = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (list.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags);
}
