/** Titles written with a full stop ("Dr. Amina Yusuf"); the stop ends no sentence. */
export const TITLES =
  /\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|Adm|Cmdr|Maj|Gens|Sens|Reps)\./g;
/** Abbreviations a number follows: "Dec. 23", "Sept. 11", "No. 2". */
const BEFORE_NUMBER = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos)\./;
/**
 * A word whose full stop is an abbreviation's, which ends no phrase: a title
 * ("Mr."), a month or number abbreviation ("Jan.", "No."), initials ("U.S.", "J.").
 */
export const ABBREVIATION = new RegExp(
  `(?<!\\p{L})(?:${TITLES.source.slice(2)}|${BEFORE_NUMBER.source.slice(2)}|(?:\\p{Lu}\\.)+(?!\\p{L}))`,
  'u',
);

/**
 * The one sentence boundary: a full stop, question or exclamation mark that
 * is not a title's or a name's initial ("Rod J. Rosenstein"), an optional
 * closing quotation mark or bracket, white space, and a capital or a digit
 * (after an optional opening mark) next.
 */
const BOUNDARY = new RegExp(
  `[.!?](?<!${TITLES.source})(?<!(?:^|[\\s.])\\p{Lu}\\.)(?<!${BEFORE_NUMBER.source}(?=\\s+\\d))["”'’)]?\\s+(?=["“'‘(]?[\\p{Lu}0-9])`,
  'gu',
);

interface Boundary {
  /** The final mark. */
  at: number;
  /** Just after the final mark and closing quotation mark: where the sentence ends. */
  end: number;
  /** Where the next sentence starts. */
  next: number;
}

const boundaries = (text: string): Boundary[] =>
  [...text.matchAll(BOUNDARY)].map((m) => ({
    at: m.index,
    end: m.index + m[0].trimEnd().length,
    next: m.index + m[0].length,
  }));

/** The sentences of a text as [start, end) offsets; a quote's closing mark stays with its sentence. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const b of [...boundaries(text), { at: text.length, end: text.length, next: text.length }]) {
    const start = from + (text.slice(from, b.end).length - text.slice(from, b.end).trimStart().length);
    if (b.end > start) spans.push([start, b.end]);
    from = b.next;
  }
  return spans;
}

/** Splits running text into sentences. */
export const sentences = (text: string): string[] => sentenceSpans(text).map(([s, e]) => text.slice(s, e).trim());

/** Start and end of the sentence(s) covering [start, end) of a text. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  for (const b of boundaries(text)) {
    if (b.next <= start) from = b.next;
    else if (b.at >= end) return [from, b.end];
  }
  return [from, text.length];
}

/** A sentence compared as written: Unicode composed, white space collapsed, nothing else changed. */
export const asWritten = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The sentences of a text's paragraphs as written (see asWritten), for comparing texts exactly. */
export const sentencesAsWritten = (paragraphs: readonly string[]): string[] =>
  paragraphs.flatMap((p) => sentences(asWritten(p))).filter((s) => s !== '');
