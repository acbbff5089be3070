import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseHTML } from 'linkedom';
import { parseMarkdown } from '../../src/markdown/render.ts';

/** Test helpers: the words of each block, from the HTML the importer kept and from its Markdown. */

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const LEAF_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'BODY']);

/**
 * Text of each block of an HTML fragment in document order, as Markdown sees blocks: a paragraph or
 * heading, or a run of inline content directly inside a container (a list item's words, a `<cite>` in a
 * block quote). Blocks whose text equals `skip` (the headline) are left out.
 */
export function htmlBlockTexts(html: string, skip?: string | null): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const texts: string[] = [];
  let run = '';
  const flush = () => {
    if (collapse(run)) texts.push(collapse(run));
    run = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      const tag = child.nodeType === 1 ? (child as Element).tagName.toUpperCase() : '';
      if (LEAF_BLOCKS.has(tag)) {
        flush();
        run = child.textContent ?? '';
        flush();
      } else if (CONTAINERS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        run += child.textContent ?? '';
      }
    }
  };
  walk(document.body);
  flush();
  return texts.filter((text) => text !== skip);
}

/** Text of each paragraph and heading of a Markdown body, parsed as the build parses it (CommonMark). */
export function markdownBlockTexts(markdown: string): string[] {
  const texts: string[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') texts.push(collapse(toString(node)));
      else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk((parseMarkdown(markdown) as Root).children);
  return texts.filter(Boolean);
}

/** Node types of a parsed Markdown body, to show that no markup was read where the page had plain words. */
export function markdownNodeTypes(markdown: string): Set<string> {
  const types = new Set<string>();
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      types.add(node.type);
      if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(parseMarkdown(markdown).children);
  return types;
}
