import { slugify } from '../text/slug.ts';
import { pushTo } from '../util/group.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';
import { uniqueId } from '../text/unique-id.ts';
import type { Statement } from '../model/aggregate.ts';

const STOP = new Set(
  'the a an and or but of to in on at for with by from is are was were be been it its this that these those we our us they their them he she his her i you as not will would can could has have had do does did there here all any so if then than also just now into about over after before out off our'.split(
    ' ',
  ),
);
/** Content words, crudely stemmed so "territory" and "territories" meet. */
const contentWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map((w) => w.replace(/(?:ies|y|es|s)$/, '')),
  );

/**
 * Groups quotes into statements: the same speaker and enough of the same
 * words as one earlier appearance (half of the shorter quote's content words,
 * at least two) make one statement reported several times, in different
 * wording or translation.
 *
 * A quote with an identified speaker is compared with that person's earlier
 * quotes anywhere on the site; one without (unattributed, or attributed only
 * in words such as "a spokesman") only with the quotes of its own story:
 * across the whole site "a spokesman" is many people, and one site-wide
 * group of them grew with the archive (6,644 appearances at 10,000 articles)
 * and with it every story page that listed it.
 *
 * Each appearance's content words are indexed: a quote is compared only with
 * the earlier appearances it shares a word with, counting shared words from
 * the index itself, never by scanning a group's appearances.
 */
export function groupStatements(
  articles: readonly ProcessedArticle[],
  personId: (slug: string, key: string) => string | null,
  storyOf: (slug: string) => string,
): Statement[] {
  const groups: { speaker: string | null; attributedTo: string | null; appearances: Statement['appearances'] }[] = [];
  /** Per appearance (in the order seen): its group and its number of content words. */
  const seen: { group: number; size: number }[] = [];
  /** `${bucket}\0${word}` → the appearances using the word, each once, in the order seen. */
  const index = new Map<string, number[]>();
  for (const a of articles) {
    a.analysis.quotes.forEach((q, n) => {
      const speaker = q.attribution?.speaker ? personId(a.slug, q.attribution.speaker) : null;
      const attributedTo = speaker ? null : (q.attribution?.words ?? null);
      const words = contentWords(q.text);
      const bucket = speaker ?? `?${storyOf(a.slug)}\u0000${attributedTo ?? ''}`;
      const keys = [...words].map((w) => `${bucket}\u0000${w}`);
      const shared = new Map<number, number>();
      for (const key of keys) for (const ap of index.get(key) ?? []) shared.set(ap, (shared.get(ap) ?? 0) + 1);
      // The earliest group with an appearance sharing at least two words and half the shorter quote's.
      let g: number | undefined;
      for (const [ap, count] of shared) {
        const other = seen[ap]!;
        if (count >= 2 && count / Math.max(1, Math.min(words.size, other.size)) >= 0.5)
          if (g === undefined || other.group < g) g = other.group;
      }
      if (g === undefined) g = groups.push({ speaker, attributedTo, appearances: [] }) - 1;
      groups[g]!.appearances.push({ article: a.slug, quote: n, text: q.text });
      const id = seen.push({ group: g, size: words.size }) - 1;
      for (const key of keys) pushTo(index, key, id);
    });
  }
  const taken = new Set<string>();
  return groups
    .map((g) => {
      const first = g.appearances[0]!;
      const base = slugify(`${g.speaker ?? 'unattributed'} ${first.text.split(/\s+/).slice(0, 6).join(' ')}`);
      return {
        id: uniqueId(base, taken),
        speaker: g.speaker,
        attributedTo: g.attributedTo,
        text: first.text,
        appearances: g.appearances,
      };
    })
    .sort((x, y) => (x.id < y.id ? -1 : 1));
}
