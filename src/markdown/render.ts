import type { Link, Root, RootContent } from 'mdast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

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

export const parseMarkdown = (body: string): Root => parser.parse(body);

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

export function renderHtml(tree: Root): string {
  return compiler.stringify(compiler.runSync(tree) as Root);
}
