// Text normalisation shared by the scorers: the open data and the annotation spell the same words with different
// quotation marks, spaces, invisible characters and case, and none of that should decide a match.

/** Zero-width spaces, soft hyphens, direction marks: invisible, yet they make two equal strings differ. */
const INVISIBLE = /\p{Cf}/gu;
const SINGLE_QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−]/g;
/** A Markdown escape the import adds ("\*"); the words are the same without it. */
const ESCAPE = /\\([^\p{L}\p{N}\s])/gu;

/** NFC, no invisible characters, one kind of each quotation mark and dash, single spaces, trimmed. */
export function plain(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ESCAPE, '$1')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whitespace only: for comparing texts whose every other character matters. */
export const collapseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A name as a key: plain, lower case, without a possessive ending ("Trump's", "Reyes'" name Trump and Reyes). */
export function nameKey(name: string): string {
  return plain(name)
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/(?<=s)'$/, '')
    .trim();
}

/** Quoted words as a key: plain, lower case, without the quotation marks and punctuation around them. */
export function quoteKey(text: string): string {
  return plain(text)
    .toLowerCase()
    .replace(/^[\s"'.,;:!?…-]+|[\s"'.,;:!?…-]+$/g, '');
}

/** A number phrase as a key: plain and lower case. */
export const phraseKey = (text: string): string => plain(text).toLowerCase();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `needle` occurs in `hay` as whole words ("4" is not in "14", "one" is not in "someone"). */
export function containsPhrase(hay: string, needle: string): boolean {
  if (needle === '') return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'u').test(hay);
}

/** The words of a text, lower case (letters and digits; "per cent" is two words). */
export const words = (text: string): string[] =>
  plain(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** The first `n` words of a text, joined by single spaces. */
export const firstWords = (text: string, n: number): string => plain(text).split(' ').slice(0, n).join(' ');

/**
 * A crude stem, the same on both sides of a comparison: one ending off, then the first six letters
 * ("injured", "injuries", "injury" → "injur"; "departure", "departed" → "depart"). Enough to see that two labels
 * speak of the same thing.
 */
export function stem(word: string): string {
  const w = word.toLowerCase();
  const bare = w.replace(/(ies|ied|ying|ing|ed|es|s|y|e)$/, '');
  return (bare.length >= 3 ? bare : w).slice(0, 6);
}
