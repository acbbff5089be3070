// How the corpus's articles of a topic are built, as the generator copies
// it: paragraph and sentence counts (the observed values, drawn from at
// random), how many sentences quote someone, and whether people are "Mr
// Smith" or plain "Smith" (the BBC's sport pages use no honorifics).
import { hasQuotationMark, paragraphsOf, sentencesOf, wordsOf } from './text.ts';

export interface Shape {
  paragraphs: number[];
  firstParagraphSentences: number[];
  laterParagraphSentences: number[];
  /** Share of the sentences after the first paragraph that hold a quotation. */
  quoteShare: number;
  /** The median length of a sentence, in words. */
  typicalSentenceWords: number;
  /** Whether the texts write "Mr Smith" (more than one honorific per WORDS_PER_HONORIFIC words). */
  honorifics: boolean;
}

const WORDS_PER_HONORIFIC = 1000;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr) [A-Z]/g;

export function shapeOf(bodies: readonly string[]): Shape {
  const shape: Shape = {
    paragraphs: [],
    firstParagraphSentences: [],
    laterParagraphSentences: [],
    quoteShare: 0,
    typicalSentenceWords: 0,
    honorifics: false,
  };
  const lengths: number[] = [];
  let [later, quoted, words, honorifics] = [0, 0, 0, 0];
  for (const body of bodies) {
    const paragraphs = paragraphsOf(body);
    shape.paragraphs.push(paragraphs.length);
    paragraphs.forEach((p, i) => {
      const sentences = sentencesOf(p);
      (i === 0 ? shape.firstParagraphSentences : shape.laterParagraphSentences).push(sentences.length);
      for (const s of sentences) lengths.push(wordsOf(s).length);
      if (i > 0) [later, quoted] = [later + sentences.length, quoted + sentences.filter(hasQuotationMark).length];
      words += wordsOf(p).length;
      honorifics += p.match(HONORIFIC)?.length ?? 0;
    });
  }
  shape.quoteShare = later ? quoted / later : 0;
  shape.typicalSentenceWords = lengths.sort((a, b) => a - b)[lengths.length >> 1] ?? 0;
  shape.honorifics = honorifics * WORDS_PER_HONORIFIC > words;
  return shape;
}
