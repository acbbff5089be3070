import { alternation } from '../../text/regex.ts';
import { ROLE_WORDS } from '../lexicon.ts';
import { mayBeRankedNoun } from './phrase-reading.ts';
import { CURRENCY_SIGN, NUMBER_WORDS, currencyOfSign, parseNumber, unitAt } from './units.ts';

/**
 * How a number is written: a plain number or range, a clock time, a vague
 * quantity ("hundreds"), a fraction ("two-thirds"), a vote tally ("97-1"),
 * or an ordinal that states a count ("the sixth nuclear test").
 */
export type NumberKind = 'number' | 'clock' | 'vague' | 'fraction' | 'tally' | 'ordinal';

/** A number as written in a paragraph, before anything is decided about what it measures. */
export interface NumberPhrase {
  kind: NumberKind;
  /** Offsets in the paragraph, qualifier and currency sign included. */
  start: number;
  end: number;
  qualifier: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  /** A tally's second number (votes against). */
  against: number | null;
  /** A team record's third number (ties or draws). */
  ties: number | null;
  /** A unit the phrase itself gives: currency sign, attached unit ("2km"), clock, fraction. */
  unit: string | null;
  /** The numbers as written, for the rules about years and names. */
  first: string;
  second: string | null;
}

const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|${NUMBER_WORDS}`;
const SCALE = '(?:\\s+(?:hundred|thousand|million|billion|trillion)|(?:bn|mn|tn|m|k)(?![\\p{L}]))?';
export const QUALIFIER =
  'up to|about|around|approximately|roughly|nearly|almost|an estimated|estimated|some|over|more than|at least|less than|fewer than|under|as many as|as much as|at most|close to|just over|just under|well over|an additional|additional|another|a further';
/** Units written against the number ("a 2km radius", "the 500kg device", "2,735km"). */
const ATTACHED = 'km²|km|kg|cm|mm|mph|kph';
/**
 * The per cent sign of a range's first number, when the second has one too: "between 3% and 3.5%", "2%-3%". Not
 * "from 49% to 74%" nor "edged up 0.1% to 4.7%": a change, two figures.
 */
const FIRST_PERCENT = `(?:(?<=\\bbetween\\s+\\S+)%(?=\\s+and\\s+(?:${NUM})%)|%(?=[-–](?:${NUM})%))`;
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/-])(?:(${QUALIFIER})\\s+)?(?:between\\s+)?(${CURRENCY_SIGN})?((?:${NUM})${SCALE})${FIRST_PERCENT}?(?:(?:\\s*(?:to|-|–)\\s*|\\s+and\\s+(?<=\\bbetween\\s[^;]{1,40}))(?:${CURRENCY_SIGN})?((?:${NUM})${SCALE}))?(${ATTACHED})?(?![\\p{N}]|[.,]\\d|\\p{L}|\\/\\d)`,
  'giu',
);
/** "nine hours and 30 minutes", "two years and three months": one duration, in its smaller unit. */
const COMPOUND_DURATION = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/-])(${NUM})\\s+(hours?|minutes?|years?|weeks?|days?)\\s+and\\s+(${NUM})\\s+(minutes?|seconds?|months?|days?|hours?)(?!\\p{L})`,
  'giu',
);
/** How many of the smaller unit one of the larger holds, for the pairs a compound duration joins. */
const SMALLER_UNITS: Record<string, [string, number]> = {
  hour: ['minutes', 60],
  minute: ['seconds', 60],
  year: ['months', 12],
  week: ['days', 7],
  day: ['hours', 24],
};
export const isYear = (n: string) => /^\d{4}$/.test(n) && Number(n) >= 1800 && Number(n) <= 2100;
/** An office held, right before a span of years: "was president (of Mexico)", "led the country", "a job he held". */
const TERM_BEFORE = new RegExp(
  `\\b(?:(?:was|is|were|served\\s+as|as)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(ROLE_WORDS)})(?:\\s+of\\s+(?:the\\s+)?[\\p{L} ]{1,30}?)?|(?:led|held|occupied|served|ruled|governed|coached|headed|chaired|reigned)(?:\\s+[\\p{L}’'-]+){0,3})\\s+$`,
  'iu',
);
/** The law a year names: "a 1993 federal law", "the 1976 Foreign Sovereign Immunities Act". */
export const LAW_AFTER =
  /^\s+((?:[\p{L}-]+\s+){0,5}?(?:law|act|Act|treaty|Treaty|accord|Accord|convention|Convention|statute|constitution|Constitution))\b/u;
/** "11:36 a.m.", "7.06am", "3 p.m.", "0336 GMT", "14:30". */
const CLOCK = [
  /(?<![\p{N}:.,])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\.?(?!\p{L})/giu,
  /(?<![\p{N}:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}:])/gu,
  /(?<![\p{N}:.,])([01]\d|2[0-3])([0-5]\d)\s?(?=(?:GMT|UTC|BST|EST|EDT|CET|CEST)\b)/gu,
];
/** "hundreds", "tens of thousands", "hundreds of billions": the least each can mean. */
const VAGUE =
  /(?<!\p{L})(?:(tens|hundreds) of )?(dozens|scores|hundreds|thousands|millions|billions|trillions)(?!\p{L})/giu;
const VAGUE_LEAST: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
};
/** "two-thirds of", "a quarter of", "a two-thirds majority". */
const FRACTION =
  /(?<!\p{L})(a|one|two|three|four)[- ](half|third|thirds|quarter|quarters|fifth|fifths)(?=\s+(?:of|majority)\b)/giu;
const DENOMINATORS: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5 };
/** "97-1", "348-77": two counts joined by a dash, where the sentence talks of a vote; "50-32-1": a record with ties. */
const TALLY = /(?<![\p{N}.,-])(\d{1,3})[-–](\d{1,3})(?:[-–](\d{1,3}))?(?![\p{N}]|[-–]\d)/gu;
const VOTE_WORDS = /\b(?:vot(?:e|es|ed|ing)|tally|ballot|margin)\b/iu;
/** "ruled 5-4", "a 2-1 decision": judges' votes. */
const RULING_BEFORE = /\bruled\s+$/u;
const RULING_AFTER = /^\s+(?:decision|ruling|verdict|majority)\b/u;
/** "a 26-24 victory", "an 11-5 record": the noun after two counts joined by a dash says what they tell. */
const RESULT_NOUN_AFTER =
  /^(\s+)((?:[\p{Ll}-]+\s+)?(victory|win|loss|defeat|triumph|rout|drubbing|draw|comeback|record|mark|season|start|campaign))\b/u;
const RECORD_NOUNS = new Set(['record', 'mark', 'season', 'start', 'campaign']);
/** "won 3-1", "beat Seattle 26-24": a game's score. */
const SCORE_BEFORE =
  /\b(?:won|win|wins|lost|lose|loses|beat|beats|beaten|defeated|hammered|routed|edged|thrashed|trounced|drew|led|leads|trailed|trails)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|the)\s+){0,3}$/u;
/** "went 9-3", "finished at 9-7": a team's wins and losses, after the verb that tells them. */
export const RECORD_VERB = String.raw`(?:went|finished|finishing|started|starting|began|ended)\s+(?:(?:at|the season|the year)\s+)?`;
const RECORD_BEFORE = new RegExp(String.raw`\b${RECORD_VERB}$`, 'u');
/** "10-6 in 2013", "8-8 this past season": wins and losses over a season. */
const RECORD_AFTER = /^\s+(?:in\s+(?:19|20)\d\d|(?:this|last|that)\s+(?:past\s+)?season|on the season)\b/u;
/** "went 2-0 up", "6-3 6-0", "6-7 (7-2) 6-4": the state of a game under way, or one set of several. */
const IN_PLAY_AFTER = /^\s+(?:up|down|ahead|behind|\(?\d{1,2}[-–]\d{1,2})\b/u;
const SET_BEFORE = /\d{1,2}[-–]\d{1,2}\)?\s+$/u;
/** "a magnitude 6.4 earthquake", "a magnitude-6.3 tremor": the unit stands before the number. */
const MAGNITUDE = /(?<!\p{L})magnitude[\s-](\d{1,2}(?:\.\d)?)(?![\p{N}])/giu;
/** "a week ago", "a year after": one of a time unit, written with the article. */
const ONE_TIME_UNIT =
  /(?<!\p{L})(an?|one)(?=\s+(?:year|month|week|day|hour|decade|minute)\s+(?:ago|after|later|earlier|before|away|long|into)\b)/giu;

const ORDINAL_WORDS = [
  ...'second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth'.split(
    ' ',
  ),
  ...'sixteenth seventeenth eighteenth nineteenth twentieth'.split(' '),
];
/**
 * "the 32nd floor", "North Korea's sixth nuclear test", "the 15th North Korean missile test": after "the" or a
 * possessive (never a month: "March 15th" is a date), before the counted noun, which may follow one or two
 * capitalised words. After "a", an ordinal means "another", often one not yet there ("no basis for a third
 * count"); "first" ranks more often than it counts ("first lady"): neither is read.
 */
const ORDINAL = new RegExp(
  `(?<=(?:\\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)|\\p{L}['’]s)\\s+)(\\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')})((?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+\\p{Ll}[\\p{L}-]{2,})(?![\\p{L}-])`,
  'gu',
);
/**
 * Words an ordinal names a period, a part, an idiom or a name with, not a count: "the second half", "a second
 * chance", "the 2nd Amendment", "the 5th Avenue"; and "one", a pronoun ("a second one").
 */
const NOT_COUNTED_AFTER_ORDINAL = new Set(
  `half quarter quarters century centuries millennium hand thoughts thought chance guess opinion nature look glance
  wave language person class rate party parties world degree string wind home fiddle one ones amendment circuit
  district avenue street division fleet army corps precinct ward`.split(/\s+/),
);

const blank = (kind: NumberKind, start: number, end: number, first: string): NumberPhrase => ({
  kind,
  start,
  end,
  qualifier: null,
  value: null,
  low: null,
  high: null,
  against: null,
  ties: null,
  unit: null,
  first,
  second: null,
});

function* clockTimes(text: string): Generator<NumberPhrase> {
  for (const pattern of CLOCK) {
    for (const m of text.matchAll(pattern)) {
      const [hours, minutes = '0', meridiem] = [Number(m[1]), Number(m[2] ?? 0), m[3]?.toLowerCase()];
      if (meridiem && (hours < 1 || hours > 12)) continue;
      const h = meridiem === 'p' && hours < 12 ? hours + 12 : meridiem === 'a' && hours === 12 ? 0 : hours;
      yield {
        ...blank('clock', m.index, m.index + m[0].trimEnd().length, m[1]!),
        value: h * 60 + Number(minutes),
        unit: 'time of day',
      };
    }
  }
}

function* vagueQuantities(text: string): Generator<NumberPhrase> {
  for (const m of text.matchAll(VAGUE)) {
    const word = m[2]!.toLowerCase();
    // "dozens" and "scores" count only as "dozens of …": "scores" alone is a result.
    if ((word === 'dozens' || word === 'scores') && !/^\s+of\b/.test(text.slice(m.index + m[0].length))) continue;
    const times = m[1] ? (m[1].toLowerCase() === 'tens' ? 10 : 100) : 1;
    yield {
      ...blank('vague', m.index, m.index + m[0].length, m[0]),
      low: VAGUE_LEAST[word]! * times,
      qualifier: m[0].toLowerCase(),
    };
  }
}

function* fractions(text: string): Generator<NumberPhrase> {
  for (const m of text.matchAll(FRACTION)) {
    const n = /^(a|one)$/i.test(m[1]!) ? 1 : parseNumber(m[1]!);
    const d = DENOMINATORS[m[2]!.toLowerCase().replace(/s$/, '').replace(/lve$/, 'lf')]!;
    yield {
      ...blank('fraction', m.index, m.index + m[0].length, m[0]),
      value: Math.round((n / d) * 1e4) / 1e4,
      unit: 'fraction',
    };
  }
}

/** The noun that follows a game's score or a team's record ("victory at Seattle", "record"), with the space before it. */
export function resultNounAfter(rest: string): { words: string; skip: number; record: boolean } | null {
  const m = RESULT_NOUN_AFTER.exec(rest);
  return m && { words: m[2]!, skip: m[1]!.length, record: RECORD_NOUNS.has(m[3]!) };
}

/** What two counts joined by a dash tell: a vote, a game's score, a team's record, or nothing known. */
function tallyUnit(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  if (VOTE_WORDS.test(text.slice(Math.max(0, start - 60), end + 60))) return 'votes';
  if (RULING_BEFORE.test(before) || RULING_AFTER.test(text.slice(end, end + 20))) return 'votes';
  if (IN_PLAY_AFTER.test(text.slice(end, end + 20)) || SET_BEFORE.test(before)) return null;
  const noun = resultNounAfter(text.slice(end, end + 40));
  if (noun) return noun.record ? 'record' : 'score';
  if (SCORE_BEFORE.test(before)) return 'score';
  return RECORD_BEFORE.test(before) || RECORD_AFTER.test(text.slice(end, end + 30)) ? 'record' : null;
}

function* tallies(text: string): Generator<NumberPhrase> {
  for (const m of text.matchAll(TALLY)) {
    const unit = tallyUnit(text, m.index, m.index + m[0].length);
    // Three counts are wins, losses and ties: a record's, never a vote or a game's score.
    if (!unit || (m[3] !== undefined && unit !== 'record')) continue;
    yield {
      ...blank('tally', m.index, m.index + m[0].length, m[1]!),
      value: Number(m[1]),
      against: Number(m[2]),
      ties: m[3] === undefined ? null : Number(m[3]),
      unit,
      second: m[2]!,
    };
  }
}

function* ordinals(text: string): Generator<NumberPhrase> {
  for (const m of text.matchAll(ORDINAL)) {
    const words = m[2]!.trim().toLowerCase().split(/\s+/);
    const noun = words.at(-1)!;
    // "The second came in the sixth game": a verb after it makes the ordinal a pronoun.
    if (!mayBeRankedNoun(noun)) continue;
    if (words.some((w) => NOT_COUNTED_AFTER_ORDINAL.has(w))) continue;
    yield { ...blank('ordinal', m.index, m.index + m[1]!.length, m[1]!), value: ordinalValue(m[1]!), unit: 'ordinal' };
  }
}

function* compoundDurations(text: string): Generator<NumberPhrase> {
  for (const m of text.matchAll(COMPOUND_DURATION)) {
    const [large, small] = [m[2]!.toLowerCase().replace(/s$/, ''), m[4]!.toLowerCase().replace(/s$/, '')];
    const pair = SMALLER_UNITS[large];
    if (!pair || pair[0] !== `${small}s`) continue;
    yield {
      ...blank('number', m.index, m.index + m[0].length, m[1]!),
      value: parseNumber(m[1]!) * pair[1] + parseNumber(m[3]!),
      unit: pair[0],
    };
  }
}

/** "6th", "second": the place an ordinal gives. */
const ordinalValue = (written: string) => {
  const word = written.toLowerCase();
  return /^\d/.test(word) ? parseInt(word, 10) : ORDINAL_WORDS.indexOf(word) + 2;
};

/** Verbs that give a place in a ranking: "finished", "came", "ranks". */
export const RANK_VERBS = 'finish(?:ed|es|ing)?|came|placed|ranks?|ranked|ranking';
/** "finished second in the NFC North", "Iowa ranks second in the country": a place in a ranking. */
const RANK = new RegExp(
  `\\b(?:${RANK_VERBS})\\s+(\\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);

function* ranks(text: string): Generator<NumberPhrase> {
  for (const m of text.matchAll(RANK)) {
    const start = m.index + m[0].length - m[1]!.length;
    yield { ...blank('ordinal', start, start + m[1]!.length, m[1]!), value: ordinalValue(m[1]!), unit: 'rank' };
  }
}

function* magnitudes(text: string): Generator<NumberPhrase> {
  for (const m of text.matchAll(MAGNITUDE))
    yield { ...blank('number', m.index, m.index + m[0].length, m[1]!), value: Number(m[1]), unit: 'magnitude' };
}

/**
 * Years that are the fact rather than the narrative's date: a term of office ("who was president of Mexico
 * from 2000 to 2006", "a job he held from 1983 to 1988") or the year of a law ("a 1976 law", "the 1976
 * Foreign Sovereign Immunities Act").
 */
function yearFact(text: string, start: number, end: number, first: string, second: string | undefined) {
  if (!isYear(first)) return null;
  const before = text.slice(Math.max(0, start - 60), start);
  if (second && isYear(second) && (/^between\s/.test(text.slice(start)) || /\bfrom\s+$/.test(before)))
    return TERM_BEFORE.test(before.replace(/\s*from\s+$/, ' ')) ? 'term' : null;
  return !second && /\b(?:a|an|the)\s+$/iu.test(before) && LAW_AFTER.test(text.slice(end, end + 60)) ? 'year' : null;
}

function* numbers(text: string): Generator<NumberPhrase> {
  for (const m of text.matchAll(NUMBER)) {
    const [phrase, qualifier, sign, first, second, attached] = m;
    const low = parseNumber(first!);
    const high = second ? parseNumber(second) : null;
    // "won 3-1", "50-32-1": a score or a record, not a range (a season's "2015-16" is told apart as years later).
    if (high !== null && high < low && !(/^\d{4}$/.test(first!) && /^\d{2}$/.test(second!))) continue;
    const fact = sign || attached ? null : yearFact(text, m.index, m.index + phrase.length, first!, second);
    yield {
      ...blank('number', m.index, m.index + phrase.length, first!),
      qualifier: qualifier ? qualifier.toLowerCase() : null,
      value: high === null ? low : null,
      low: high === null ? null : low,
      high,
      unit: sign ? currencyOfSign(sign) : attached ? unitAt(attached)!.unit : fact,
      second: second ?? null,
    };
  }
  for (const m of text.matchAll(ONE_TIME_UNIT))
    yield { ...blank('number', m.index, m.index + m[0].length, m[0]), value: 1 };
}

/** Every number phrase of a paragraph, in text order; where two overlap, the one found first by kind wins. */
export function findNumberPhrases(text: string): NumberPhrase[] {
  const found: NumberPhrase[] = [];
  const overlaps = (p: NumberPhrase) => found.some((q) => p.start < q.end && q.start < p.end);
  for (const source of [
    clockTimes,
    tallies,
    fractions,
    compoundDurations,
    magnitudes,
    ordinals,
    ranks,
    vagueQuantities,
    numbers,
  ])
    for (const p of source(text)) if (!overlaps(p)) found.push(p);
  return found.sort((a, b) => a.start - b.start);
}
