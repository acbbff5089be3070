// The endless, deterministic sequence of generated articles: stories are
// planned one after the other and their articles follow each other. No
// paragraph is ever written twice (each is remembered as a 53-bit hash,
// about 8 per article, so memory grows by a few hundred bytes per article),
// and an article too close to one of its story (5-word shingles) is written
// again: the articles of a story are the most alike.
import { writeBody, type Body } from './body.ts';
import { dateOf } from './calendar.ts';
import { headline, narrativeSentence } from './compose.ts';
import { startDraft } from './draft.ts';
import type { TopicModel } from './model.ts';
import { Rng } from './prng.ts';
import { jaccard, shingles } from './shingles.ts';
import { planStory, type Story } from './story.ts';

export interface GeneratedArticle {
  /** Its place in the sequence, from 0. */
  index: number;
  /** The place of its story among the stories, from 0: articles of one story follow each other. */
  story: number;
  slug: string;
  topic: string;
  headline: string;
  publisher: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Plain text, one string per paragraph. */
  paragraphs: string[];
}

/** Highest 5-word-shingle Jaccard similarity allowed between two articles of a story (the test's bound is 0.3). */
export const MAX_STORY_SIMILARITY = 0.2;
const TRIES = 20;
/** Edits draw from their own sequence, so making one never changes the articles. */
const EDIT_SEED_SALT = 0x5eed_ed17;
const SLUG_WORDS = 6;

/** The headline's first words, and the index, which makes the slug unique. */
export function slugOf(headlineText: string, index: number): string {
  const words = headlineText
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, SLUG_WORDS);
  return [...words, String(index + 1)].join('-');
}

export class ArticleGenerator {
  private readonly rng: Rng;
  private readonly editRng: Rng;
  private readonly written = new Set<number>();
  private story: Story | null = null;
  private stories = 0;
  /** Shingles of the story's articles so far. */
  private storyShingles: Set<number>[] = [];
  private index = 0;

  constructor(
    private readonly models: readonly TopicModel[],
    private readonly publishers: readonly string[],
    seed: number,
  ) {
    if (models.length === 0 || publishers.length === 0) throw new Error('the generator needs texts and publishers');
    this.rng = new Rng(seed);
    this.editRng = new Rng(seed ^ EDIT_SEED_SALT);
  }

  /** The next article of the sequence. */
  next(): GeneratedArticle {
    if (!this.story || this.storyShingles.length >= this.story.publishers.length) {
      this.story = planStory(this.rng, this.models, this.publishers);
      this.stories++;
      this.storyShingles = [];
    }
    const story = this.story;
    const member = this.storyShingles.length;
    // The articles of a story appear on the day or up to two days later.
    const date = dateOf(story.day + (member === 0 ? 0 : this.rng.int(3)));
    const title = headline(this.rng, story);
    const { paragraphs, hashes } = this.distinctBody(story);
    for (const h of hashes) this.written.add(h);
    const index = this.index++;
    return {
      index,
      story: this.stories - 1,
      slug: slugOf(title, index),
      topic: story.model.topic,
      headline: title,
      publisher: story.publishers[member]!,
      date,
      paragraphs,
    };
  }

  /** The first `count` articles not yet taken. */
  *take(count: number): Generator<GeneratedArticle> {
    for (let i = 0; i < count; i++) yield this.next();
  }

  /** A sentence for an edit, drawn apart from the sequence. */
  editSentence(): string {
    return narrativeSentence(this.editRng, startDraft(planStory(this.editRng, this.models, this.publishers)));
  }

  /** A body not too close to those of the story's other articles (nothing to compare in a story of one). */
  private distinctBody(story: Story): Body {
    if (story.publishers.length === 1) {
      this.storyShingles.push(new Set());
      return writeBody(this.rng, story, this.written);
    }
    for (let t = 0; t < TRIES; t++) {
      const body = writeBody(this.rng, story, this.written);
      const own = shingles(body.paragraphs.join('\n'));
      if (this.storyShingles.some((other) => jaccard(own, other) >= MAX_STORY_SIMILARITY)) continue;
      this.storyShingles.push(own);
      return body;
    }
    throw new Error(`${story.model.topic}: no article distinct from its story's in ${TRIES} tries`);
  }
}
