import { ABBREVIATION } from '../../text/sentences.ts';
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
/** Words ending like a participle that are none: "between 2002 and 2004", "seven", "women". */
const NOT_PARTICIPLES = new Set(
  `between often indeed seven eleven thirteen fourteen fifteen sixteen seventeen eighteen nineteen dozen hundred
  women children citizen garden kitchen screen green queen heaven oxygen hydrogen speed greed sacred naked wicked
  sudden golden wooden`.split(/\s+/),
);
export const isParticiple = (w: string) =>
  (/^\p{Ll}{3,}(?:ed|en)$/u.test(w) && !NOT_PARTICIPLES.has(w)) || IRREGULAR.has(w);
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
    const w = WHOLE_ABBREVIATION.test(token) ? token : token.replace(/[,.;:!?)”"’]+$/u, '');
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

/** A run of words without a punctuation mark but an abbreviation's full stop ("after Mr. Portnow", "Jan. 31"). */
const RUN = `(?:${ABBREVIATION.source}|[^,.;:!?()“”"—–])*`;
const RUN_AT = new RegExp(`^${RUN}`, 'u');
const RUN_BEFORE = new RegExp(`${RUN}$`, 'u');
const WHOLE_ABBREVIATION = new RegExp(`^${ABBREVIATION.source}$`, 'u');

/** Up to `max` words from the start of `s`, up to the first punctuation mark, never ending on a function word. */
export function wordsAt(s: string, max: number): string {
  const run = RUN_AT.exec(s.trim())![0];
  return withoutTrailingFunctionWords(run.split(/\s+/).filter(Boolean).slice(0, max)).join(' ');
}

/** The last `max` words of `s`, back to the last punctuation mark, never ending on a function word. */
export function wordsBefore(s: string, max: number): string {
  const run = RUN_BEFORE.exec(s)![0].split(/\s+/).filter(Boolean);
  return withoutTrailingFunctionWords(run).slice(-max).join(' ');
}

/** A conjunction that opens the clause a time of day belongs to: "… after North Korea launched a missile at 6am". */
const SUBORDINATOR = /\b(?:after|before|when|while|because|since|until|once|where|as)\s+/giu;
/** A phrase of place or direction ending a clause: " over the country and into the Pacific Ocean". */
const PLACE_AT_END =
  /\s+(?:(?:and|or)\s+)?(?:over|into|in|near|from|to|toward|towards|across|above|onto|through|on)\s+(?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+$/u;
/** A mark that ends a clause, followed by a space: ", ", "; ", " - ", a full stop that ends no abbreviation. */
const CLAUSE_MARK = new RegExp(`(?:[,;:!?()“”"]|\\.(?<!${ABBREVIATION.source})|\\s[—–-])\\s|\\s[—–-](?=\\p{L})`, 'u');
/** "… said that ", "… says ": a report whose object clause is the event. */
const REPORTED = /^.*\b(?:said|says|say|confirmed|announced|reported)\s+(?:that\s+)?/iu;
/** Longest event a time of day is said to be the time of. */
const MAX_EVENT_WORDS = 10;

/**
 * What happened, in the clause that ends right before a time of day's "at": "All Nippon Airways flight 175
 * took off", "North Korea launched a missile" (its places left out when long). Empty when it is no short clause.
 */
export function eventBefore(s: string): string {
  // From the last mark that ends a clause (a comma between digits does not, nor an abbreviation's full stop).
  let run = s.split(CLAUSE_MARK).at(-1)!;
  const opens = [...run.matchAll(SUBORDINATOR)].at(-1);
  if (opens) run = run.slice(opens.index + opens[0].length);
  // "the Japanese government said that it passed": what was said happened.
  run = run.replace(REPORTED, '');
  let words = run.trim();
  for (let m = PLACE_AT_END.exec(words); m && words.split(/\s+/).length > 6; m = PLACE_AT_END.exec(words))
    words = words.slice(0, m.index);
  const kept = withoutTrailingFunctionWords(
    words
      .replace(/["“”]/gu, '')
      .replace(/^[\s'‘—–-]+|[\s,;:]+$/gu, '')
      .split(/\s+/)
      .filter(Boolean),
  );
  // "12 December": a date or an amount opens no event.
  return kept.length <= MAX_EVENT_WORDS && !/^\d/u.test(kept[0] ?? '') ? kept.join(' ') : '';
}

/** A prepositional phrase at the start of `rest`: a scope ("in prison", "on Christmas Day", "as compensation"). */
export function scopeAt(rest: string): string | null {
  const m = /^\s+(in|on|at|since|during|into|from|under|across|near|over|inside|by|as|with)\s+(.*)$/su.exec(rest);
  if (!m) return null;
  const object = phraseAt(m[2]!, 5);
  // "at all", "at least", "in all", "at once": set phrases, not places or periods.
  if (/^(?:all|least|most|once|first|last|times|large|length|more|less|fewer)$/i.test(object)) return null;
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

/** "were Saudi citizens", "is the sixth", "have been women": what a copula says of the counted thing. */
export function copulaAt(rest: string): string | null {
  const m = /^\s+(were|was|are|is|(?:have|has|had)\s+been)\s+(.*)$/su.exec(rest);
  const complement = m ? phraseAt(m[2]!, 4) : '';
  return complement ? `${m![1]!.replace(/\s+/g, ' ')} ${complement}` : null;
}

const VERB_BEFORE = new RegExp(
  `(?:^|\\s)(\\p{Ll}{2,})\\s+(?:(?:up\\s+)?to\\s+|by\\s+|for\\s+|at\\s+|with\\s+)?(?:(?:${DEGREE_WORDS})\\s+)?$`,
  'u',
);

/**
 * Verbs whose object is often a count ("the case involves 25 defendants", "galaxies contain 2,000 planets"). A
 * present-tense verb has no ending that tells it from a noun, so only these are read as verbs in that tense.
 */
const COUNT_VERBS = new Set(
  `contain include involve employ carry hold house host cover need require face attract draw produce take lose gain
  add win kill serve rise fall grow climb jump drop increase decrease decline slip dip surge soar`.split(/\s+/),
);
const isPresentCountVerb = (w: string) =>
  COUNT_VERBS.has(w) ||
  COUNT_VERBS.has(
    w
      .replace(/ies$/, 'y')
      .replace(/(?<=[sxz]|ch|sh)es$/, '')
      .replace(/s$/, ''),
  );
/** Past forms that take a number as object but are no participles: "the surgery took three hours". */
const PAST_ACTIVE = new Set('took gave saw wrote threw'.split(' '));
/** "can carry", "plans to hire", "is expected to grow": a modal, or a verb and "to", marks the next word as a verb. */
const VERB_CHAIN =
  /(?:^|\s)((?:can|could|will|would|may|might|must|should|cannot)|(?:(?:is|are|was|were)\s+)?\p{Ll}{2,}(?:s|ed)\s+to)\s+$/u;
/** Words after which a clause, and so a whole subject, begins. */
const OPENS_CLAUSE = new Set('that which who because while when if although though whereas since but so'.split(' '));

/**
 * `subject`, read back from the end of `head`, is the whole subject of the verb after it: it opens the sentence
 * or a clause. "Spending on health and education will rise" is read back only to "education".
 */
function isWholeSubject(head: string, subject: string): boolean {
  // "wanted the cigarette [firms to]": a determiner inside means a verb stands before it; so does a verb ("saw
  // production [fall]", "despite seeing net profits [rise]").
  const words = subject.split(/\s+/);
  const verb = (w: string, i: number) =>
    (i > 0 && DETERMINERS.test(w)) || PAST.has(w) || PAST_ACTIVE.has(w) || (i > 0 && /\p{Ll}{2,}ing$/u.test(w));
  if (!subject || words.some(verb)) return false;
  const rest = head.trimEnd().slice(0, -subject.length).trimEnd();
  const last = rest.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return rest === '' || /[,;:(—–“"]$/u.test(rest) || OPENS_CLAUSE.has(last) || SPEECH_VERBS.has(last);
}
/** A word that stands for something named elsewhere, or for nothing named. */
export const isPronoun = (word: string) => /^(?:it|they|this|that|he|she|we|there|which|who|i|you)$/iu.test(word);
const lowerPronoun = (s: string) =>
  s.replace(/^(?:He|She|It|They|We|I|You)$/u, (p) => (p === 'I' ? p : p.toLowerCase()));

const UP_OR_DOWN = new RegExp(
  `^(.*?)(\\s+(?:is|are|was|were)(?:\\s+(?:still|already|now))?)?\\s+(up|down)\\s+(?:by\\s+)?(?:(?:${DEGREE_WORDS})\\s+)?$`,
  'su',
);
/** Verbs by which a quantity goes up, and down. */
const RISE_VERBS = 'rose|risen|increased|grew|grown|gained|jumped|climbed|surged|soared|rallied|advanced|rebounded';
const FALL_VERBS =
  'fell|fallen|decreased|dropped|declined|slipped|dipped|slid|plunged|tumbled|slumped|sank|sunk|shrank|shrunk|eased';
/** "sales rose 4%", "shares have fallen 97%", "revenue grew by 12%": a verb by which a quantity changes, right before the amount. */
const CHANGED_BY = new RegExp(
  `^(.*?)\\s+(?:(?:has|have|had)\\s+)?(?:(${RISE_VERBS})|${FALL_VERBS})\\s+(?:by\\s+)?(?:(?:${DEGREE_WORDS})\\s+)?$`,
  'su',
);

/** What changed, and which way: a rise and a fall of the same size are different claims. */
export interface Change {
  subject: string;
  direction: 'rise' | 'fall';
}

/**
 * "net profits were up 42%", "with copper up 36%", "foreign sales increased by 8.2%": what went up or down, the
 * whole subject of "was up" or of the verb of change, or the noun phrase after "with". Not after a verb ("shut
 * down 3 plants", "make up 30%", "ended the day up 0.7%").
 */
export function changedBefore(before: string): Change | null {
  const by = CHANGED_BY.exec(before);
  if (by) {
    const subject = phraseBefore(by[1]!, 4);
    // "when it fell 3%", "having fallen by 10%": a pronoun or a participle names nothing.
    const names = /\p{L}$/u.test(subject) && !isPronoun(subject) && !/^(?:these|those)$|ing$/iu.test(subject);
    return names && isWholeSubject(by[1]!, subject) ? { subject, direction: by[2] ? 'rise' : 'fall' } : null;
  }
  const m = UP_OR_DOWN.exec(before);
  if (!m) return null;
  const head = m[1]!;
  const subject = phraseBefore(head, 4);
  // "with exports soaring up 35%", "with £800m - up £40m": no noun phrase before "up".
  const words = subject.split(/\s+/);
  if (!/^\p{L}/u.test(words.at(-1) ?? '') || words.some((w) => /\p{Ll}ing$/u.test(w))) return null;
  const afterWith = /(?:^|\s)with\s+$/iu.test(head.slice(0, head.length - subject.length));
  const copula = m[2] !== undefined;
  const direction = m[3] === 'up' ? 'rise' : 'fall';
  return afterWith || (copula && isWholeSubject(head, subject)) ? { subject, direction } : null;
}

/** The verb the number is the object of, just before it: "killed 59 people", "sentenced to", "to pay". */
export function verbBefore(before: string): { verb: string; subject: string; takesMoney: boolean } | null {
  // "winning just 15 games": an adverb of degree may stand between the verb and its number.
  const m = VERB_BEFORE.exec(before);
  if (!m || ENDS_PHRASE.has(m[1]!) || DETERMINERS.test(m[1]!)) return null;
  const verb = m[1]!;
  const takesMoney = MONEY_VERBS.has(verb);
  const head = before.slice(0, m.index + m[0].indexOf(verb));
  const chain = takesMoney ? null : VERB_CHAIN.exec(head);
  if (chain) {
    const subject = phraseBefore(head.slice(0, chain.index), 4);
    if (isWholeSubject(head.slice(0, chain.index), subject))
      return { verb: `${chain[1]!.replace(/\s+/g, ' ')} ${verb}`, subject: lowerPronoun(subject), takesMoney };
  }
  const subject = phraseBefore(head, 4);
  // A verb read only from a list needs its subject: "the city that gave 4 percent" names none.
  if ((isPresentCountVerb(verb) || PAST_ACTIVE.has(verb)) && !takesMoney)
    return isWholeSubject(head, subject) ? { verb, subject: lowerPronoun(subject), takesMoney } : null;
  if (!isParticiple(verb) && !PAST.has(verb) && !/ing$/.test(verb) && !takesMoney) return null;
  const to = /\bto\s+$/.test(head) && takesMoney;
  return { verb: to ? `to ${verb}` : verb, subject, takesMoney };
}

/**
 * Verbs of something done to what is counted, with the participle that says it happened: "kills 49 people",
 * "wounding 22 others" are the people killed and the others wounded, as "49 people were killed" and "killed 49
 * people" are, so that every wording of one count has one label.
 */
const EVENT_VERBS = new Map(
  Object.entries({
    kill: 'killed',
    wound: 'wounded',
    injure: 'injured',
    arrest: 'arrested',
    detain: 'detained',
    evacuate: 'evacuated',
    rescue: 'rescued',
    deport: 'deported',
    displace: 'displaced',
    infect: 'infected',
    hire: 'hired',
    sack: 'sacked',
    shed: 'shed',
  }),
);
const EVENT_VERB_BEFORE = new RegExp(`(?:^|\\s)(\\p{Ll}{3,})\\s+(?:(?:${DEGREE_WORDS})\\s+)?$`, 'u');
/** What makes the verb after it no report of something that happened: "to hire", "will shed", "of killing". */
const NOT_HAPPENED =
  /(?:^|\s)(?:to|can|could|will|would|may|might|must|should|shall|cannot|of|for|by|after|before|from|without|about)\s+$/iu;

/**
 * The participle of a verb of something done to the counted thing, right before the number, in the present
 * ("kills", "arrests") or as a participle after a comma or "and" (", wounding", "and wounding"); never where the verb
 * may tell of what did not happen (a plan, "to hire"; a charge, "convicted of killing").
 */
export function eventVerbBefore(before: string): string | null {
  const m = EVENT_VERB_BEFORE.exec(before);
  if (!m) return null;
  const verb = m[1]!;
  const head = before.slice(0, m.index + m[0].indexOf(verb));
  const ing = /ing$/u.test(verb);
  if (NOT_HAPPENED.test(head) || (ing && !/(?:,|\band)\s*$/u.test(head))) return null;
  // A bare form may be an infinitive ("help schools hire 1,000 officers"): only "kills" and ", killing" are read.
  const bases = ing
    ? [verb.replace(/ing$/u, ''), verb.replace(/ing$/u, 'e')]
    : /s$/u.test(verb)
      ? [verb.slice(0, -1)]
      : [];
  const base = bases.find((v) => EVENT_VERBS.has(v));
  return base === undefined ? null : EVENT_VERBS.get(base)!;
}

/** "the incursion has " → "the incursion ": the auxiliary belongs to the verb, not the subject. */
export const withoutAuxiliary = (s: string) =>
  s.replace(/\s+(?:has|have|had|will|would|could|may|might)(?:\s+(?:also|now|already))?(?:\s+been)?\s*$/u, ' ');
