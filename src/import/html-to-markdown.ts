import type { Element as HastElement, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark, { type Options as RehypeRemarkOptions } from 'rehype-remark';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { NON_TEXT_TAGS } from './non-text-elements.ts';
import { withoutInvisibles } from '../text/safe-text.ts';

export interface MarkdownResult {
  markdown: string;
  warnings: string[];
}

/**
 * How the Markdown is written. The same choices as the text importer: `-` bullets, `_` emphasis. Escaping
 * is remark-stringify's: it escapes `*`, `_`, `#`, `1.`, `<` and the rest wherever CommonMark would read
 * them as markup, so the rendered words are the page's words.
 */
const STRINGIFY: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
};

/**
 * Converts the article's HTML to Markdown (rehype-parse → rehype-remark → remark-stringify): paragraphs,
 * headings, lists, block quotes, emphasis and line breaks are kept, word for word. Links keep their words
 * but not their address (the body is the outlet's text; addresses are tracking-laden and often relative).
 * Invisible characters (soft hyphens, zero-width spaces) go. Tables are left out with a warning: CommonMark
 * has none, and a grid of cells flattened to lines would put words side by side that the page does not.
 */
export function htmlToMarkdown(html: string, options: { headline?: string | null } = {}): MarkdownResult {
  const warnings: string[] = [];
  let tables = 0;
  const ignore = () => undefined;
  const handlers: NonNullable<RehypeRemarkOptions['handlers']> = {
    ...Object.fromEntries(NON_TEXT_TAGS.map((tag) => [tag, ignore])),
    a: (state, node: HastElement) => state.all(node),
    table: () => {
      tables += 1;
      return undefined;
    },
  };
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeRemark, { handlers })
    .use(() => (tree: MdastRoot) => withoutHeadline(tree, options.headline))
    .use(remarkStringify, STRINGIFY);
  const tree = processor.runSync(processor.parse(html) as HastRoot) as MdastRoot;
  const markdown = withoutInvisibles(processor.stringify(tree)).trim();
  if (tables > 0) warnings.push(`${tables} table(s) left out: check the page for figures in them`);
  return { markdown: markdown ? `${markdown}\n` : '', warnings };
}

/** The page repeats its headline above the text; it is the front matter's, not the body's. */
function withoutHeadline(tree: MdastRoot, headline: string | null | undefined): void {
  if (!headline) return;
  const same = (text: string) => text.replace(/\s+/g, ' ').trim() === headline;
  tree.children = tree.children.filter((node) => !(node.type === 'heading' && same(toString(node))));
}
