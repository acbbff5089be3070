import { pushTo } from '../util/group.ts';
import type { StoryIdEntry } from '../model/registries.ts';
import type { StoryRedirect } from '../model/aggregate.ts';
import { slugify, slugOrHash } from '../text/slug.ts';
import { uniqueId } from '../text/unique-id.ts';

/** Longest id made from a headline, in characters; ids end at a word boundary at or before it. */
const MAX_ID = 50;
/** Words an id does not end on: "ukraine-pushes-deeper-into" reads as cut off. */
const DANGLING = new Set(
  'a about amid an and are as at after before but by for from her his in into is its of on or over than that the their to via vs was were while with'.split(
    ' ',
  ),
);

/**
 * An id for a new story from its headline: the headline's first clause
 * (up to a comma, colon, semicolon or dash) when it has three words or
 * more, as a slug cut at a word boundary, not ending on a word such as
 * "into" or "the". "Ukrainian forces advance in southern Russia, Zelensky
 * says …" → "ukrainian-forces-advance-in-southern-russia".
 */
export function idFromHeadline(headline: string): string {
  const clause = headline.split(/\s*[,:;—–]\s*|\s+-\s+/)[0]!;
  const words = slugify(clause.split(/\s+/).length >= 3 ? clause : headline)
    .split('-')
    .filter(Boolean);
  const kept: string[] = [];
  for (const w of words) {
    if ([...kept, w].join('-').length > MAX_ID) break;
    kept.push(w);
  }
  while (kept.length > 1 && DANGLING.has(kept.at(-1)!)) kept.pop();
  // A headline no script transliterates (emoji, some Chinese) gets a stable hash of itself.
  return kept.join('-') || slugOrHash(headline);
}

/** A group of articles to be given an id: its member slugs, the editor's pin if any, and the id it would get if new. */
export interface IdRequest {
  members: readonly string[];
  pinned: string | null;
  newId: () => string;
}

/**
 * Gives stories the ids they had: the published ids (registries/story-ids.yaml)
 * are read once, and each group of articles takes the id of the published
 * story that holds most of its articles, so an id does not depend on which
 * article is earliest, on headlines, or on article order. A pinned group
 * takes its pin; a group with no published story gets a new id from its
 * headline, never one the site has used before (an old address keeps
 * meaning what it meant).
 */
export class StoryIds {
  /** The published stories each article was in (an index, so that matching groups is not stories × stories). */
  private readonly publishedOf = new Map<string, string[]>();
  private readonly entries: readonly StoryIdEntry[];
  /** Every id handed out or ever published: new ids avoid them all. */
  private readonly used: Set<string>;
  private readonly taken = new Set<string>();

  constructor(entries: readonly StoryIdEntry[]) {
    this.entries = entries;
    for (const e of entries) for (const a of new Set(e.articles ?? [])) pushTo(this.publishedOf, a, e.id);
    this.used = new Set(entries.map((e) => e.id));
  }

  /**
   * Ids for a batch of groups, in the batch's order. Pins first; then the
   * largest overlaps between groups and published stories are settled
   * first (ties by id, then batch order), so when a story splits, the part
   * with most of its articles keeps the address; then new ids, in batch order.
   */
  assign(groups: readonly IdRequest[]): string[] {
    const ids: (string | undefined)[] = groups.map((g) => (g.pinned === null ? undefined : this.take(g.pinned)));
    const overlaps: { group: number; id: string; shared: number }[] = [];
    groups.forEach((g, group) => {
      if (ids[group] !== undefined) return;
      const shared = new Map<string, number>();
      for (const m of g.members)
        for (const id of this.publishedOf.get(m) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      for (const [id, n] of shared) overlaps.push({ group, id, shared: n });
    });
    overlaps.sort((a, b) => b.shared - a.shared || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.group - b.group));
    for (const o of overlaps) if (ids[o.group] === undefined && !this.taken.has(o.id)) ids[o.group] = this.take(o.id);
    // `used` holds every id taken too.
    return groups.map((g, i) => ids[i] ?? this.take(uniqueId(g.newId(), this.used)));
  }

  private take(id: string): string {
    this.taken.add(id);
    this.used.add(id);
    return id;
  }

  /**
   * The registry after the build, and the redirects it implies: every story
   * with its articles; every published id that no story kept redirected to
   * the story now holding most of its articles (merged or split), or
   * retired when none of them is left; old redirects kept, their chains
   * followed to a story. Sorted by id.
   */
  result(stories: readonly { id: string; articles: readonly string[] }[]): {
    entries: StoryIdEntry[];
    redirects: StoryRedirect[];
  } {
    const live = new Map(stories.map((s) => [s.id, s]));
    const storyOf = new Map(stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
    const target = new Map<string, string | null>();
    for (const e of this.entries) {
      if (live.has(e.id)) continue;
      if (e.redirect) target.set(e.id, e.redirect);
      else if (e.retired) target.set(e.id, null);
      else target.set(e.id, mostCommon((e.articles ?? []).flatMap((a) => storyOf.get(a) ?? [])));
    }
    // Old redirects may point at ids that are themselves redirected now: follow to a live story, or retire.
    const resolve = (id: string, seen = new Set<string>()): string | null => {
      if (live.has(id)) return id;
      const next = target.get(id);
      if (next === undefined || next === null || seen.has(id)) return null;
      return resolve(next, seen.add(id));
    };
    const redirects = [...target.keys()].map((from) => ({ from, to: resolve(from) }));
    const entries: StoryIdEntry[] = [
      ...stories.map((s) => ({ id: s.id, articles: [...s.articles].sort() })),
      ...redirects.map((r) =>
        r.to === null ? { id: r.from, retired: true as const } : { id: r.from, redirect: r.to },
      ),
    ];
    const byId = <T extends { id: string } | { from: string }>(x: T) => ('id' in x ? x.id : x.from);
    const order = <T extends { id: string } | { from: string }>(a: T, b: T) =>
      byId(a) < byId(b) ? -1 : byId(a) > byId(b) ? 1 : 0;
    return { entries: entries.sort(order), redirects: redirects.sort(order) };
  }
}

/** The value seen most often (ties: the first in code-point order), or null for none. */
function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v < best)) best = v;
  return best;
}
