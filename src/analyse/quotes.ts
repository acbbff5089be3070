import { attribute } from './attribution.ts';
import { sentenceAround } from '../text/sentences.ts';
import type { PersonMention, Paragraph } from '../model/analysis.ts';
import type { ArticleQuote } from '../model/analysis.ts';

const OPEN = new Set(['"', '“']);
const CLOSE = new Set(['"', '”']);
/** Shorter quotations are terms or scare quotes ("brilliant", ‘Rosguardia’), not statements. */
const MIN_WORDS = 3;

/**
 * Quoted passages in straight or curly double quotation marks (mixed pairs
 * too, as scraped text has them), possibly spanning several sentences, each
 * attributed by sentence rules.
 */
export function findQuotes(
  paragraphs: readonly Paragraph[],
  mentions: readonly PersonMention[],
  roles?: ReadonlyMap<string, string>,
): ArticleQuote[] {
  const quotes: ArticleQuote[] = [];
  paragraphs.forEach((p, index) => {
    let open = -1;
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text[i]!;
      if (open < 0 && OPEN.has(c)) open = i;
      else if (open >= 0 && CLOSE.has(c)) {
        const inner = p.text.slice(open + 1, i).trim();
        if (inner.split(/\s+/).length >= MIN_WORDS) {
          quotes.push({
            text: inner,
            paragraph: index,
            start: open,
            end: i + 1,
            attribution: attribute(paragraphs, mentions, index, open, i + 1, { nextSentence: true, roles }),
          });
        }
        open = -1;
      }
    }
  });
  quotes.forEach((q, n) => {
    if (!q.attribution && n > 0 && continues(paragraphs, quotes[n - 1]!, q)) q.attribution = quotes[n - 1]!.attribution;
  });
  return quotes;
}

/**
 * A quotation that stands as a sentence of its own right after an attributed
 * one continues it: `"…," Kovalenko said. "We are asking everyone …"`. So
 * does a paragraph that is nothing but a quotation, after a paragraph whose
 * last quotation is attributed.
 */
function continues(paragraphs: readonly Paragraph[], previous: ArticleQuote, q: ArticleQuote): boolean {
  if (!previous.attribution) return false;
  const text = paragraphs[q.paragraph]!.text;
  if (previous.paragraph === q.paragraph) return sentenceAround(text, q.start, q.end)[0] === q.start;
  return previous.paragraph === q.paragraph - 1 && q.start === 0 && text.slice(q.end).trim() === '';
}
