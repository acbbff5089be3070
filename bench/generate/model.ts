// What the generator learns from the corpus texts of one topic: chains for
// narrative sentences (forwards and backwards), quoted speech and
// headlines; the shape of its articles; and, per text, what a story
// modelled on it reuses (key words, people, organisations).
import type { CorpusText } from '../corpus.ts';
import { Chain } from './chain.ts';
import { contentForm, keyWordsOf } from './keywords.ts';
import { lowerCaseWords, namedIn, type Person } from './names.ts';
import { shapeOf, type Shape } from './shape.ts';
import { asSpoken, hasQuotationMark, paragraphsOf, quotationsOf, sentencesOf, wordsOf } from './text.ts';
import { Vocabulary } from './vocabulary.ts';

/** One corpus text, as a story modelled on it sees it. */
export interface Source {
  headline: string;
  /** Its most distinctive words, as written: the story's articles build sentences around them. */
  keyWords: string[];
  /** All its content words, as written: the story's articles lean towards them. */
  contentWords: string[];
  people: Person[];
  organisations: string[];
}

export interface TopicModel {
  topic: string;
  /** The words of all four chains. */
  vocabulary: Vocabulary;
  narrative: Chain;
  /** The narrative sentences learnt backwards: what may come before a word. */
  narrativeBackward: Chain;
  speech: Chain;
  headlines: Chain;
  /** The corpus's own headlines, which a generated one should not just repeat. */
  corpusHeadlines: Set<string>;
  shape: Shape;
  people: Person[];
  organisations: string[];
  sources: Source[];
}

/** How many of a text's words (by TF-IDF in its topic) a story modelled on it builds sentences around. */
const KEY_WORDS = 8;

const bodyWords = (t: CorpusText) => wordsOf(t.body.replace(/\s+/g, ' '));

/** Narrative sentences (no quotation mark) into the two narrative chains; whole quotations into speech. */
function learnSentences(m: TopicModel, body: string): void {
  for (const p of paragraphsOf(body)) {
    for (const s of sentencesOf(p)) {
      if (hasQuotationMark(s)) continue;
      const words = wordsOf(s);
      m.narrative.learn(words);
      m.narrativeBackward.learn([...words].reverse());
    }
    for (const q of quotationsOf(p)) for (const s of sentencesOf(q)) m.speech.learn(wordsOf(asSpoken(s)));
  }
}

function sourceOf(text: CorpusText, keyWords: string[][], lowerCase: ReadonlySet<string>): Source {
  return {
    headline: text.headline,
    keyWords: keyWords.flat(),
    contentWords: [...new Set(bodyWords(text).filter((w) => contentForm(w) !== null))],
    ...namedIn(text.body, lowerCase),
  };
}

function topicModel(topic: string, texts: CorpusText[], lowerCase: ReadonlySet<string>): TopicModel {
  const vocabulary = new Vocabulary();
  const chain = () => new Chain(vocabulary);
  const keyWords = keyWordsOf(texts.map(bodyWords), KEY_WORDS);
  const sources = texts.map((t, i) => sourceOf(t, keyWords[i]!, lowerCase));
  const m: TopicModel = {
    topic,
    vocabulary,
    narrative: chain(),
    narrativeBackward: chain(),
    speech: chain(),
    headlines: chain(),
    corpusHeadlines: new Set(texts.map((t) => wordsOf(t.headline).join(' '))),
    shape: shapeOf(texts.map((t) => t.body)),
    people: [...new Map(sources.flatMap((s) => s.people).map((p) => [p.name, p])).values()],
    organisations: [...new Set(sources.flatMap((s) => s.organisations))],
    sources,
  };
  for (const t of texts) {
    m.headlines.learn(wordsOf(t.headline));
    learnSentences(m, t.body);
  }
  for (const c of [m.narrative, m.narrativeBackward, m.speech, m.headlines]) c.freeze();
  // A key word only ever quoted cannot be built into a narrative sentence.
  for (const s of sources) s.keyWords = s.keyWords.filter((w) => m.narrative.knows(w));
  return m;
}

/** One model per topic, in topic order; the texts should be free of duplicates. */
export function buildModels(texts: readonly CorpusText[]): TopicModel[] {
  const lowerCase = lowerCaseWords(texts.map((t) => t.body));
  const topics = [...new Set(texts.map((t) => t.topic))].sort();
  return topics.map((topic) =>
    topicModel(
      topic,
      texts.filter((t) => t.topic === topic),
      lowerCase,
    ),
  );
}
