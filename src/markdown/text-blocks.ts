import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Paragraph } from '../model/analysis.ts';

export type Block = Extract<RootContent, { type: 'paragraph' | 'heading' }>;

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
