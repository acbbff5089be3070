// How two texts that share wording differ, sentence by sentence and word by word: what a reader needs to
// see when one text is shown as a copy or a version of another, so that no changed figure or name hides.
import type { TextDifferences, WordChange } from '../model/aggregate.ts';

/** A sentence's words, with the punctuation that closes a word ("£86," "said.") as words of their own. */
export const wordsOf = (s: string) =>
  s.split(' ').flatMap((w) => {
    const m = /^(.+?)([,;:.!?)"”’]+)$/u.exec(w);
    return m ? [m[1]!, m[2]!] : w === '' ? [] : [w];
  });
/** Words put back together: no space before a closing mark. */
const joinWords = (ws: readonly string[]) => ws.join(' ').replace(/ (?=[,;:.!?)"”’]+(?: |$))/gu, '');

/** Longest common subsequence of two word lists, as pairs of indexes (a small dynamic programme). */
function commonWords(a: readonly string[], b: readonly string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Length of the longest common subsequence, in two rows of the table (no pairs kept). */
function commonLength(a: readonly string[], b: readonly string[]): number {
  let below = new Array<number>(b.length + 1).fill(0);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      row[j] = a[i] === b[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
    [below, row] = [row, below];
  }
  return below[0]!;
}

/**
 * True when at least `share` of the longer sentence's words are in the other, in the same order. The
 * words common to both can be no more than the shorter one's, so most pairs are settled by length alone,
 * and most of the others by the words they share in any order, counted in one pass rather than aligned.
 */
export function similarWords(x: readonly string[], y: readonly string[], share: number): boolean {
  const longer = Math.max(x.length, y.length);
  if (x.length === 0 || y.length === 0 || Math.min(x.length, y.length) < share * longer) return false;
  return sharedWords(x, y) >= share * longer && commonLength(x, y) >= share * longer;
}

/** How many words two sentences share in any order, each counted as often as both have it. */
function sharedWords(x: readonly string[], y: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = counts.get(w);
    if (n) (shared++, counts.set(w, n - 1));
  }
  return shared;
}

/** Share of the longer sentence's words that the two have in the same order. */
function wordSimilarity(a: string, b: string): number {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (x.length === 0 || y.length === 0) return 0;
  return commonLength(x, y) / Math.max(x.length, y.length);
}

const NUMBER_WORD =
  /\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;

/** What a changed run of words is: a number (a digit or a number word), a name (a capitalised word after the first), or other words. */
function kindOf(from: readonly string[], to: readonly string[], atStart: boolean): WordChange['kind'] {
  const all = [...from, ...to];
  if (all.some((w) => NUMBER_WORD.test(w))) return 'number';
  const capitalised = (ws: readonly string[], first: boolean) =>
    ws.some((w, k) => !(first && k === 0) && /^\p{Lu}/u.test(w));
  if (capitalised(from, atStart) || capitalised(to, atStart)) return 'name';
  return 'words';
}

/** The runs of words that differ between two wordings of one sentence, in order. */
export function wordChanges(original: string, copy: string): WordChange[] {
  const [a, b] = [wordsOf(original), wordsOf(copy)];
  const changes: WordChange[] = [];
  let [i, j] = [0, 0];
  for (const [ci, cj] of [...commonWords(a, b), [a.length, b.length] as [number, number]]) {
    if (ci > i || cj > j) {
      const [from, to] = [a.slice(i, ci), b.slice(j, cj)];
      changes.push({ from: joinWords(from), to: joinWords(to), kind: kindOf(from, to, i === 0 && j === 0) });
    }
    [i, j] = [ci + 1, cj + 1];
  }
  return changes;
}

/** Two wordings of one sentence: most of the words the same, in the same order. */
const NEAR = 0.7;

/**
 * The differences of `copy` from `original`, both as lists of sentences: sentences reworded (paired with
 * the original's closest wording, each change of words listed), sentences only the copy has, sentences
 * of the original it leaves out. Equal sentences are not listed.
 */
export function textDifferences(original: readonly string[], copy: readonly string[]): TextDifferences {
  const inOriginal = new Set(original);
  const inCopy = new Set(copy);
  const onlyOriginal = original.filter((s) => !inCopy.has(s));
  const onlyCopy = copy.filter((s) => !inOriginal.has(s));
  const paired = new Set<number>();
  const changed: TextDifferences['changed'] = [];
  const added: string[] = [];
  for (const s of onlyCopy) {
    let best = -1;
    let bestScore = NEAR;
    onlyOriginal.forEach((o, k) => {
      if (paired.has(k)) return;
      const score = wordSimilarity(o, s);
      if (score >= bestScore) [best, bestScore] = [k, score];
    });
    if (best < 0) {
      added.push(s);
      continue;
    }
    paired.add(best);
    changed.push({ from: onlyOriginal[best]!, to: s, changes: wordChanges(onlyOriginal[best]!, s) });
  }
  return { changed, added, removed: onlyOriginal.filter((_, k) => !paired.has(k)) };
}

/** True when there is nothing to list. */
export const noDifferences = (d: TextDifferences) =>
  d.changed.length === 0 && d.added.length === 0 && d.removed.length === 0;
