import { minhashSimilarity } from '../analyse/features.ts';
import { pushTo } from '../util/group.ts';
import type { ArticleFeatures } from '../model/analysis.ts';
import { earliest } from '../text/order.ts';

export interface ArticleForClustering {
  slug: string;
  date: string | null;
  publisher: string | null;
  features: ArticleFeatures;
  /** People named (resolved ids): shared people are evidence of one event, like shared rare words. */
  people: string[];
  /** Editor's pin to a story, if any. */
  story: string | null;
}

/** Copies of one text: the primary is the earliest (then first by slug); the rest are "also published by". */
export interface CopyGroup {
  primary: string;
  copies: string[];
}

const NEAR_DUPLICATE = 0.9;
const BANDS = 16;

/**
 * Finds syndicated copies: identical normalised text, or near-identical by
 * MinHash (bands of the signature as buckets, so candidates come from an
 * index, not from all pairs).
 */
export function findCopies(articles: readonly ArticleForClustering[]): CopyGroup[] {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const buckets = new Map<string, number[]>();
  articles.forEach((a, i) => {
    const keys = [`f:${a.features.fingerprint}`];
    const rows = a.features.minhash.length / BANDS;
    for (let b = 0; b < BANDS; b++) keys.push(`b${b}:${a.features.minhash.slice(b * rows, (b + 1) * rows).join(',')}`);
    for (const key of keys) {
      const list = buckets.get(key) ?? [];
      for (const j of list) {
        if (find(i) === find(j)) continue;
        const same = a.features.fingerprint === articles[j]!.features.fingerprint;
        if (same || minhashSimilarity(a.features.minhash, articles[j]!.features.minhash) >= NEAR_DUPLICATE) union(i, j);
      }
      list.push(i);
      buckets.set(key, list);
    }
  });
  const groups = new Map<number, ArticleForClustering[]>();
  articles.forEach((a, i) => pushTo(groups, find(i), a));
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => {
      const [primary, ...copies] = [...g].sort(earliest);
      return { primary: primary!.slug, copies: copies.map((c) => c.slug) };
    })
    .sort((x, y) => (x.primary < y.primary ? -1 : 1));
}
