/** Titles written with a full stop ("Dr. Amina Yusuf"); the stop ends no sentence. */
export const TITLES = /\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|St)\./g;
const NOT_AFTER_TITLE = `(?<!${TITLES.source})`;

const SPLIT = new RegExp(`(?<=[.!?]["”’)]?)${NOT_AFTER_TITLE}\\s+(?=["“‘(]?[A-Z0-9])`, 'u');
const SENTENCE_END = new RegExp(`[.!?]${NOT_AFTER_TITLE}["”’)]?\\s+(?=["“‘(]?\\p{Lu})`, 'gu');

/** Splits running text into sentences; a quote's closing mark stays with its sentence. */
export function sentences(text: string): string[] {
  return text
    .split(SPLIT)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Start and end of the sentence(s) covering [start, end) of a text. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const next = m.index + m[0].length;
    if (next <= start) from = next;
    else if (m.index >= end) return [from, m.index + m[0].trimEnd().length];
  }
  return [from, text.length];
}
