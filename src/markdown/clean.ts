import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Removal } from '../model/processed-article.ts';
import { captionRun, contextRule, highlightBox } from './furniture-context.ts';
import { endsAsSentence, isDateTimeOnly, shapeRule } from './furniture-shapes.ts';

export interface CleanContext {
  headline: string;
  /** Names of the publisher (name and aliases); a paragraph that is only this is a dateline. */
  publisherNames: readonly string[];
  /** The article's author as its front matter gives it, if at all: a line that is only this is a byline. */
  authors?: readonly string[];
}

// Teasers that point elsewhere on the outlet's site.
const SEE_ALSO = /^(see also|read also|also read|read more|related|more on this|recommended)\b\s*:?/i;
const ELLIPSIS = /(\.\.\.|…)$/;

/** Only paragraphs and headings are ever removed. */
const isProse = (node: RootContent) => node.type === 'paragraph' || node.type === 'heading';
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Removes site furniture from a scraped article's top-level blocks. Each rule
 * looks at the shape of a block (a label, a teaser, a caption, a credit, a
 * call to the reader, a truncated copy of text found elsewhere) or at its
 * place among the others, not at any one site's wording of it. Only
 * paragraphs and headings are removed; what is removed is returned, with
 * the rule that removed it, for the article page to show.
 */
export function removeFurniture(tree: Root, ctx: CleanContext): Removal[] {
  const removed: Removal[] = [];
  const blocks = tree.children.map((node) => ({ node, text: toString(node).replace(/\s+/g, ' ').trim() }));
  const headline = norm(ctx.headline);
  const startsOf = prefixIndex([headline, ...blocks.map((b) => norm(b.text))]);
  const texts = blocks.map((b) => b.text);
  const publisherNames = new Set(ctx.publisherNames.map(norm));
  const box = highlightBox(texts, ctx.headline.replace(/\s+/g, ' ').trim());

  const ruleFor = (text: string, index: number, node: RootContent): Removal['rule'] | undefined => {
    if (!isProse(node)) return undefined;
    const t = norm(text);
    if (t === '') return undefined;
    if (t === headline) return 'repeated-headline';
    if (publisherNames.has(t)) return 'dateline';
    if (SEE_ALSO.test(t) && !endsAsSentence(t)) return 'see-also';
    if (ELLIPSIS.test(t) && isTruncatedCopy(t.replace(ELLIPSIS, '').trim(), startsOf, index + 1))
      return 'truncated-teaser';
    return shapeRule(text) ?? contextRule(texts, index, box, ctx.authors ?? []);
  };

  const rules: (Removal['rule'] | undefined)[] = [];
  blocks.forEach(({ node, text }, index) => {
    const rule = ruleFor(text, index, node);
    // The dates and times under a call to watch or listen are the programme's air times.
    const previous = rules[index - 1];
    rules.push(!rule && previous === 'call-to-action' && isDateTimeOnly(text) ? 'call-to-action' : rule);
  });
  const isText = (i: number) => isProse(blocks[i]!.node) && !rules[i];
  for (const i of captionRun(texts, (i) => rules[i] === 'caption')) if (isText(i)) rules[i] = 'caption';
  blocks.forEach(({ node, text }, i) => {
    const rule = rules[i];
    if (rule) removed.push({ rule, text, line: node.position?.start.line ?? 1 });
  });
  tree.children = blocks.filter((_, i) => !rules[i]).map((b) => b.node);
  return removed;
}

/**
 * True when `stem` (a block that ends in an ellipsis) is the start of the
 * headline or of another block, possibly behind a glued-on section label
 * ("Top NewsUkrainian forces advance…").
 */
function isTruncatedCopy(stem: string, startsOf: PrefixIndex, self: number): boolean {
  if (stem.length < 20) return false;
  for (let cut = 0; cut <= Math.min(40, stem.length - 20); cut++) if (startsOf(stem.slice(cut), self)) return true;
  return false;
}

/** Whether a text other than the `self`th starts with `prefix`. */
type PrefixIndex = (prefix: string, self: number) => boolean;

/**
 * The texts sorted, so that those starting with a prefix are found by a
 * binary search: they stand together in the order. Comparing every teaser
 * with every block was quadratic in an article of thousands of them.
 */
function prefixIndex(texts: readonly string[]): PrefixIndex {
  const sorted = texts.map((text, i) => ({ text, i })).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return (prefix, self) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.text < prefix) lo = mid + 1;
      else hi = mid;
    }
    // Only one text is `self`: a second one starting with the prefix settles it.
    for (let k = lo; k < Math.min(lo + 2, sorted.length) && sorted[k]!.text.startsWith(prefix); k++)
      if (sorted[k]!.i !== self) return true;
    return false;
  };
}
