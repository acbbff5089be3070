import { MONTH_NAMES } from '../text/calendar.ts';
import { STOP_WORDS } from '../text/words.ts';
import { genderOfGivenName, isDemonym, isFunctionWord, isGivenName, isPlace } from './gazetteer.ts';
import {
  CONJUNCTION,
  FEMALE_WORDS,
  GIVEN_NAMES_ALSO_FUNCTION_WORDS,
  MALE_WORDS,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PERSONAL_TITLES,
  ROLE_WORDS,
  ROLE_WORDS_ALSO_SURNAMES,
  SPEECH_VERBS,
} from './lexicon.ts';
import type { NameRun, NameToken } from './name-runs.ts';

/** A run of capitalised words read as a title and a name: "Senate Minority Leader" + "Harry Reid". */
export interface NameReading {
  /** The name's tokens, titles and sentence-initial words stripped. */
  name: NameToken[];
  /** The title or role words before the name, as written; "" when there are none. */
  title: string;
  /** The title includes a personal title ("Sen.", "President", "Mrs."), which names a person even before a surname alone. */
  personalTitle: boolean;
  /** A gender the title or role says ("Mrs.", "spokeswoman"). */
  gender: 'male' | 'female' | undefined;
  /** The run began the sentence with a word that may or may not be part of the name ("Resist Trump"). */
  uncertainStart: boolean;
}

const bare = (t: NameToken) => t.text.replace(/\.$/, '').toLowerCase();
const isTitleWord = (t: NameToken) => t.kind === 'word' && (ROLE_WORDS.has(bare(t)) || PERSONAL_TITLES.has(bare(t)));

/** Words, never part of a person's name: function words, calendar and organisation words, nationalities, party tags. */
export const isNotNameWord = (word: string) =>
  NOT_NAME_WORDS.has(word.toLowerCase()) ||
  isFunctionWord(word) ||
  ORGANISATION_WORDS.has(word.toLowerCase()) ||
  isDemonym(word) ||
  /^[DRI]-\p{Lu}/u.test(word);

/**
 * Splits a run at its last title or role word: what comes before is the
 * title as the article gives it, what comes after the name. A function word
 * that starts the sentence is dropped ("Because Trump"); any other
 * sentence-initial word that is no given name is kept but marked uncertain.
 */
export function readName(run: NameRun, before: string): NameReading | undefined {
  const continued = TITLE_OF.exec(before);
  const reading = continued && titleContinued(run, continued[1]!);
  if (reading) return reading;
  const tokens = run.tokens;
  let split = -1;
  for (let i = tokens.length - 2; i >= 0 && split < 0; i--) {
    if (isTitleWord(tokens[i]!) && tokens.slice(i + 1).some((t) => t.kind === 'word')) split = i;
  }
  let name = tokens.slice(split + 1);
  // "But Culture Secretary Tessa Jowell": a function word opening the sentence is no part of the title.
  let titleTokens = tokens.slice(0, split + 1);
  while (titleTokens.length && CONJUNCTION.test(titleTokens[0]!.text)) titleTokens = titleTokens.slice(1);
  let uncertainStart = false;
  if (split < 0 && run.atSentenceStart && name.length > 1) {
    const first = name[0]!;
    const rest = nameWords(name.slice(1));
    // "Meet Melania Trump": when the rest is a full name of its own, the first word was no part of it.
    // "Ed Balls said", "Park Geun-hye said": a name the function-word list also holds may open the sentence too.
    const notName = isNotNameWord(first.text) && !GIVEN_NAMES_ALSO_FUNCTION_WORDS.has(first.text.toLowerCase());
    if (notName || (rest.length > 1 && isGivenName(rest[0]!))) {
      name = name.slice(1);
      // "Queens Park Rangers keeper …": what follows a word that was no name opens no name with "Park" either.
      const next = name[0]!;
      if (name.length > 1 && GIVEN_NAMES_ALSO_FUNCTION_WORDS.has(next.text.toLowerCase())) name = name.slice(1);
    } else if (!isGivenName(first.text)) uncertainStart = true;
  }
  while (name.length && name[0]!.kind !== 'word') name = name.slice(1);
  if (!name.some((t) => t.kind === 'word')) return undefined;
  const titleWords = titleTokens.map(bare);
  return {
    name,
    title: titleTokens.map((t) => t.text).join(' '),
    personalTitle: titleWords.some((w) => PERSONAL_TITLES.has(w)),
    gender: titleWords.some((w) => FEMALE_WORDS.has(w))
      ? 'female'
      : titleWords.some((w) => MALE_WORDS.has(w))
        ? 'male'
        : undefined,
    uncertainStart,
  };
}

/** A title whose object goes on into the run: "Secretary of State Rex Tillerson", "Chief of Staff John Kelly". */
const TITLE_OF = new RegExp(`((?:\\p{Lu}[\\p{L}-]*\\s+)*\\p{Lu}[\\p{L}-]*)\\s+(?:of|for)\\s+(?:the\\s+)?$`, 'u');

/**
 * "Secretary of" + "Homeland Security Kirstjen Nielsen": when the words before
 * the run end in a title and "of", the run's first words finish the title;
 * the name is the shortest ending that can be a full name.
 */
function titleContinued(run: NameRun, titleStart: string): NameReading | undefined {
  const words = titleStart.split(/\s+/);
  if (!words.some((w) => ROLE_WORDS.has(w.toLowerCase()) || PERSONAL_TITLES.has(w.toLowerCase()))) return undefined;
  const tokens = run.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    const name = tokens.slice(k);
    if (name[0]!.kind !== 'word' || !couldBeFullName(name)) continue;
    return {
      name,
      title: `${titleStart} ${tokens
        .slice(0, k)
        .map((t) => t.text)
        .join(' ')}`,
      personalTitle: true,
      gender: undefined,
      uncertainStart: false,
    };
  }
  return undefined;
}

/** The name's words (no initials, particles or suffix). */
export const nameWords = (name: readonly NameToken[]) => name.filter((t) => t.kind === 'word').map((t) => t.text);

/**
 * Whether tokens can be a person's full name at all: two to five words, none
 * of which is never part of a name, and not a place ("North Korea", "Las
 * Vegas") or a string of places ("Washington Pyongyang").
 */
export function couldBeFullName(name: readonly NameToken[]): boolean {
  const words = nameWords(name);
  if (words.length < 2 || words.length > 5) return false;
  // "Ed Gillespie", "Bill Clinton", "Jo Cox": a given name that the list of function words also holds may open a
  // full name; "Theresa May": a surname it holds may end one that a given name opens.
  const givenFirst = GIVEN_NAMES_ALSO_FUNCTION_WORDS.has(words[0]!.toLowerCase());
  const last = words.length - 1;
  const surnameLast = endsInSurnameDespiteLists(words);
  const notName = words.some((w, i) => !(i === 0 && givenFirst) && !(i === last && surnameLast) && isNotNameWord(w));
  // "Peter King", "Gary Player": after a given name, a role word that is also a common surname ends a name.
  const roleSurname = (w: string, i: number) =>
    i === last && isGivenName(words[0]!) && ROLE_WORDS_ALSO_SURNAMES.has(w.toLowerCase());
  if (notName || words.some((w, i) => ROLE_WORDS.has(w.toLowerCase()) && !roleSurname(w, i))) return false;
  if (isPlace(words.join(' ')) || words.every((w) => isPlace(w))) return false;
  // "1426 N. Quincy St.": no one's name ends in a street's abbreviation.
  return !STREET_ABBREVIATION.test(name.at(-1)!.text);
}

const STREET_ABBREVIATION = /^(?:St|Ave|Rd|Blvd|Ln|Pkwy|Hwy)\.$/u;

const MONTHS = new Set(MONTH_NAMES.map((w) => w.toLowerCase()));
/** Auxiliary verbs, which are no surnames ("may" is left out: "Theresa May"). */
const AUXILIARIES = new Set(
  'is are was were be been has have had do does did will would can could might must shall should'.split(' '),
);
/**
 * "Theresa May", "Jimmy Page", "Neil Young": after a given name, a surname that only the list of function words
 * or the months hold; never a word that other lists hold (a place's, an organisation's), a verb or a weekday.
 */
function mayBeSurnameDespiteLists(word: string): boolean {
  const w = word.toLowerCase();
  const onlyFunctionOrMonth =
    (isFunctionWord(w) || MONTHS.has(w)) &&
    (MONTHS.has(w) || !NOT_NAME_WORDS.has(w)) &&
    !ORGANISATION_WORDS.has(w) &&
    !isDemonym(word);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    onlyFunctionOrMonth &&
    !STOP_WORDS.has(w) &&
    !AUXILIARIES.has(w) &&
    !SPEECH_VERBS.has(w) &&
    !ROLE_WORDS.has(w)
  );
}

/** A name of two or three words that a given name opens and such a surname ends ("Theresa May", "Kim Jong Un"). */
const endsInSurnameDespiteLists = (words: readonly string[]) =>
  (words.length === 2 || words.length === 3) && isGivenName(words[0]!) && mayBeSurnameDespiteLists(words.at(-1)!);

/**
 * A name whose surname only reads as one after its given name ("Theresa May", but also "Sky Plus"): a person
 * only with a title or a cue, or where the article gives the surname one.
 */
export function endsInListedWord(name: readonly NameToken[]): boolean {
  const words = nameWords(name);
  return endsInSurnameDespiteLists(words) && isNotNameWord(words.at(-1)!);
}

/** "Ministers", "Analysts", "Tories", "Arabs": the plural of a role, of a word no name holds or of a people. */
function isPluralOfNoName(word: string): boolean {
  const singular = word.replace(/ies$/u, 'y').replace(/(?<=[^s])s$/u, '');
  // A short one may be a function word's letters ("Nas" is no plural of "na").
  return (
    singular !== word && (ROLE_WORDS.has(singular.toLowerCase()) || (singular.length >= 3 && isNotNameWord(singular)))
  );
}

/** Whether a single word can be a surname standing for a person. */
export const couldBeSurname = (word: string) =>
  word.length >= 2 &&
  !isNotNameWord(word) &&
  !ROLE_WORDS.has(word.toLowerCase()) &&
  !isPlace(word) &&
  !isPluralOfNoName(word);

/**
 * The gender its first word gives, as a given name. Not for a name in East Asian order, family name first, which
 * a romanised given name of two syllables ends ("Kim Dong-yup", "Moon Jae-in"): "Kim" is then no woman's name.
 */
export const genderOfName = (words: readonly string[]) =>
  words.length > 1 && !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words.at(-1)!) ? genderOfGivenName(words[0]!) : undefined;

/** Its first word is a given name: evidence that a two-word run names a person. */
export const startsWithGivenName = (words: readonly string[]) =>
  words.length > 1 && isGivenName(words[0]!) && !isPlace(words[0]!);
