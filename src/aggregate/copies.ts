import type { ArticleFeatures } from '../model/analysis.ts';
import type { TextRelation } from '../model/aggregate.ts';
import { earliest } from '../text/order.ts';
import { sentencesAsWritten } from '../text/sentences.ts';
import { noDifferences, similarWords, textDifferences, wordsOf } from './text-differences.ts';

export interface ArticleForClustering {
  slug: string;
  date: string | null;
  publisher: string | null;
  headline: string;
  /** The cleaned body's paragraphs: copies are told apart by their exact words. */
  paragraphs: readonly string[];
  features: ArticleFeatures;
  /** People named (resolved ids): shared people are evidence of one event, like shared rare words. */
  people: string[];
  /** Editor's pin to a story, if any. */
  story: string | null;
}

/**
 * A version must keep this share of the longer text's sentences (word for word or nearly): less, and the
 * two are different articles that quote a common source, not one text edited.
 */
const VERSION_SHARE = 0.6;
/** Two sentences are one sentence reworded when this share of the longer one's words stay, in order. */
const REWORDED = 0.7;
/** Sentences two texts must share word for word before they are compared in full. */
const MIN_SHARED = 2;
/** A text cut down to fewer words than this is too short to say it is a copy of anything. */
const MIN_WORDS = 30;

const wordCount = (ss: readonly string[]) => ss.reduce((n, s) => n + s.split(' ').length, 0);

/**
 * How each article's text stands to another's: the same text (identical), a part of it (shortened), or the
 * same text with differences (version). Candidates come from an index of the articles' long sentences (no
 * all-pairs step) and are then compared sentence by sentence, as written: a changed figure or name makes
 * two texts differ, however alike they are otherwise. The original is the earliest text (then by file
 * name), or for a shortened copy the longer text.
 */
export function findTextRelations(articles: readonly ArticleForClustering[]): TextRelation[] {
  // Split into sentences only for the articles some candidate pair needs (most have none).
  const split: (string[] | undefined)[] = [];
  const textOf = (i: number) => (split[i] ??= sentencesAsWritten(articles[i]!.paragraphs));
  const words = new Map<string, string[]>();
  const wordsOfSentence = (s: string) => words.get(s) ?? words.set(s, wordsOf(s)).get(s)!;
  const order = (i: number, j: number) => earliest(articles[i]!, articles[j]!);
  const relations = new Map<number, { of: number; kind: TextRelation['kind']; share: number }>();
  const propose = (i: number, r: { of: number; kind: TextRelation['kind']; share: number }) => {
    const current = relations.get(i);
    const rank = { identical: 0, shortened: 1, version: 2 } as const;
    if (
      !current ||
      rank[r.kind] < rank[current.kind] ||
      (rank[r.kind] === rank[current.kind] &&
        (r.share > current.share || (r.share === current.share && order(r.of, current.of) < 0)))
    )
      relations.set(i, r);
  };

  for (const [i, j] of candidatePairs(articles)) {
    const [a, b] = [textOf(i), textOf(j)];
    if (wordCount(a) < MIN_WORDS || wordCount(b) < MIN_WORDS) continue;
    if (a.join(' ') === b.join(' ')) {
      const [copy, original] = order(i, j) < 0 ? [j, i] : [i, j];
      propose(copy, { of: original, kind: 'identical', share: 1 });
      continue;
    }
    const [inA, inB] = [new Set(a), new Set(b)];
    if (a.length < b.length && a.every((s) => inB.has(s))) {
      propose(i, { of: j, kind: 'shortened', share: a.length / b.length });
      continue;
    }
    if (b.length < a.length && b.every((s) => inA.has(s))) {
      propose(j, { of: i, kind: 'shortened', share: b.length / a.length });
      continue;
    }
    const share = keptShare([a, inA], [b, inB], wordsOfSentence);
    if (share >= VERSION_SHARE) {
      const [copy, original] = order(i, j) < 0 ? [j, i] : [i, j];
      propose(copy, { of: original, kind: 'version', share });
    }
  }
  return settle(articles, textOf, relations);
}

/**
 * Pairs of articles that share at least two long sentences word for word (or one, when that is all one of
 * them has), each pair once, in a fixed order.
 */
function candidatePairs(articles: readonly ArticleForClustering[]): [number, number][] {
  const holders = new Map<number, number[]>();
  articles.forEach((a, i) => {
    for (const h of new Set(a.features.sentences)) {
      const list = holders.get(h) ?? [];
      list.push(i);
      holders.set(h, list);
    }
  });
  const shared = new Map<string, number>();
  for (const list of holders.values()) {
    // A sentence that very many texts share is boilerplate, not a sign of one text.
    if (list.length > 50) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = `${list[x]} ${list[y]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const pairs: [number, number][] = [];
  for (const [key, n] of shared) {
    const [i, j] = key.split(' ').map(Number) as [number, number];
    const fewest = Math.min(
      new Set(articles[i]!.features.sentences).size,
      new Set(articles[j]!.features.sentences).size,
    );
    if (n >= Math.min(MIN_SHARED, fewest)) pairs.push([i, j]);
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * Share of the longer text's sentences that the other keeps, word for word or reworded; 0 as soon as it
 * can no longer reach a version's share (most candidate pairs only share a quotation or two). Each text comes
 * with the set of its sentences, which the caller has already made.
 */
function keptShare(
  a: readonly [readonly string[], ReadonlySet<string>],
  b: readonly [readonly string[], ReadonlySet<string>],
  words: (sentence: string) => string[],
): number {
  const [[longer, inLonger], [shorter, inShorter]] = a[0].length >= b[0].length ? [a, b] : [b, a];
  const loose = shorter.filter((s) => !inLonger.has(s)).map(words);
  let missed = 0;
  for (const s of longer) {
    if (inShorter.has(s) || loose.some((o) => similarWords(words(s), o, REWORDED))) continue;
    if ((longer.length - ++missed) / longer.length < VERSION_SHARE) return 0;
  }
  return (longer.length - missed) / longer.length;
}

/**
 * Follows each relation to a text that is no one's copy (a copy of a copy is a copy of the original), and
 * lists the differences. A folded copy whose original is itself only a version stays folded into that
 * version: its words are that version's words.
 */
function settle(
  articles: readonly ArticleForClustering[],
  textOf: (i: number) => readonly string[],
  relations: ReadonlyMap<number, { of: number; kind: TextRelation['kind'] }>,
): TextRelation[] {
  const folded = (k: TextRelation['kind']) => k !== 'version';
  const rootOf = (i: number): number => {
    const seen = new Set<number>([i]);
    let at = i;
    for (let r = relations.get(at); r && folded(r.kind) && !seen.has(r.of); r = relations.get(at)) {
      seen.add(r.of);
      at = r.of;
    }
    return at;
  };
  const out: TextRelation[] = [];
  for (const [i, r] of [...relations].sort((x, y) => x[0] - y[0])) {
    // A version's original is the text itself, not a copy of it: follow folded links from there.
    const of = folded(r.kind) ? rootOf(i) : rootOf(r.of);
    if (of === i) continue;
    const [a, o] = [articles[i]!, articles[of]!];
    const differences = textDifferences(textOf(of), textOf(i));
    // The kind is read from the differences themselves, so that what is folded never hides one.
    const kind: TextRelation['kind'] =
      differences.changed.length > 0 || differences.added.length > 0
        ? 'version'
        : noDifferences(differences)
          ? 'identical'
          : 'shortened';
    out.push({
      article: a.slug,
      of: o.slug,
      kind,
      headline: a.headline === o.headline ? null : a.headline,
      differences,
    });
  }
  return out;
}
