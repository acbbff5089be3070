import type { ArticleForClustering } from './copies.ts';
import { pushTo } from '../util/group.ts';
import { Heap } from '../util/heap.ts';
import { earliest } from '../text/order.ts';
import { cosine, dateWeight, storyVectors, type Vector } from './story-similarity.ts';

/** A set of articles about one event. Copies are not members; they hang off their primary. */
export interface StoryCluster {
  members: string[];
  /** The editor's pin, when the story was pinned. */
  pinned: string | null;
}

/**
 * Average similarity (story-similarity.ts) a story's members must keep with
 * each other. Chosen on the tuning half of the development corpus's events
 * (related events kept in one half) as the lowest value at which none of
 * its events merged, plus 0.02, and checked on the other half: see
 * eval/README.md for both halves' scores.
 */
export const LINK_THRESHOLD = 0.27;
/** Terms each article offers to the blocking index, and how common a term may be and still block. */
const BLOCK_TERMS = 12;
const MAX_POSTINGS = 400;

/**
 * Pairs of articles sharing one of their strongest terms: an inverted index
 * instead of all pairs, so the work grows with the articles that could be
 * one event, not with the square of the collection.
 */
function candidatePairs(vec: readonly Vector[], visit: (i: number, j: number) => void): void {
  const postings = new Map<number, number[]>();
  const blocking = vec.map((v, i) => {
    const order = [...v.ids.keys()].sort((x, y) => v.weights[y]! - v.weights[x]! || v.ids[x]! - v.ids[y]!);
    const terms = order.slice(0, BLOCK_TERMS).map((k) => v.ids[k]!);
    for (const t of terms) pushTo(postings, t, i);
    return terms;
  });
  // Each article meets the later ones that share a blocking term with it, each once (marked with its own number).
  const metBy = new Int32Array(vec.length).fill(-1);
  blocking.forEach((terms, i) => {
    for (const t of terms) {
      const list = postings.get(t)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) {
        if (j <= i || metBy[j] === i) continue;
        metBy[j] = i;
        visit(i, j);
      }
    }
  });
}

interface Candidate {
  average: number;
  /** The two groups (a < b) and their versions when the average was taken. */
  a: number;
  b: number;
  va: number;
  vb: number;
}

const strongerFirst = (x: Candidate, y: Candidate) =>
  x.average !== y.average ? x.average > y.average : x.a !== y.a ? x.a < y.a : x.b < y.b;

/**
 * Average-linkage agglomerative clustering, precision first: the two groups
 * with the highest average similarity over all their pairs of members merge
 * first, and merging stops when no two groups average the threshold (an
 * average, not a best pair, so no chains of loosely related articles).
 * Two groups can only average the threshold if some pair across them
 * reaches it, so only groups linked by such a pair are ever compared.
 * Pinned articles form the story they are pinned to and take no part.
 */
export function clusterStories(articles: readonly ArticleForClustering[]): StoryCluster[] {
  const pinned = new Map<string, string[]>();
  const free = articles.filter((a) => (a.story ? (pushTo(pinned, a.story, a.slug), false) : true));
  const n = free.length;
  const vec = storyVectors(free);
  const compare = (i: number, j: number) => {
    const weight = dateWeight(free[i]!.date, free[j]!.date);
    return weight === 0 ? 0 : weight * cosine(vec[i]!, vec[j]!);
  };
  // Kept: the linked pairs and those the averages ask for. Not every candidate pair: at 100,000 articles there
  // are more than a Map can hold, growing with the archive times the blocking lists' length.
  const known = new Map<number, number>();
  const keyOf = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  const similarity = (i: number, j: number) => {
    const key = keyOf(i, j);
    let s = known.get(key);
    if (s === undefined) known.set(key, (s = compare(i, j)));
    return s;
  };
  const links: number[][] = free.map(() => []);
  candidatePairs(vec, (i, j) => {
    const s = compare(i, j);
    if (s >= LINK_THRESHOLD) (known.set(keyOf(i, j), s), links[i]!.push(j), links[j]!.push(i));
  });

  const members = free.map((_, i) => [i]);
  const owner = free.map((_, i) => i);
  const version = free.map(() => 0);
  const heap = new Heap<Candidate>(strongerFirst);
  const average = (a: number, b: number) => {
    let total = 0;
    for (const x of members[a]!) for (const y of members[b]!) total += similarity(x, y);
    return total / (members[a]!.length * members[b]!.length);
  };
  const offer = (a: number, b: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const avg = average(x, y);
    if (avg >= LINK_THRESHOLD) heap.push({ average: avg, a: x, b: y, va: version[x]!, vb: version[y]! });
  };
  links.forEach((list, i) => list.forEach((j) => i < j && offer(i, j)));
  for (let c = heap.pop(); c; c = heap.pop()) {
    if (version[c.a] !== c.va || version[c.b] !== c.vb || members[c.b]!.length === 0) continue;
    members[c.a] = [...members[c.a]!, ...members[c.b]!];
    for (const m of members[c.b]!) owner[m] = c.a;
    members[c.b] = [];
    version[c.a]!++;
    version[c.b]!++;
    const neighbours = new Set(members[c.a]!.flatMap((m) => links[m]!.map((j) => owner[j]!)));
    for (const g of [...neighbours].sort((x, y) => x - y)) if (g !== c.a) offer(c.a, g);
  }

  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const sortMembers = (slugs: string[]) => slugs.sort((x, y) => earliest(bySlug.get(x)!, bySlug.get(y)!));
  return [
    ...[...pinned].map(([story, slugs]) => ({ members: sortMembers(slugs), pinned: story })),
    ...members
      .filter((g) => g.length > 0)
      .map((g) => ({ members: sortMembers(g.map((i) => free[i]!.slug)), pinned: null })),
  ];
}
