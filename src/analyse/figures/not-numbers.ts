import { isFunctionWord } from '../gazetteer.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../text/calendar.ts';
import { SPEECH_VERB_PATTERN } from '../lexicon.ts';
import { isYear, type NumberPhrase } from './number-phrases.ts';

/**
 * Numbers a reader would not count as a claim about the news, each rule
 * stated for news prose in general: dates and years, names and identifiers
 * with digits, gallery and page counters, specification ranges, rating
 * scales, sizes of bodies used as adjectives, counts of the sources an
 * outlet cites, and words that are numbers only in form ("no one", "the two
 * women" of a sentence before).
 */
const MONTHS = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|');
const DATE_BEFORE = new RegExp(`(?:${MONTHS})\\.?\\s+(?:\\d{1,2},\\s+)?$`, 'u');
const DATE_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`, 'u');
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/;
/** "Flight 175", "Rung Ra 2", "Apollo 11", "Article 5": a capitalised word right before the number names it. */
const NAME_BEFORE = /(?:^|[^.!?:;]\s)(\p{Lu}[\p{L}'’-]*\.?)\s+$/u;
/** Capitalised words that start a sentence or a phrase rather than name something: "A 15-kilometre stretch". */
const NOT_NAMES = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES]);
// "Dawson's 42-yard field goal": a possessive owns the number, it does not name it.
const namesTheNumber = (word: string) => !NOT_NAMES.has(word) && !isFunctionWord(word) && !/['’]s$/u.test(word);
/** "Hide Caption 3 of 59", "Photo 2 of 10", "Page 1 of 3", "slide 4/12". */
const COUNTER_AFTER = /^\s*(?:of|\/)\s*\d+\b/u;
const COUNTER_WORD =
  /\b(?:caption|photo|photos|image|images|picture|pictures|slide|slides|page|gallery|video|item|step|part)\s*$/iu;
/** "on a scale of one to 10", "a scale from 1-5". */
const SCALE_BEFORE = /\bscale\s+(?:of|from)\s+$/iu;
/** "28-member bloc", "15-member council": the size of a body named as its adjective. */
const MEMBER_ADJECTIVE = /^-(?:member|nation|country|state|strong)\b/u;
/** Who an outlet cites: "two law enforcement sources told CNN", "three officials said", "one source said". */
const SOURCE_NOUN =
  /^\s+(?:[\p{Ll}-]+\s+|\p{Lu}{2,}\s+|U\.S\.\s+){0,3}?(?:sources?|officials?|(?:people|person) familiar|aides?|insiders?|diplomats?|witness(?:es)?)\b/u;
/** "one" as a pronoun or in an idiom, not a count: "no one", "one of the judges", "one another", "the one who", "one cannot", "one's skin", "one hell of a". */
const ONE_BEFORE = /\b(?:no|any|every|each|the|this|that|which|some|second|third|last|next|other|same)\s+$/iu;
const ONE_AFTER =
  /^(?:['’]s\b|\s+(?:of|another|who|whom|which|that|where|thing|(?:hell|heck) of|he|she|they|we|you|can|cannot|could|must|should|would|might|may)\b)/iu;
/** "two longtime Republican strategists, Nelson Warfield and John McLaughlin": a count of the names that follow. */
const NAMED_AFTER =
  /^(?:\s+[\p{L}-]+){1,4},?\s+(?:[—–:]\s*)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}[^.;:]{0,6}?(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})*,?\s+and\s+\p{Lu}/u;
const TOLL = /\b(?:kill|die|died|dead|death|injur|wound|hurt|arrest|charg|shot|missing|rescued|evacuat)\w*/iu;
/** "the two women", "both three", "these two": a count of people or things the text has already named. */
const ANAPHORIC_BEFORE = /\b(?:the|these|those|both|all|its|their)\s+$/iu;
const isNumberWord = (w: string) => /^\p{L}+$/u.test(w);
/**
 * "One party will tax and spend": a bare "one" whose noun then acts (a modal
 * and a verb) means "a certain", not a count; "one person will be charged" stays a claim.
 */
const ONE_ACTS =
  /^\s+(?:[\p{L}'’-]+\s+){1,4}?(?:(?:will|would|can|could|should|must|might|may)(?:n['’]t|\s+not)?\s+(?!be\b|have\b)\p{Ll}+|won['’]t\s+\p{Ll}+)/u;
const VERBS = SPEECH_VERB_PATTERN;
const SPEECH = new RegExp(`\\b(?:${VERBS}|according)\\b`, 'iu');
const SPEECH_VERB = `(?:${VERBS}|asking)`;
/**
 * A bare "one" that counts who speaks ("one man said", "said one official",
 * "one person close to the talks said", "according to one senator"): the outlet's way to cite a voice, not a count of the news.
 */
const ONE_SPEAKS_AFTER = new RegExp(`^\\s+(?:[\\p{L}'’-]+\\s+){1,5}?${SPEECH_VERB}\\b`, 'u');
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERB}|according to)\\s+$`, 'iu');
/** "at one point", "on one occasion": "one" opening a phrase of place or time picks out an instance. */
const INSTANCE_BEFORE = /\b(?:at|on)\s+$/iu;
/** "in one message", "from one continent": so does it after these, unless it measures ("in one day"). */
const INSTANCE_BEFORE_UNLESS_MEASURED = /\b(?:in|into|from|with|under)\s+$/iu;
const TIME_UNIT_AFTER = /^\s+(?:second|minute|hour|day|night|week|month|year|decade|century|season)\b/iu;
/** "one reason", "one aspect of the story": nouns a bare "one" picks out of many, never a count of the news. */
const ONE_PICKS =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:reason|aspect|advantage|thing|example|way|problem|question|point|option|issue|factor|sign|name|idea|concern|explanation|possibility|theory|interest|strain|version|case|instance|occasion|purpose)\b/u;
/** "when one country invades another", "one side or the other": "one" set against another of its kind. */
const ONE_THEN_ANOTHER = /^\s+\p{Ll}+\b[^,;.!?]{0,40}?\b(?:another|the other)\b/u;
/** "class one laser", "stage 4", "level 3": a number that names a grade, not an amount. */
const GRADE_BEFORE = /\b(?:class|category|level|grade|type|phase|stage|tier)\s+$/iu;
/** "could one day carry people": "one day" meaning "some day". */
const MODAL_BEFORE = /\b(?:could|would|might|may|will|can)\s+$/iu;

/** "two officials said", "according to three sources": the number counts who speaks, not what happened. */
function sourcesSpeak(text: string, p: NumberPhrase, after: string): boolean {
  // "according to two participants": whoever the count after "according to" is, they are cited.
  const cited = /^\s+\p{L}/u.test(after) && !/^\s+per\s?cent\b/iu.test(after);
  if (p.unit === null && cited && /\baccording to\s+$/iu.test(text.slice(0, p.start))) return true;
  const noun = SOURCE_NOUN.exec(after);
  if (!noun) return false;
  const rest = after.slice(noun[0].length);
  return SPEECH.test(/^[^,;.]{0,40}/u.exec(rest)![0]) || /\baccording to\s+$/iu.test(text.slice(0, p.start));
}

/** Why `p` in `text` is not a claim, or null when it may be one. `sentence` bounds the sentence holding it. */
export function notANumber(text: string, p: NumberPhrase, sentence: [number, number]): string | null {
  const before = text.slice(Math.max(0, p.start - 30), p.start);
  const after = text.slice(p.end, p.end + 60);
  if (p.kind === 'clock' || p.kind === 'tally' || p.kind === 'fraction') return null;
  // "A second official who attended said": an ordinal can count sources too; otherwise its reading is settled.
  if (p.kind === 'ordinal') return sourcesSpeak(text, p, after) ? 'count of sources' : null;
  if (DATE_BEFORE.test(before) || DATE_AFTER.test(after)) return 'date';
  if (ORDINAL_SUFFIX.test(after)) return 'ordinal';
  // "in 2019", "between 2017 and 2022", "2015-16": years are dates, and a season is a span of years.
  if (p.unit === null && isYear(p.first) && (!p.second || isYear(p.second) || /^\d{2}$/.test(p.second))) return 'year';
  // Digits, or a number word capitalised inside a name ("League One leaders", "BBC Three"): a word, not after a
  // name's full stop that ends the sentence before, nor after a heading in capitals run into the text ("OTHER
  // GAFFES Three people have refused Oscars").
  const capitalisedWord = /^\p{Lu}/u.test(p.first) && !/\p{Lu}{2,}\s+\p{Lu}{2,}\s+$/u.test(before);
  if ((/^\d/.test(p.first) || capitalisedWord) && !p.qualifier && p.unit === null) {
    const name = NAME_BEFORE.exec(before)?.[1];
    if (name && !(capitalisedWord && name.endsWith('.')) && namesTheNumber(name.replace(/\.$/, '')))
      return 'name or identifier';
  }
  // A counter is digits with nothing counted after it; "Fifteen of 19 hijackers" at a sentence's start is a count.
  const bareCounter = /^\d+$/.test(p.first) && !/^\s*(?:of|\/)\s*\d+\s+\p{Ll}/u.test(after);
  if (
    COUNTER_AFTER.test(after) &&
    (COUNTER_WORD.test(before) || (bareCounter && !/\p{Ll}{3,}/u.test(text.slice(sentence[0], p.start))))
  )
    return 'gallery or page counter';
  // "0 to 60 mph", "0-100": a range from nothing describes a specification, not an amount.
  if (p.low === 0 && p.high !== null) return 'specification range';
  // "on a scale of one to 10": the ends of a rating scale, not an amount.
  if (p.high !== null && SCALE_BEFORE.test(before)) return 'rating scale';
  if (MEMBER_ADJECTIVE.test(after)) return 'size of a body as its adjective';
  if (sourcesSpeak(text, p, after)) return 'count of sources';
  if (!p.qualifier && p.value !== null && GRADE_BEFORE.test(before)) return 'name or identifier';
  const word = text.slice(p.start, p.end).toLowerCase();
  if (word === 'one' && (ONE_BEFORE.test(before) || ONE_AFTER.test(after))) return 'pronoun';
  // A toll stays a claim however its people are named: "killed two people, John Smith and Jane Doe".
  const toll = TOLL.test(text.slice(sentence[0], sentence[1]));
  if (
    !p.qualifier &&
    isNumberWord(word) &&
    p.kind === 'number' &&
    !toll &&
    NAMED_AFTER.test(text.slice(p.end, p.end + 120))
  )
    return 'count of the names that follow';
  if (word === 'one' && !p.qualifier && /^\s/.test(after)) {
    if (ONE_SPEAKS_AFTER.test(after) || SPEECH_BEFORE.test(before)) return 'count of sources';
    if (/\bnumber\s+$/iu.test(before)) return 'rank';
    if (MODAL_BEFORE.test(before) && /^\s+day\b/iu.test(after)) return '"one day" meaning "some day"';
    const instance =
      INSTANCE_BEFORE.test(before) || (INSTANCE_BEFORE_UNLESS_MEASURED.test(before) && !TIME_UNIT_AFTER.test(after));
    if (instance || ONE_PICKS.test(after) || ONE_ACTS.test(after) || ONE_THEN_ANOTHER.test(after))
      return '"one" meaning "a certain"';
  }
  if (
    !p.qualifier &&
    isNumberWord(word) &&
    p.kind === 'number' &&
    ANAPHORIC_BEFORE.test(before) &&
    !/^\s+of\b/.test(after)
  )
    return 'count of things already named';
  return null;
}

/** "● Friday — …", "• Jan. 8 – …": an entry of a listing opens with its day or date and a dash. */
const LISTING_ENTRY = new RegExp(
  `^\\s*(?:[●•▪■◆*]\\s*)?(?:(?:${WEEKDAY_NAMES.join('|')})|(?:${MONTHS})\\.?\\s+\\d{1,2})(?:,?\\s+\\d{4})?\\s+[—–-]\\s`,
  'u',
);
/** How many entries in a row make a listing rather than a paragraph that happens to open with a date. */
const LISTING_RUN = 3;

/**
 * The paragraphs (by index) that are entries of an events listing: a run of
 * paragraphs each opening with a day or date and a dash ("● Jan. 8 — A talk
 * at the planetarium. 7:30 p.m. $3."). Their times, prices and addresses are
 * the listing's fixtures, not figures the article reports.
 */
export function listingEntries(paragraphs: readonly string[]): Set<number> {
  const entries = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= LISTING_RUN) for (const i of run) entries.add(i);
    run = [];
  };
  paragraphs.forEach((text, i) => (LISTING_ENTRY.test(text) ? run.push(i) : close()));
  close();
  return entries;
}
