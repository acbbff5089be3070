// Stories against the gold events: every article, no annotation needed (the manifest's `event` is the gold).
import type { StoryRow } from '../open-data.ts';
import { f1, ratio } from './ratio.ts';

export interface StoriesScore {
  articles: number;
  stories: number;
  events: number;
  pairwise: { precision: number | null; recall: number | null; f1: number | null };
  bcubed: { precision: number | null; recall: number | null; f1: number | null };
  /** Article pairs put together from different events, and how many of them are events the manifest calls related. */
  wrongPairs: number;
  relatedPairs: number;
  /** Stories that hold more than one event, with the events. */
  mixed: { story: string; events: string[] }[];
  /** Events spread over more than one story, with the stories. */
  split: { event: string; stories: string[] }[];
}

export interface EventOf {
  event: string;
  related?: string[];
}

/** Story id of every article: a story's members are its articles and its folded copies; others stand alone. */
export function storyOfArticles(stories: StoryRow[], articles: string[]): Map<string, string> {
  const of = new Map<string, string>();
  for (const s of stories) for (const a of [...s.articles, ...s.copies.map((c) => c.article)]) of.set(a, s.id);
  for (const a of articles) if (!of.has(a)) of.set(a, `(alone) ${a}`);
  return of;
}

function groupBy(keys: Map<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [item, key] of keys) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Pairwise and B-cubed precision and recall of the stories against the gold
 * events. With `only`, the scores of those articles: a pair counts when
 * either of its articles is one of them (a merge with an article outside is
 * an error here too), B-cubed averages over them.
 */
export function scoreStories(
  stories: StoryRow[],
  gold: Map<string, EventOf>,
  only: (article: string) => boolean = () => true,
): StoriesScore {
  const all = [...gold.keys()].sort();
  const ids = all.filter(only);
  const storyOf = storyOfArticles(stories, all);
  const eventOf = new Map(all.map((a) => [a, gold.get(a)!.event]));
  const byStory = groupBy(new Map(all.map((a) => [a, storyOf.get(a)!])));
  const byEvent = groupBy(eventOf);
  let together = 0;
  let right = 0;
  let related = 0;
  for (const members of byStory.values()) {
    members.forEach((x, i) => {
      for (const y of members.slice(i + 1)) {
        if (!only(x) && !only(y)) continue;
        together++;
        const [ex, ey] = [gold.get(x)!, gold.get(y)!];
        if (ex.event === ey.event) right++;
        else if (ex.related?.includes(ey.event) || ey.related?.includes(ex.event)) related++;
      }
    });
  }
  const eventsHere = new Set(ids.map((a) => eventOf.get(a)!));
  const same = [...eventsHere].reduce((n, e) => n + pairs(byEvent.get(e)!.length), 0);
  const p = ratio(right, together);
  const r = ratio(right, same);
  let bp = 0;
  let br = 0;
  for (const a of ids) {
    const story = byStory.get(storyOf.get(a)!)!;
    const event = byEvent.get(eventOf.get(a)!)!;
    const both = story.filter((x) => eventOf.get(x) === eventOf.get(a)).length;
    bp += both / story.length;
    br += both / event.length;
  }
  const [bP, bR] = [ratio(bp, ids.length), ratio(br, ids.length)];
  const eventsIn = (m: string[]) => [...new Set(m.map((a) => eventOf.get(a)!))].sort();
  const storiesOf = (m: string[]) => [...new Set(m.map((a) => storyOf.get(a)!))].sort();
  const storiesHere = new Set(ids.map((a) => storyOf.get(a)!));
  return {
    articles: ids.length,
    stories: storiesHere.size,
    events: eventsHere.size,
    pairwise: { precision: p, recall: r, f1: f1(p, r) },
    bcubed: { precision: bP, recall: bR, f1: f1(bP, bR) },
    wrongPairs: together - right,
    relatedPairs: related,
    mixed: [...byStory]
      .filter(([story, m]) => storiesHere.has(story) && eventsIn(m).length > 1)
      .map(([story, m]) => ({ story, events: eventsIn(m) })),
    split: [...byEvent]
      .filter(([event, m]) => eventsHere.has(event) && storiesOf(m).length > 1)
      .map(([event, m]) => ({ event, stories: storiesOf(m) })),
  };
}

export type Half = 'tuning' | 'check';

/**
 * Which half of the events an article's event belongs to, for choosing the
 * clustering's settings on one half and checking them on the other.
 * Related events (the manifest's `related_events`, followed both ways)
 * share a half: confusing them is the hard case, and it must be seen where
 * the settings are chosen or where they are checked, not straddle both. A
 * hash of the group's first event id decides: fixed, independent of the
 * texts and of the scores.
 */
export function halfOf(gold: Map<string, EventOf>): (article: string) => Half {
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string) => related.set(a, (related.get(a) ?? new Set()).add(b));
  for (const { event, related: others } of gold.values()) {
    link(event, event);
    for (const o of others ?? []) (link(event, o), link(o, event));
  }
  const half = new Map<string, Half>();
  for (const start of [...related.keys()].sort()) {
    if (half.has(start)) continue;
    const group = new Set([start]);
    for (const e of group) for (const o of related.get(e)!) group.add(o);
    const h: Half = fnv1a(start) % 2 === 0 ? 'tuning' : 'check';
    for (const e of group) half.set(e, h);
  }
  return (article) => half.get(gold.get(article)!.event)!;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
