import { MONTH_NAMES, WEEKDAY_NAMES } from '../../text/calendar.ts';
import { isDemonym } from '../gazetteer.ts';
import { RANK_VERBS, RECORD_VERB } from './number-phrases.ts';
import { ENDS_PHRASE, isParticiple, isPronoun, PAST } from './phrase-reading.ts';

/**
 * Whose a figure is, where the clause names them: the holder of a place in
 * a ranking, the person an age is of, the candidate a share is of, the one
 * whose charge or record an amount is. Read from the words right before the
 * number (and, for shares, right after it); a pronoun names no one here.
 */

/** A name of up to `most` + 1 capitalised words: "Iowa", "Sen. Marco Rubio". */
const nameRun = (most: number) => String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,${most}}`;
/** "Iowa ranks ", "the Lions also missed the play-offs after finishing ": who holds a place in a ranking. */
const RANKED = new RegExp(`(${nameRun(5)})\\s+(?:\\p{Ll}+\\s+)?(?:${RANK_VERBS})\\s+$`, 'u');
/** "The Cardinals went ", "the Lions finished at ": whose wins and losses a record is. */
const RECORD_HOLDER = new RegExp(`(${nameRun(3)})\\s+${RECORD_VERB}$`, 'u');
/** "Ahed Tamimi, 16,", "Biden, at 69,", "Palmer turned 38": the person an age is of. */
const AGE_OF = new RegExp(`(${nameRun(5)})(?:,|,\\s+at|\\s+(?:turned|turns|turning))\\s*$`, 'u');

/** "Rubio with ", "Christie at ", "Trump won ", "Bachmann got ": the name whose share a percentage is. */
const SHARE_OF = new RegExp(
  `(?:^|[^\\p{L}'’.-])(${nameRun(2)})\\s+(?:with|at|(?:won|got|received|took|polled|drew|netted|earned|garnered|secured)(?:\\s+(?:with|at))?)\\s+$`,
  'u',
);
/** "Obama leading Romney, 49 percent to 44 percent": the first share is the first name's, the second the other's. */
const LEADS = `(${nameRun(2)})\\s+(?:\\p{Ll}+\\s+){1,2}(${nameRun(2)}),?\\s+`;
const PERCENT = String.raw`[\d.,]+\s*(?:percent|per cent|%)`;
const FIRST_OF_TWO = new RegExp(`${LEADS}$`, 'u');
const SECOND_OF_TWO = new RegExp(`${LEADS}${PERCENT}\\s+to\\s+$`, 'u');
const TO_PERCENT = new RegExp(`^\\s+to\\s+${PERCENT}`, 'u');
/** "followed by Romney (17 percent)": a share in brackets after a name. */
const SHARE_IN_BRACKETS = new RegExp(`(${nameRun(2)})\\s+\\(\\s*$`, 'u');

/** Capitalised words that open a sentence or name a time, not a candidate. */
const NOT_NAMES = new Set(
  [
    ...MONTH_NAMES,
    ...WEEKDAY_NAMES,
    'the',
    'a',
    'an',
    'it',
    'he',
    'she',
    'they',
    'we',
    'this',
    'that',
    'in',
    'on',
    'at',
  ].map((w) => w.toLowerCase()),
);
/** Whose share a percentage is, where the sentence pairs it with a name (see the expressions above). */
export function shareOf(before: string, after: string): string | null {
  const two = TO_PERCENT.test(after) ? FIRST_OF_TWO.exec(before) : SECOND_OF_TWO.exec(before);
  const name =
    (two && (TO_PERCENT.test(after) ? two[1] : two[2])) ??
    (/^\s*\)/u.test(after) ? SHARE_IN_BRACKETS.exec(before)?.[1] : undefined) ??
    SHARE_OF.exec(before)?.[1];
  return name && !NOT_NAMES.has(name.split(/\s+/)[0]!.toLowerCase()) ? name : null;
}

/**
 * "Goldman Sachs took a $5bn charge", "The Cardinals had an 11-5 record": the one whose charge or record it is,
 * a name as the subject of a verb of having, taking or reporting right before the amount.
 */
const POSSESSOR =
  /(?:^|[^\p{L}'’])((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})\s+(?:has|have|had|took|takes|made|makes|reported|reports|posted|posts|recorded|records|announced|announces|offered|offers|faces|faced|finished with|ended with)\s+(?:an?\s+|the\s+|its\s+|their\s+)?$/u;
/** "the Cardinals’", "Goldman Sachs’", "Iowa’s". */
export const possessive = (name: string) => `${name}${/s$/.test(name) && !/ss$/.test(name) ? '’' : '’s'}`;

/** Whose a noun is, when the clause says: "Goldman Sachs’", "the Cardinals’", "Arizona's". */
export function possessorBefore(before: string): string | null {
  const written = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s?)\s+$/u.exec(before)?.[1];
  if (written) return written;
  const owner = POSSESSOR.exec(before)?.[1]?.replace(/^The\s/, 'the ');
  // "He had a 3 percent chance": a pronoun says whose only with the sentence before.
  if (!owner || isPronoun(owner)) return null;
  return possessive(owner);
}

/** "Goldman Sachs’ charge", "the Cardinals’ record", "Arizona's victory": a noun with its possessor, when the clause names one. */
export const possessed = (before: string, noun: string): string =>
  [possessorBefore(before), noun].filter(Boolean).join(' ');

/** "The Cardinals went 8-8": whose record, when a name says. */
export function recordHolder(before: string): string | null {
  const named = RECORD_HOLDER.exec(before)?.[1]?.replace(/^The\s/u, 'the ');
  return named && !isPronoun(named) ? named : null;
}

/** "Iowa ranks second": who holds the place, when a name does. */
export function rankHolder(before: string): string | null {
  const named = RANKED.exec(before)?.[1];
  return named && !isPronoun(named) ? named : null;
}

/** "the 74-year-old Eastwood", "66-year-old James T. Hodgkinson of Belleville": a name right after an age. */
const NAMED_AFTER = new RegExp(`^\\s+(${nameRun(3)})(?=[\\s,;:!?)]|$)`, 'u');
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/**
 * "Ahed Tamimi, 16,", "Palmer turned 38", "the 74-year-old Eastwood": whose age, when a name says. A name after
 * the age is the person only where the noun phrase ends with it ("22-year-old Small suffered", "Donald Young's"),
 * not where it qualifies a noun ("the 34-year-old Leicester lock").
 */
export function ageOf(before: string, after: string): string | null {
  const named = AGE_OF.exec(before)?.[1];
  if (named) return named;
  const m = NAMED_AFTER.exec(after);
  const next = m?.[1]?.replace(/(?:['’]s|[.])$/u, '');
  if (!m || !next || isPronoun(next) || CALENDAR.has(next.split(/\s/)[0]!)) return null;
  const word = /^\s*(\p{Ll}[\p{L}'’-]*)/u.exec(after.slice(m[0].length))?.[1];
  const possessive = /['’]s$/u.test(m[1]!);
  if (word && !possessive && word !== 'of' && !ENDS_PHRASE.has(word) && !isParticiple(word) && !PAST.has(word))
    return null;
  // "the 27-year-old Spaniard": a nationality, not a name.
  return isDemonym(next) ? `the ${next}` : next;
}
