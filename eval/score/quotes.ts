// Quotes: each appearance (in an annotated article) of a quotes.json statement, matched to a gold quote of that
// article by its words, then judged by its speaker.
import type { AnnotatedArticle, GoldQuote } from '../gold.ts';
import type { PersonRow, QuoteRow } from '../open-data.ts';
import { containsPhrase, firstWords, nameKey, quoteKey, words } from '../text.ts';
import { STOP_WORDS } from '../lexicon.ts';
import { ratio } from './ratio.ts';

/** How long an excerpt in an annotation file is: the quote's first 8 words. */
export const EXCERPT_WORDS = 8;

export type SpeakerVerdict = 'right' | 'wrong' | 'none';

export interface QuoteJudgement {
  article: string;
  quote: string;
  text: string;
  /** The gold quote matched, or null: not a quote. */
  gold: GoldQuote | null;
  verdict: SpeakerVerdict | 'not a quote';
  /** The speaker the open data gives: the person's name, or the attribution's words, or null. */
  given: string | null;
}

export interface Recall {
  gold: number;
  found: number;
  recall: number | null;
}

export interface QuotesScore {
  extracted: number;
  matched: number;
  right: number;
  wrong: number;
  none: number;
  notQuotes: number;
  rightShare: number | null;
  wrongShare: number | null;
  noneShare: number | null;
  /** Gold quotes of the running text (not in the headline or furniture), and those split by `fragment`. */
  found: Recall;
  foundFragments: Recall;
  foundWhole: Recall;
  judgements: QuoteJudgement[];
  missed: { article: string; text: string }[];
}

/** Whether `text` starts with `start` as whole words. */
const startsWithPhrase = (text: string, start: string): boolean =>
  text.startsWith(start) && containsPhrase(text.slice(0, start.length + 1), start);

/**
 * Whether an extracted quote's words are a gold quote's: one contains the other; for an excerpt (the gold text is
 * only the first words), the extracted text starts with it, or it starts with the extracted text's first words.
 */
export function quoteMatches(extracted: string, gold: GoldQuote): boolean {
  const e = quoteKey(extracted);
  const g = quoteKey(gold.text);
  if (!e || !g) return false;
  if (gold.excerpt) {
    return startsWithPhrase(e, g) || startsWithPhrase(g, quoteKey(firstWords(extracted, EXCERPT_WORDS)));
  }
  return containsPhrase(e, g) || containsPhrase(g, e);
}

/** The gold quote an extracted text matches best: equal words first, then the longest gold text. */
function bestMatch(text: string, quotes: GoldQuote[]): GoldQuote | null {
  const candidates = quotes.filter((q) => quoteMatches(text, q));
  const equal = candidates.find((q) => quoteKey(q.text) === quoteKey(text));
  return equal ?? candidates.sort((a, b) => b.text.length - a.text.length)[0] ?? null;
}

const contentWords = (text: string) => new Set(words(text).filter((w) => !STOP_WORDS.has(w)));

/** Every way the annotation spells a speaker in this article: the canonical name and its forms there. */
function goldSpellings(speaker: string, a: AnnotatedArticle): Set<string> {
  const person = a.people.find((p) => nameKey(p.name) === nameKey(speaker));
  return new Set([speaker, ...(person?.forms ?? [])].map(nameKey));
}

function judgeSpeaker(q: QuoteRow, gold: GoldQuote, a: AnnotatedArticle, person?: PersonRow): SpeakerVerdict {
  if (q.speaker !== null) {
    if (gold.speaker === null || gold.speaker_type === 'organization' || !person) return 'wrong';
    const spellings = goldSpellings(gold.speaker, a);
    return [person.name, ...person.spellings].some((s) => spellings.has(nameKey(s))) ? 'right' : 'wrong';
  }
  // No person named. Right where the text names none either ("speaker not identified" is then the answer),
  // or where the attribution names the organisation the annotation credits.
  if (gold.speaker === null) return 'right';
  if (gold.speaker_type === 'organization' && q.attributedTo) {
    const org = contentWords(gold.speaker);
    if ([...contentWords(q.attributedTo)].some((w) => org.has(w))) return 'right';
  }
  return 'none';
}

/** Recall over the gold quotes that `keep` selects. */
function recall(articles: AnnotatedArticle[], found: Set<GoldQuote>, keep: (q: GoldQuote) => boolean): Recall {
  const gold = articles.flatMap((a) => a.quotes).filter((q) => !q.in_headline && !q.in_furniture && keep(q));
  const hit = gold.filter((q) => found.has(q)).length;
  return { gold: gold.length, found: hit, recall: ratio(hit, gold.length) };
}

export function scoreQuotes(quotes: QuoteRow[], people: PersonRow[], articles: AnnotatedArticle[]): QuotesScore {
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const found = new Set<GoldQuote>();
  const judgements: QuoteJudgement[] = [];
  for (const q of quotes) {
    const person = q.speaker === null ? undefined : personById.get(q.speaker);
    const given = person?.name ?? q.speaker ?? q.attributedTo;
    for (const app of q.appearances) {
      const a = byArticle.get(app.article);
      if (!a) continue;
      const gold = bestMatch(app.text, a.quotes);
      if (gold) found.add(gold);
      const verdict = gold ? judgeSpeaker(q, gold, a, person) : 'not a quote';
      judgements.push({ article: a.id, quote: q.id, text: app.text, gold, verdict, given });
    }
  }
  const count = (v: QuoteJudgement['verdict']) => judgements.filter((j) => j.verdict === v).length;
  const [right, wrong, none, notQuotes] = [count('right'), count('wrong'), count('none'), count('not a quote')];
  const matched = right + wrong + none;
  const counted = (q: GoldQuote) => !q.in_headline && !q.in_furniture;
  const missed = articles.flatMap((a) =>
    a.quotes.filter((q) => counted(q) && !found.has(q)).map((q) => ({ article: a.id, text: q.text })),
  );
  return {
    extracted: judgements.length,
    matched,
    right,
    wrong,
    none,
    notQuotes,
    rightShare: ratio(right, matched),
    wrongShare: ratio(wrong, matched),
    noneShare: ratio(none, matched),
    found: recall(articles, found, () => true),
    foundFragments: recall(articles, found, (q) => q.fragment === true),
    foundWhole: recall(articles, found, (q) => q.fragment !== true),
    judgements,
    missed,
  };
}
