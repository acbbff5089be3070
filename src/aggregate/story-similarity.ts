import { stem } from '../text/stem.ts';
import type { ArticleForClustering } from './copies.ts';

/**
 * How alike two articles are as reports of one event: the cosine of their
 * TF-IDF vectors, times how close their dates are. Measured on a
 * development corpus of real news (266 articles, 40 outlets; see
 * eval/README.md): 95% of same-event pairs were published within two days
 * of each other, while articles about successive developments of one
 * running story (a shutdown, then the deal that ended it) share most of
 * their words and stand days apart. Words alone cannot tell those apart;
 * the date can.
 */

/** Articles dated further apart than this are never one event, whatever their words. */
export const WINDOW_DAYS = 10;
/** Up to this many days apart, the words alone decide (time zones, a next-day follow-up). */
const SAME_NEWS_DAYS = 1;
/** What the words still count at the edge of the window (linearly from 1 after SAME_NEWS_DAYS). */
const EDGE_WEIGHT = 0.3;

const DAY_MS = 86_400_000;

/**
 * The weight of the words for two publication dates: 1 within a day, down
 * to EDGE_WEIGHT at WINDOW_DAYS, 0 beyond. An unknown date gives 1: nothing
 * says the articles are apart, and the words must carry it alone.
 */
export function dateWeight(a: string | null, b: string | null): number {
  if (!a || !b) return 1;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
  if (days <= SAME_NEWS_DAYS) return 1;
  if (days > WINDOW_DAYS) return 0;
  return 1 - ((1 - EDGE_WEIGHT) * (days - SAME_NEWS_DAYS)) / (WINDOW_DAYS - SAME_NEWS_DAYS);
}

/** A sparse unit vector: term ids in ascending order with their weights. */
export interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * TF-IDF vectors of the articles: stemmed content words (the headline's
 * counted twice, as the features give them) and the people each article
 * names, as resolved across articles (one id for every spelling, so a
 * person shared is a term shared). Sublinear term frequency and smoothed
 * IDF, as scikit-learn's; a term found in one article only is dropped (it
 * cannot link the article to anything).
 */
export function storyVectors(articles: readonly ArticleForClustering[]): Vector[] {
  const idOf = new Map<string, number>();
  const stems = new Map<string, string>();
  const counts = articles.map((a) => {
    const terms = new Map<number, number>();
    const add = (term: string, n: number) => {
      let id = idOf.get(term);
      if (id === undefined) idOf.set(term, (id = idOf.size));
      terms.set(id, (terms.get(id) ?? 0) + n);
    };
    for (const [word, n] of Object.entries(a.features.terms)) {
      let s = stems.get(word);
      if (s === undefined) stems.set(word, (s = stem(word)));
      add(s, n);
    }
    // "@" cannot start a word token, so a person never meets a word.
    for (const p of a.people) add(`@${p}`, 1);
    return terms;
  });
  const df = new Int32Array(idOf.size);
  for (const terms of counts) for (const id of terms.keys()) df[id] = df[id]! + 1;
  const n = articles.length;
  return counts.map((terms) => {
    const kept = [...terms].filter(([id]) => df[id]! >= 2).sort((x, y) => x[0] - y[0]);
    const ids = Int32Array.from(kept, ([id]) => id);
    const weights = Float64Array.from(kept, ([id, tf]) => (1 + Math.log(tf)) * (Math.log((n + 1) / (df[id]! + 1)) + 1));
    const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1;
    return { ids, weights: weights.map((w) => w / norm) };
  });
}

/** Cosine of two unit vectors (a merge of their sorted ids). */
export function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length;) {
    const d = a.ids[x]! - b.ids[y]!;
    if (d === 0) sum += a.weights[x++]! * b.weights[y++]!;
    else if (d < 0) x++;
    else y++;
  }
  return sum;
}
