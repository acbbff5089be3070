import { sentencesAsWritten } from '../text/sentences.ts';
import { STOP_WORDS } from '../text/words.ts';
import type { Paragraph } from '../model/analysis.ts';
import type { ArticleFeatures } from '../model/analysis.ts';

export const tokens = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));

/** Sentences this long or longer are specific enough that sharing one, word for word, says two texts share a source. */
const LONG_SENTENCE = 5;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function articleFeatures(headline: string, paragraphs: readonly Paragraph[]): ArticleFeatures {
  const terms: Record<string, number> = {};
  const body = paragraphs.map((p) => p.text).join('\n');
  for (const t of [...tokens(headline), ...tokens(headline), ...tokens(body)]) terms[t] = (terms[t] ?? 0) + 1;
  const sentences = sentencesAsWritten(paragraphs.map((p) => p.text))
    .filter((x) => x.split(' ').length >= LONG_SENTENCE)
    .map(fnv1a);
  return { terms, sentences };
}
