import type { ArticleForClustering } from './copies.ts';
import { pushTo } from '../util/group.ts';
import { earliest } from '../text/order.ts';

/** A set of articles about one event. Copies are not members; they hang off their primary. */
export interface StoryCluster {
  members: string[];
  /** The editor's pin, when the story was pinned. */
  pinned: string | null;
}

/** Average similarity a story's members must keep with each other (cosine of TF-IDF vectors). */
export const LINK_THRESHOLD = 0.4;
/** Articles dated further apart than this are different events. */
const WINDOW_DAYS = 10;
/** Terms each article offers to the blocking index, and how common a term may be and still block. */
const BLOCK_TERMS = 12;
const MAX_POSTINGS = 400;

type Vector = Map<string, number>;

function vectors(articles: readonly ArticleForClustering[]): Vector[] {
  const df = new Map<string, number>();
  const termsOf = (a: ArticleForClustering) => {
    const terms = { ...a.features.terms };
    for (const p of a.people) terms[`@${p}`] = (terms[`@${p}`] ?? 0) + 1;
    return terms;
  };
  const all = articles.map(termsOf);
  for (const terms of all) for (const t of Object.keys(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = articles.length;
  return all.map((terms) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, tf] of Object.entries(terms)) {
      // Terms found in a single article cannot link it to anything.
      if (df.get(t)! < 2) continue;
      // Smoothed IDF (as scikit-learn): a word every article uses still counts a little.
      const w = (1 + Math.log(tf)) * (Math.log((n + 1) / (df.get(t)! + 1)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * Clusters articles into stories, precision first: candidate pairs come from
 * an inverted index of each article's strongest terms (no all-pairs step);
 * pairs are merged strongest first, and two groups join only if their
 * members' average similarity stays above the threshold (average linkage,
 * so no chains of loosely related articles). Pinned articles form the story
 * they are pinned to and take no part in the automatic step.
 */
export function clusterStories(articles: readonly ArticleForClustering[]): StoryCluster[] {
  const pinned = new Map<string, string[]>();
  const free = articles.filter((a) => (a.story ? (pushTo(pinned, a.story, a.slug), false) : true));
  const vec = vectors(free);

  const postings = new Map<string, number[]>();
  vec.forEach((v, i) => {
    const top = [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, BLOCK_TERMS);
    for (const [t] of top) pushTo(postings, t, i);
  });
  const pairs = new Map<string, number>();
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x]!, list[y]!];
        const key = `${i},${j}`;
        if (pairs.has(key)) continue;
        const [a, b] = [free[i]!, free[j]!];
        const apart = a.date && b.date ? days(a.date, b.date) > WINDOW_DAYS : false;
        pairs.set(key, apart ? 0 : cosine(vec[i]!, vec[j]!));
      }
    }
  }

  const group = free.map((_, i) => [i]);
  const owner = free.map((_, i) => i);
  const sim = (i: number, j: number) => pairs.get(i < j ? `${i},${j}` : `${j},${i}`) ?? cosineIfClose(i, j);
  const cosineIfClose = (i: number, j: number) => {
    const [a, b] = [free[i]!, free[j]!];
    return a.date && b.date && days(a.date, b.date) > WINDOW_DAYS ? 0 : cosine(vec[i]!, vec[j]!);
  };
  const ordered = [...pairs]
    .filter(([, s]) => s >= LINK_THRESHOLD)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  for (const [key] of ordered) {
    const [i, j] = key.split(',').map(Number) as [number, number];
    const [gi, gj] = [owner[i]!, owner[j]!];
    if (gi === gj) continue;
    const [A, B] = [group[gi]!, group[gj]!];
    let total = 0;
    for (const x of A) for (const y of B) total += sim(x, y);
    if (total / (A.length * B.length) < LINK_THRESHOLD) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    group[keep] = [...group[keep]!, ...group[drop]!];
    for (const m of group[drop]!) owner[m] = keep;
    group[drop] = [];
  }

  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const sortMembers = (slugs: string[]) => slugs.sort((x, y) => earliest(bySlug.get(x)!, bySlug.get(y)!));
  return [
    ...[...pinned].map(([story, slugs]) => ({ members: sortMembers(slugs), pinned: story })),
    ...group
      .filter((g) => g.length > 0)
      .map((g) => ({ members: sortMembers(g.map((i) => free[i]!.slug)), pinned: null })),
  ];
}
