import type { Link, Root, RootContent } from 'mdast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markdownChunks } from './chunks.ts';

const parser = unified().use(remarkParse).freeze();
// sanitize stays on: whatever slips past our checks is still stripped. The
// GitHub schema is narrowed to http(s)/mailto links and extended only by the
// <mark class="quote"> the annotator adds.
const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
  attributes: { ...defaultSchema.attributes, mark: [['className', 'quote']] },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};
const compiler = unified().use(remarkParse).use(remarkHtml, { sanitize: schema }).freeze();

/** The body's Markdown tree, parsed piece by piece (see chunks.ts), positions those in the whole body. */
export function parseMarkdown(body: string): Root {
  const chunks = markdownChunks(body);
  if (chunks.length === 1) return parser.parse(body);
  const tree: Root = { type: 'root', children: [] };
  for (const chunk of chunks) {
    const part = parser.parse(chunk.text);
    shiftPositions(part, chunk.line, chunk.offset);
    for (const child of part.children) tree.children.push(child);
  }
  const lastLine = body.slice(body.lastIndexOf('\n') + 1);
  const end = { line: chunks.at(-1)!.line + chunks.at(-1)!.text.split('\n').length, column: lastLine.length + 1 };
  tree.position = { start: { line: 1, column: 1, offset: 0 }, end: { ...end, offset: body.length } };
  return tree;
}

function shiftPositions(node: Root | RootContent, lines: number, offset: number): void {
  for (const point of [node.position?.start, node.position?.end]) {
    if (!point) continue;
    point.line += lines;
    if (point.offset !== undefined) point.offset += offset;
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, lines, offset);
}

export const SAFE_URL = /^(https?:|mailto:)/i;

/** Problems found in the Markdown tree; positions are relative to the body. */
export interface BodyFinding {
  kind: 'raw-html' | 'unsafe-link';
  line: number;
  column: number;
  text: string;
}

/**
 * Reports raw HTML and non-http(s)/mailto links, and turns such links into
 * their plain text, so nothing is silently dropped and nothing unsafe stays.
 */
export function neutralise(tree: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const walk = (children: RootContent[]): RootContent[] =>
    children.flatMap((node): RootContent[] => {
      const where = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
      if (node.type === 'html') {
        findings.push({ kind: 'raw-html', ...where, text: node.value });
        return [{ type: 'text', value: node.value, position: node.position }];
      }
      if (
        (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
        !SAFE_URL.test(node.url.trim())
      ) {
        findings.push({ kind: 'unsafe-link', ...where, text: node.url });
        if (node.type === 'link') return walk((node as Link).children as RootContent[]);
        if (node.type === 'image') return [{ type: 'text', value: node.alt ?? '', position: node.position }];
        return [];
      }
      if ('children' in node) (node as { children: RootContent[] }).children = walk(node.children as RootContent[]);
      return [node];
    });
  tree.children = walk(tree.children);
  return findings;
}

/**
 * The tree as sanitised HTML. A long body is rendered a few blocks at a
 * time, so only those blocks' HTML trees are held at once (the whole body's
 * took most of a gigabyte for 2 MB of Markdown): a document's HTML is its
 * blocks' HTML joined by line breaks. A body with link definitions is
 * rendered whole, as a reference may be anywhere.
 */
export function renderHtml(tree: Root): string {
  const blocks = tree.children;
  if (blocks.length <= RENDER_BLOCKS || blocks.some((b) => b.type === 'definition'))
    return compiler.stringify(compiler.runSync(tree) as Root);
  const parts: string[] = [];
  for (let i = 0; i < blocks.length; i += RENDER_BLOCKS) {
    const part: Root = { type: 'root', children: blocks.slice(i, i + RENDER_BLOCKS) };
    parts.push(compiler.stringify(compiler.runSync(part) as Root));
  }
  return parts.join('');
}

/** Top-level blocks rendered at a time (see renderHtml). */
const RENDER_BLOCKS = 256;
