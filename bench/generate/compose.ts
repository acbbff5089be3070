// One article of a story: a headline and paragraphs shaped like the
// corpus's, of sentences from the topic's chains. Narrative sentences are
// built around the source text's key words (walked backwards to a sentence
// start and forwards to its end), every walk leans towards the source's
// words, and the quotes are by the story's speakers, so the articles of a
// story share words and people while their sentences go their own ways.
import type { Draft } from './draft.ts';
import type { Rng } from './prng.ts';
import { quoteSentence } from './quotes.ts';
import type { Story } from './story.ts';

/** Share of narrative sentences built around a key word while the draft has some left (all: see the header). */
const KEY_WORD_SHARE = 1.0;
/** Sentences an article builds around each key word, at most. */
const KEY_WORD_USES = 2;
const MIN_WORDS = 4;
const HEADLINE_CANDIDATES = 6;
const MAX_HEADLINE_WORDS = 14;
const TRIES = 50;

/** A sentence through `word`: a learnt word pair ending in it, then walked back to a start and on to an end. */
function sentenceThrough(rng: Rng, story: Story, word: string): string[] | null {
  const { narrative, narrativeBackward } = story.model;
  const before = narrative.wordBefore(rng, word);
  if (before === undefined) return null;
  if (before === null) return narrative.walk(rng, [word], story.prefer);
  const start = narrativeBackward.walkAfter(rng, word, before, story.prefer);
  const end = narrative.walkAfter(rng, before, word, story.prefer);
  return start && end ? [...start.reverse(), before, word, ...end] : null;
}

/** A key word the draft has not used up, or null. */
function keyWordFor(rng: Rng, draft: Draft): string | null {
  const left = draft.story.source.keyWords.filter((w) => (draft.keyWordUses.get(w) ?? 0) < KEY_WORD_USES);
  return left.length && rng.chance(KEY_WORD_SHARE) ? rng.pick(left) : null;
}

/** A sentence of the story's topic, through one of the source text's key words while the draft has some left. */
export function narrativeSentence(rng: Rng, draft: Draft): string {
  const { story } = draft;
  const typical = story.model.shape.typicalSentenceWords;
  for (let i = 0; i < TRIES; i++) {
    const keyWord = keyWordFor(rng, draft);
    // A try counts as a use, kept or not: a word found only in a one-word fragment ("Hill.") is soon given up.
    if (keyWord) draft.keyWordUses.set(keyWord, (draft.keyWordUses.get(keyWord) ?? 0) + 1);
    const words = keyWord ? sentenceThrough(rng, story, keyWord) : story.model.narrative.walk(rng, [], story.prefer);
    // A sentence through a given word is more likely a long one (it has more words to go through): a long one
    // is kept only with probability typical ÷ length, so the lengths stay about the corpus's.
    if (keyWord && words && words.length > typical && !rng.chance(typical / words.length)) continue;
    if (words && words.length >= MIN_WORDS) return words.join(' ');
  }
  throw new Error(`${story.model.topic}: the narrative chain gives no sentence`);
}

/** Paragraph `index` (from 0) of the draft. */
export function paragraph(rng: Rng, draft: Draft, index: number): string {
  const { shape } = draft.story.model;
  const count = rng.pick(index === 0 ? shape.firstParagraphSentences : shape.laterParagraphSentences);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const quote = index > 0 && draft.story.speakers.length > 0 && rng.chance(shape.quoteShare);
    sentences.push(quote ? quoteSentence(rng, draft) : narrativeSentence(rng, draft));
  }
  return sentences.join(' ');
}

const keyWords = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3),
  );

/**
 * Of a few headlines from the topic's chain, the one sharing most words with
 * the source's headline; one that only repeats a corpus headline scores less.
 */
export function headline(rng: Rng, story: Story): string {
  const target = keyWords(story.source.headline);
  let [best, bestScore] = ['', -1];
  const opening = story.source.headline.split(' ').slice(0, 1);
  for (let i = 0; i < HEADLINE_CANDIDATES * TRIES && (bestScore < 0 || i < HEADLINE_CANDIDATES); i++) {
    // Every other candidate starts with the source headline's first word.
    const words = story.model.headlines.walk(rng, i % 2 ? opening : [], story.prefer);
    if (!words || words.length === 0 || words.length > MAX_HEADLINE_WORDS) continue;
    const text = words.join(' ');
    const shared = [...keyWords(text)].filter((w) => target.has(w)).length;
    const score = 2 * shared - (story.model.corpusHeadlines.has(text) ? 3 : 0) + 3;
    if (score > bestScore) [best, bestScore] = [text, score];
  }
  if (bestScore < 0) throw new Error(`${story.model.topic}: the headline chain gives no headline`);
  return best;
}
