// Splitting corpus text into the units the generator learns from:
// paragraphs, sentences, words, and the quoted spans inside a paragraph.

/** Non-empty lines: the corpus writes one paragraph per line. */
export const paragraphsOf = (body: string): string[] =>
  body
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

// A sentence ends at . ! or ? (perhaps inside a closing quote) before a space and a capital, digit or quote.
const SENTENCE_END = /(?<=[.!?]["']?) +(?=["'‘“A-Z0-9£$])/;

export const sentencesOf = (paragraph: string): string[] => paragraph.split(SENTENCE_END).filter(Boolean);

/** Words with their punctuation attached, as the chain emits them. */
export const wordsOf = (sentence: string): string[] => sentence.split(' ').filter(Boolean);

const QUOTED = /"([^"]+)"/g;
const MIN_QUOTE_WORDS = 5;

/**
 * The quotations of a paragraph that are whole speech, without their
 * quotation marks: not a scare-quoted term, not a fragment woven into a
 * sentence (it starts in lower case), and none from a paragraph whose
 * quotation marks do not pair up (a quote running on from the last one).
 */
export function quotationsOf(paragraph: string): string[] {
  if ((paragraph.match(/"/g)?.length ?? 0) % 2 !== 0) return [];
  return [...paragraph.matchAll(QUOTED)]
    .map((m) => m[1]!.trim())
    .filter((q) => /^[A-Z0-9]/.test(q) && wordsOf(q).length >= MIN_QUOTE_WORDS);
}

/** A quoted sentence as spoken, ending in . ! or ? (a quote cut before "he said" ends in a comma). */
export const asSpoken = (sentence: string): string => sentence.replace(/[,;:]$/, '').replace(/(?<![.!?])$/, '.');

export const hasQuotationMark = (s: string) => /["“”]/.test(s);
