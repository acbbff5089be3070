import { SPEECH_VERBS } from '../lexicon.ts';

/**
 * Reading the words around a number without a parser: where a noun phrase
 * ends, what prepositional phrase follows, which verb governs the number.
 * The word lists are general English, not any story's.
 */

/** Words that end a noun phrase: conjunctions, relatives, auxiliaries, prepositions, reporting verbs. */
export const ENDS_PHRASE = new Set([
  ...`and or but while whereas as because since though although if that which who whom whose where when than
  is are was were be been being has have had will would could should can may might must do does did not
  in on at by to for from with into over under after before during until about against between among per
  including across through toward towards via like each also then without within`.split(/\s+/),
  ...SPEECH_VERBS,
]);
export const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/i;
/** Participles and adjectives that say what happened to a counted thing, beyond the regular "-ed". */
const IRREGULAR = new Set(
  `hit hurt shot held left lost taken given made sold paid spent built caught found kept brought bought sent put set
  cut struck fled led met won shut stolen driven written chosen seen known thrown broken flown fallen risen grown
  dead died missing injured wounded homeless aboard displaced stranded trapped detained`.split(/\s+/),
);
/** Past forms that are no participles: "34 inches fell" says what happened; "flew 3,700 km" needs its subject. */
export const PAST = new Set('fell rose flew grew drew ran swam rode drove came went began'.split(' '));
/** Verbs whose object is an amount of money: "ordered to pay 1 million pounds", "would cost about $8 billion". */
const MONEY_VERBS = new Set(
  `pay pays paid cost costs spend spends spent raise raises earn earns offer offers bid bids charge charges award
  awards fine owe owes donate donates invest invests borrow borrows lend lends receive receives sell sells buy buys
  worth`.split(/\s+/),
);
export const isParticiple = (w: string) => /^\p{Ll}{3,}(?:ed|en)$/u.test(w) || IRREGULAR.has(w);
/** A word that may name what an ordinal ranks ("test" of "the sixth nuclear test"): no function word, no verb form. */
export const mayBeRankedNoun = (w: string) =>
  !ENDS_PHRASE.has(w) && !DETERMINERS.test(w) && !isParticiple(w) && !PAST.has(w);

/**
 * Up to `max` words from the start of `s` that stay within one noun phrase.
 * Read after a number, never at a sentence's start, a capitalised word is a
 * name or a month ("in May"), not the auxiliary it spells.
 */
export function phraseAt(s: string, max: number): string {
  const out: string[] = [];
  for (const token of s.split(/\s+/).filter(Boolean)) {
    const w = token.replace(/[,.;:!?)”"’]+$/u, '');
    if (!w || ENDS_PHRASE.has(w) || out.length === max) break;
    out.push(w);
    if (w !== token) break;
  }
  return out.join(' ');
}

/** The last words of `s` (up to `max`) that stay within one noun phrase, read backwards. */
export function phraseBefore(s: string, max: number): string {
  const out: string[] = [];
  for (const token of s.split(/\s+/).filter(Boolean).reverse()) {
    if (/[,;:()—–]$/.test(token)) break;
    const w = token.replace(/^[(“"‘]+/u, '');
    if (ENDS_PHRASE.has(w.toLowerCase()) || out.length === max) break;
    out.unshift(w);
  }
  return out.join(' ');
}

/** Adverbs of degree, which qualify the number after them: "began nearly [a month ago]", "removed just [three days later]". */
const DEGREE_WORDS = 'just|only|merely|barely|nearly|almost|roughly|some|exactly|precisely';
const DEGREE = new RegExp(`^(?:${DEGREE_WORDS})$`, 'iu');

/**
 * `words` without the function words that would end it mid-phrase ("a spending measure without the" → "a spending
 * measure"), nor an adverb of degree left from the number ("the shutdown began nearly" → "the shutdown began").
 */
export function withoutTrailingFunctionWords(words: string[]): string[] {
  const out = [...words];
  const ends = (w: string) => ENDS_PHRASE.has(w.toLowerCase()) || DETERMINERS.test(w) || DEGREE.test(w);
  while (out.length && ends(out.at(-1)!)) out.pop();
  return out;
}

/** Up to `max` words from the start of `s`, up to the first punctuation mark, never ending on a function word. */
export function wordsAt(s: string, max: number): string {
  const run = /^[^,.;:!?()“”"—–]*/u.exec(s.trim())![0];
  return withoutTrailingFunctionWords(run.split(/\s+/).filter(Boolean).slice(0, max)).join(' ');
}

/** The last `max` words of `s`, back to the last punctuation mark, never ending on a function word. */
export function wordsBefore(s: string, max: number): string {
  const run = /[^,.;:!?()“”"—–]*$/u.exec(s)![0].split(/\s+/).filter(Boolean);
  return withoutTrailingFunctionWords(run).slice(-max).join(' ');
}

/** A prepositional phrase at the start of `rest`: a scope ("in prison", "on Christmas Day", "as compensation"). */
export function scopeAt(rest: string): string | null {
  const m = /^\s+(in|on|at|since|during|into|from|under|across|near|over|inside|by|as|with)\s+(.*)$/su.exec(rest);
  if (!m) return null;
  const object = phraseAt(m[2]!, 5);
  // "at all", "at least", "in all", "at once": set phrases, not places or periods.
  if (/^(?:all|least|most|once|first|last|times|large|length)$/i.test(object)) return null;
  return object ? `${m[1]} ${object}` : null;
}

/** "of snow", "of the Hispanic vote", "of the defendants"; not "of whom", nor "of insulting the judiciary". */
export function complementAt(rest: string): string | null {
  const m = /^\s+of\s+(.*)$/su.exec(rest);
  if (!m) return null;
  const object = phraseAt(m[1]!, 4);
  if (!object || /^(?:them|whom|which|those|us|it)$/i.test(object) || /^\p{Ll}+ing\b/u.test(object)) return null;
  return `of ${object}`;
}

/** What happened to the counted thing, right after it: "were killed", "may have been affected", "died", "dead". */
export function participleAt(rest: string): { word: string; length: number } | null {
  const m =
    /^\s+(?:(?:may|might|could|would|will|should|must)\s+(?:have\s+)?(?:been\s+|be\s+)?|(?:have|has|had)\s+(?:been\s+)?|(?:were|was|are|is|be|been|being)\s+)?(?:(?:also|already|still|reportedly|now|later|all|\p{Ll}{3,}ly)\s+)?(\p{Ll}+)\b/u.exec(
      rest,
    );
  return m && (isParticiple(m[1]!) || PAST.has(m[1]!)) ? { word: m[1]!, length: m[0].length } : null;
}

/**
 * What a counted subject did, where an auxiliary or a negation marks the
 * next word as its verb: "didn't vote", "did not return", "will face".
 */
export function verbAfter(rest: string): { word: string; length: number } | null {
  const m =
    /^\s+((?:did|do|does|will|would|could|can|cannot|won['’]t|can['’]t)(?:n['’]t|\s+not)?\s+(?:(?:also|still|ever)\s+)?(\p{Ll}{2,}))\b/u.exec(
      rest,
    );
  if (!m || ENDS_PHRASE.has(m[2]!)) return null;
  const tail = rest.slice(m[0].length);
  const object = phraseAt(tail, 3);
  const length = m[0].length + (object ? tail.indexOf(object) + object.length : 0);
  return { word: `${m[1]!.replace(/\s+/g, ' ')}${object ? ` ${object}` : ''}`, length };
}

/** "who had their personal information accessed", "that remain open": a relative clause on the counted thing. */
export function relativeAt(rest: string): string | null {
  const m = /^\s+(who|that)\s+([^,.;:!?()“”"—–]*)/u.exec(rest);
  if (!m) return null;
  const words = withoutTrailingFunctionWords(m[2]!.split(/\s+/).filter(Boolean).slice(0, 6));
  return words.length >= 1 ? `${m[1]} ${words.join(' ')}` : null;
}

/** "were Saudi citizens", "is the sixth": what a copula says of the counted thing. */
export function copulaAt(rest: string): string | null {
  const m = /^\s+(were|was|are|is)\s+(.*)$/su.exec(rest);
  const complement = m ? phraseAt(m[2]!, 4) : '';
  return complement ? `${m![1]} ${complement}` : null;
}

const VERB_BEFORE = new RegExp(
  `(?:^|\\s)(\\p{Ll}{2,})\\s+(?:(?:up\\s+)?to\\s+|by\\s+|for\\s+|at\\s+|with\\s+)?(?:(?:${DEGREE_WORDS})\\s+)?$`,
  'u',
);

/** The verb the number is the object of, just before it: "killed 59 people", "sentenced to", "to pay". */
export function verbBefore(before: string): { verb: string; subject: string; takesMoney: boolean } | null {
  // "winning just 15 games": an adverb of degree may stand between the verb and its number.
  const m = VERB_BEFORE.exec(before);
  if (!m || ENDS_PHRASE.has(m[1]!) || DETERMINERS.test(m[1]!)) return null;
  const verb = m[1]!;
  const takesMoney = MONEY_VERBS.has(verb);
  if (!isParticiple(verb) && !PAST.has(verb) && !/ing$/.test(verb) && !takesMoney) return null;
  const to = /\bto\s+$/.test(before.slice(0, m.index + 1)) && takesMoney;
  return { verb: to ? `to ${verb}` : verb, subject: phraseBefore(before.slice(0, m.index), 4), takesMoney };
}

/** "the incursion has " → "the incursion ": the auxiliary belongs to the verb, not the subject. */
export const withoutAuxiliary = (s: string) =>
  s.replace(/\s+(?:has|have|had|will|would|could|may|might)(?:\s+(?:also|now|already))?(?:\s+been)?\s*$/u, ' ');
