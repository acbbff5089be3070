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

/** Share of the smaller word set found in the larger one. */
function overlap(a: Set<string>, b: Set<string>): { shared: number; ratio: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return { shared, ratio: shared / Math.max(1, Math.min(a.size, b.size)) };
}

/**
 * Groups quotes into statements: the same speaker and enough of the same
 * words as one earlier appearance (half of the shorter quote's content words,
 * at least two) make one
 * statement reported several times, in different wording or translation.
 */
export function groupStatements(
  articles: readonly ProcessedArticle[],
  personId: (slug: string, key: string) => string | null,
): Statement[] {
  const groups: {
    speaker: string | null;
    attributedTo: string | null;
    words: Set<string>[];
    appearances: Statement['appearances'];
  }[] = [];
  // Per speaker, an index from each content word to the groups using it: a quote is compared
  // only with groups it shares at least two words with, never with all of a speaker's quotes.
  const index = new Map<string, number[]>();
  for (const a of articles) {
    a.analysis.quotes.forEach((q, n) => {
      const speaker = q.attribution?.speaker ? personId(a.slug, q.attribution.speaker) : null;
      const attributedTo = speaker ? null : (q.attribution?.words ?? null);
      const words = contentWords(q.text);
      const bucket = speaker ?? `?${attributedTo ?? ''}`;
      const shared = new Map<number, number>();
      for (const w of words)
        for (const g of index.get(`${bucket}\u0000${w}`) ?? []) shared.set(g, (shared.get(g) ?? 0) + 1);
      const candidates = [...shared]
        .filter(([, count]) => count >= 2)
        .map(([g]) => g)
        .sort((x, y) => x - y);
      const match = candidates.find((g) =>
        groups[g]!.words.some((other) => {
          const o = overlap(words, other);
          return o.shared >= 2 && o.ratio >= 0.5;
        }),
      );
      let g = match;
      if (g === undefined) g = groups.push({ speaker, attributedTo, words: [], appearances: [] }) - 1;
      groups[g]!.appearances.push({ article: a.slug, quote: n, text: q.text });
      groups[g]!.words.push(words);
      for (const w of words) pushTo(index, `${bucket}\u0000${w}`, g);
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
