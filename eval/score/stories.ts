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

/** Pairwise and B-cubed precision and recall of the stories against the gold events. */
export function scoreStories(stories: StoryRow[], gold: Map<string, EventOf>): StoriesScore {
  const ids = [...gold.keys()].sort();
  const storyOf = storyOfArticles(stories, ids);
  const eventOf = new Map(ids.map((a) => [a, gold.get(a)!.event]));
  const byStory = groupBy(new Map(ids.map((a) => [a, storyOf.get(a)!])));
  const byEvent = groupBy(eventOf);
  let together = 0;
  let right = 0;
  let related = 0;
  for (const members of byStory.values()) {
    together += pairs(members.length);
    members.forEach((x, i) => {
      for (const y of members.slice(i + 1)) {
        const [ex, ey] = [gold.get(x)!, gold.get(y)!];
        if (ex.event === ey.event) right++;
        else if (ex.related?.includes(ey.event) || ey.related?.includes(ex.event)) related++;
      }
    });
  }
  const same = [...byEvent.values()].reduce((n, m) => n + pairs(m.length), 0);
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
  return {
    articles: ids.length,
    stories: byStory.size,
    events: byEvent.size,
    pairwise: { precision: p, recall: r, f1: f1(p, r) },
    bcubed: { precision: bP, recall: bR, f1: f1(bP, bR) },
    wrongPairs: together - right,
    relatedPairs: related,
    mixed: [...byStory].filter(([, m]) => eventsIn(m).length > 1).map(([story, m]) => ({ story, events: eventsIn(m) })),
    split: [...byEvent]
      .filter(([, m]) => storiesOf(m).length > 1)
      .map(([event, m]) => ({ event, stories: storiesOf(m) })),
  };
}
