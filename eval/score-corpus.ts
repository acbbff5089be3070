// Every score of one corpus build: per annotation part (people, quotes, figures, conflicts, furniture) and over
// all its articles (stories, copies, analysis time).
import type { GoldPart } from './gold.ts';
import type { CorpusBuild } from './runs/multi-outlet.ts';
import { scoreConflicts, type ConflictsScore } from './score/conflicts.ts';
import { scoreCopies, type CopiesScore } from './score/copies.ts';
import { scoreFigures, type FiguresScore } from './score/figures.ts';
import { scoreFurniture, type FurnitureScore } from './score/furniture.ts';
import { scorePeople, type PeopleScore } from './score/people.ts';
import { scoreQuotes, type QuotesScore } from './score/quotes.ts';
import { analyseMsPerArticle } from './score/speed.ts';
import { halfOf, scoreStories, type Half, type StoriesScore } from './score/stories.ts';

export interface PartScores {
  name: string;
  annotated: number;
  people: PeopleScore;
  quotes: QuotesScore;
  figures: FiguresScore;
  conflicts: ConflictsScore;
  furniture: FurnitureScore;
}

export interface CorpusScores {
  articles: number;
  summary: string;
  stories: StoriesScore;
  /** The stories scored on each half of the events (see halfOf): settings are chosen on one, checked on the other. */
  storyHalves: Record<Half, StoriesScore>;
  copies: CopiesScore;
  analyseMsPerArticle: number | null;
}

/** A text as lines: index 0 is line 1 (the headline). */
const linesOf = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');

export function scorePart(part: GoldPart, build: CorpusBuild): PartScores {
  const { data } = build;
  const lines = new Map(part.articles.map((a) => [a.id, linesOf(build.texts.get(a.id) ?? '')]));
  return {
    name: part.name,
    annotated: part.articles.length,
    people: scorePeople(data.people, part.articles),
    quotes: scoreQuotes(data.quotes, data.people, part.articles),
    figures: scoreFigures(data.figures, part.articles),
    conflicts: scoreConflicts(data.figures, part.articles),
    furniture: scoreFurniture(data.articles, part.articles, lines),
  };
}

export function scoreCorpus(build: CorpusBuild): CorpusScores {
  const { data, corpus } = build;
  const gold = new Map(corpus.articles.map((a) => [a.slug, { event: a.event, related: a.related_events }]));
  const eventOf = new Map(corpus.articles.map((a) => [a.slug, a.event]));
  const half = halfOf(gold);
  return {
    articles: data.articles.length,
    summary: build.summary,
    stories: scoreStories(data.stories, gold),
    storyHalves: {
      tuning: scoreStories(data.stories, gold, (a) => half(a) === 'tuning'),
      check: scoreStories(data.stories, gold, (a) => half(a) === 'check'),
    },
    copies: scoreCopies(data.stories, build.texts, eventOf),
    analyseMsPerArticle: analyseMsPerArticle(build.stages, data.articles.length),
  };
}
