import type { Paragraph, PersonMention } from '../model/analysis.ts';
import type { QuotedSpan } from './quotation-marks.ts';

/**
 * An article as the attribution rules read it, and the mentions and
 * quotations of one paragraph, grouped once per article.
 */

/** What attribution needs to know of an article: its text, who is named where, and what it says of them. */
export interface AttributionContext {
  paragraphs: readonly Paragraph[];
  /** Mentions in text order. */
  mentions: readonly PersonMention[];
  /** Person key → the role the article or the registry gives. */
  roles: ReadonlyMap<string, string>;
  /** Person key → gender, where a title, role or given name says it. */
  genders: ReadonlyMap<string, 'male' | 'female'>;
  /** Every quoted passage, as quotation-marks.ts finds them, in text order. */
  quotations: readonly QuotedSpan[];
}

const byParagraph = new WeakMap<readonly { paragraph: number }[], Map<number, unknown[]>>();

/**
 * The items of one paragraph, in text order: grouped once per article, so
 * that attributing each of thousands of quotations does not look at every
 * mention (or quotation) of the article.
 */
function inParagraph<T extends { paragraph: number }>(items: readonly T[], paragraph: number): readonly T[] {
  let groups = byParagraph.get(items) as Map<number, T[]> | undefined;
  if (!groups) {
    groups = new Map();
    for (const item of items) {
      const list = groups.get(item.paragraph);
      if (list) list.push(item);
      else groups.set(item.paragraph, [item]);
    }
    byParagraph.set(items, groups);
  }
  return groups.get(paragraph) ?? [];
}

/** The mentions of one paragraph, in text order. */
export const mentionsIn = (ctx: AttributionContext, paragraph: number): readonly PersonMention[] =>
  inParagraph(ctx.mentions, paragraph);

/**
 * A mention inside a quotation: a name someone says ("“… the birthplace of Adam Smith …” He continued"),
 * which no pronoun of the narration stands for.
 */
export const inQuotation = (ctx: AttributionContext, m: PersonMention): boolean => quotedAt(ctx, m.paragraph, m.start);

/** Whether the offset `at` of a paragraph stands inside one of its quotations. */
export const quotedAt = (ctx: AttributionContext, paragraph: number, at: number): boolean =>
  inParagraph(ctx.quotations, paragraph).some((s) => s.start < at && at < s.end);
