// Matching a figures.json claim to the annotation's numbers of its article.
import type { GoldNumber } from '../gold.ts';
import type { ClaimRow } from '../open-data.ts';
import { containsPhrase, phraseKey } from '../text.ts';

type NotNumber = { words: string; why: string };

/** "02:24": a clock time as the open data gives it, minutes since midnight. */
const clockMinutes = (v: string): number[] => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(v);
  return m ? [Number(m[1]) * 60 + Number(m[2])] : [];
};

/** Every number a gold entry states: its value (or a tally's parts, or a clock time in minutes) and its bounds; vague ones none. */
export function goldValues(g: GoldNumber): number[] {
  const v = g.value;
  const values =
    typeof v === 'number'
      ? [v]
      : typeof v === 'string'
        ? clockMinutes(v)
        : v && typeof v === 'object'
          ? Object.values(v)
          : [];
  return [...values, g.low, g.high].filter((x): x is number => typeof x === 'number');
}

const claimValues = (c: ClaimRow): number[] => [c.value, c.low, c.high].filter((x): x is number => x !== null);

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export const shareValue = (a: number[], b: number[]): boolean => a.some((x) => b.some((y) => same(x, y)));

/**
 * How well a claim matches a gold number (0: not at all). A match: the words overlap (one contains the other) and
 * the numbers do not contradict it, or the numbers are equal and the claim's sentence holds the gold words. The
 * numbers guard the overlap: "11-hour" lies inside "four hours into the 11-hour flight" but is not that number.
 */
export function matchScore(c: ClaimRow, g: GoldNumber): number {
  const [cw, gw] = [phraseKey(c.words), phraseKey(g.words)];
  const [cv, gv] = [claimValues(c), goldValues(g)];
  const equalWords = cw === gw;
  const equalValue = shareValue(cv, gv);
  const overlap = containsPhrase(cw, gw) || containsPhrase(gw, cw);
  const consistent = equalWords || equalValue || cv.length === 0 || gv.length === 0;
  const byWords = overlap && consistent;
  const byValue = equalValue && containsPhrase(phraseKey(c.text), gw);
  if (!byWords && !byValue) return 0;
  return (equalWords ? 4 : 0) + (equalValue ? 2 : 0) + (overlap ? 1 : 0);
}

/**
 * The gold number a claim matches best, or null. Among equal matches, one no earlier claim took (`taken`): an
 * article that says "1 million Egyptian pounds" twice has two gold numbers for it.
 */
export function bestNumber(c: ClaimRow, numbers: GoldNumber[], taken: Set<GoldNumber> = new Set()): GoldNumber | null {
  let best: GoldNumber | null = null;
  let top = 0;
  for (const g of numbers) {
    const s = matchScore(c, g);
    if (s > top || (s === top && s > 0 && best !== null && taken.has(best) && !taken.has(g))) [best, top] = [g, s];
  }
  return best;
}

/** Whether the claim's words are exactly those of a number the annotation says a reader would not count. */
export function notNumber(c: ClaimRow, notNumbers: NotNumber[]): NotNumber | null {
  const cw = phraseKey(c.words);
  return notNumbers.find((n) => phraseKey(n.words) === cw) ?? null;
}

/** Whether two number phrases name the same words (one contains the other). */
export const wordsOverlap = (a: string, b: string): boolean => {
  const [x, y] = [phraseKey(a), phraseKey(b)];
  return containsPhrase(x, y) || containsPhrase(y, x);
};
