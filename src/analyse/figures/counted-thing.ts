import { isDemonym, isFunctionWord } from '../gazetteer.ts';
import { ENDS_PHRASE, isParticiple, mayBeRankedNoun, PAST } from './phrase-reading.ts';
import { LAW_AFTER, resultNounAfter, type NumberPhrase } from './number-phrases.ts';
import { isMoney, unitAt } from './units.ts';

/** What a number counts or measures, as the words right after it say. */
export interface CountedThing {
  /** Normalised unit: "km", "USD", "people", or the counted noun as written ("hearings"). */
  unit: string;
  /** The words naming it ("Egyptian pounds", "congressional hearings"), empty when the unit is in the phrase. */
  words: string;
  /** Characters between the number phrase and those words (a hyphen, adjectives, "of"). */
  skip: number;
  /** A noun the measure describes: "flight" in "the 11-hour flight", "frontline" in "40-kilometer-wide frontline". */
  describes: string | null;
  /** The dimension a hyphenated adjective names: "wide" → width. */
  dimension: string | null;
  /** A rate after the unit: "a week", "per share", "each". */
  rate: string | null;
}

/** Words that never modify a counted noun: "1,900 last year" counts no years, "3 of the buses" no "the". */
const NOT_MODIFIERS = new Set(
  `a an the of in on at by to for from with and or but than as last next this that these those per each every more
  less most were was are is have has had been be will would who which its their his her our your my not also still
  only just ago into over under after before about around during since until against between among`.split(/\s+/),
);
const WORD = /^\s+[“"‘]?[\p{L}-]+[”"’]?/u;
/**
 * A plural noun (or a demonym's plural), after up to four modifiers: "1,500 council flats", "2.5 million
 * Americans", "six top female music industry executives"; the plural of a "-man" ("two congressmen", "gunmen").
 */
const COUNT_NOUN =
  /^(?:[\p{L}-]+\s+){0,4}?(\p{Ll}{3,}s|\p{Ll}{2,}(?![aiou])\p{Ll}men|\p{Lu}\p{Ll}+(?:ans|ians|ese|is|ers))(?!\p{L})/u;
/** A singular noun after "one" or "a single": "at least one state"; not "one can", "one ticketed". */
const ONE_NOUN = /^(?:[\p{Ll}-]+\s+){0,1}?(\p{Ll}{3,})(?!\p{L})/u;
const NOT_SINGULAR_NOUN = /(?:ed|ing|ly)$|^(?:can|could|would|will|should|must|may|might|day|time|way|thing|another)$/u;
/** "Fifteen of the 19 hijackers", "23 of the defendants", "two of the country's former presidents". */
const PARTITIVE = /^\s+of\s+(?:the|its|their|his|her|these|those|[\p{L}'’-]+['’]s)\s+(?:[\d,.]+\s+)?/u;
const DIMENSIONS: Record<string, string> = {
  wide: 'width',
  long: 'length',
  deep: 'depth',
  high: 'height',
  tall: 'height',
  thick: 'thickness',
};
const HYPHEN_DIMENSION = /^-(wide|long|deep|high|tall|thick)\b/u;
const NOUN_AFTER = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?!\p{Ll}+-time\b)\p{Ll}[\p{Ll}-]{2,})(?=[\s,.;:!?)]|$)/u;
/** After an age or an amount, names and acronyms may qualify the noun: "16-year-old Palestinian girl", "$5 million TV advertising blitz". */
const QUALIFIED_NOUN_AFTER = /^\s+((?:\p{L}[\p{L}-]*\s+){0,3}(?!\p{Ll}+-time\b)\p{Ll}[\p{Ll}-]{2,})(?=[\s,.;:!?)]|$)/u;
/** "$90 billion for green energy programs": what an amount is for. */
const FOR_AFTER = /^\s+for\s+((?:\p{L}[\p{L}-]*\s+){0,3}\p{Ll}[\p{Ll}-]{2,})(?=[\s,.;:!?)]|$)/u;
/**
 * "retired accountant" of "retired accountant was", "flight" of "flight from" or "flight landed": up to the first
 * function word, or a verb form after the first word (before the noun it is an adjective: "retired").
 */
function nounPhrase(words: string | undefined): string | null {
  const kept: string[] = [];
  for (const w of words?.split(/\s+/) ?? []) {
    // An acronym ("TV", "US") is a name, whatever the list of function words says of its letters.
    const functionWord = isFunctionWord(w) && !/^\p{Lu}{2,}$/u.test(w);
    if (ENDS_PHRASE.has(w) || functionWord || (kept.length > 0 && (isParticiple(w) || PAST.has(w)))) break;
    kept.push(w);
  }
  return kept.join(' ') || null;
}
/**
 * The noun a measure or an amount describes, from the words after it: "the 11-hour flight"; "a $5bn charge", "a
 * $45,000 fee" (an amount right before a noun is that noun's), or "$90 billion for green energy programs" (the money
 * for what it is for).
 */
function describedNoun(tail: string, unit: string): string | null {
  const money = isMoney(unit);
  const noun = nounPhrase((money || unit === 'age' ? QUALIFIED_NOUN_AFTER : NOUN_AFTER).exec(tail)?.[1]);
  if (noun || !money) return noun;
  const purpose = nounPhrase(FOR_AFTER.exec(tail)?.[1]);
  return purpose && `money for ${purpose}`;
}

/** " (£13bn)", " ($779m-798m)": an amount restated in another currency, in brackets right after it. */
const CONVERSION = /^\s*\((?=[^()]{0,12}\d)[^()]{1,40}\)/u;
/** "a week", "per share", "an hour", "each hour", "each": the number is a rate. */
const RATE =
  /^\s+(?:(?:a|an|per|each|every)\s+(?:week|day|month|year|hour|share|person|head|barrel|night|kilo|gallon|litre|liter|ton|tonne|minute|second|mile|kilometre|kilometer)|each|apiece)\b/u;

/** A determiner or a name's possessive right before a number: "a", "the", "its", "Palmer's". */
const ATTRIBUTIVE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|its|their|his|her|\p{L}+['’]s)\s+$/iu;

const isNoun = (w: string) => !NOT_MODIFIERS.has(w.toLowerCase());
/** Units of time and length written in the singular. */
const SINGULAR_UNIT =
  /^(?:second|minute|hour|day|week|month|year|mile|kilometre|kilometer|metre|meter|foot|inch|yard)$/u;

/** What an ordinal counts: "North Korean missile test" of "the 15th North Korean missile test this year". */
function ordinalNoun(rest: string): { unit: string; words: string; skip: number } | undefined {
  const m = /^(\s+)((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]{2,})(\s+\p{Ll}[\p{L}-]{2,})?/u.exec(rest);
  if (!m) return undefined;
  const next = m[3]?.trim();
  const second = next && isNoun(next) && mayBeRankedNoun(next);
  return { unit: 'ordinal', words: second ? `${m[2]} ${next}` : m[2]!, skip: m[1]!.length };
}

function plainNoun(rest: string, one: boolean): { unit: string; words: string; skip: number } | undefined {
  const plain = /^\s+/.exec(rest)?.[0].length ?? 0;
  if (plain === 0) return undefined;
  const noun = (one ? ONE_NOUN : COUNT_NOUN).exec(rest.slice(plain));
  if (!noun || !noun[0].split(/\s+/).every(isNoun)) return undefined;
  const head = noun[1]!;
  if (one && NOT_SINGULAR_NOUN.test(head)) return undefined;
  const unit = /^\p{Lu}/u.test(head) ? (isDemonym(head.replace(/s$/, '')) ? 'people' : undefined) : head;
  return unit ? { unit, words: noun[0], skip: plain } : undefined;
}

/**
 * The unit right after a number: "-kilometer-wide", " villages", or after up
 * to two adjectives (" additional residents", " “aircraft-type” drones"),
 * " of dollars" after a vague quantity; else a plain plural noun (" residences")
 * counts as the thing counted.
 */
export function countedThing(text: string, p: NumberPhrase): CountedThing | undefined {
  const rest = text.slice(p.end);
  if (p.kind === 'ordinal' && p.unit !== 'rank') {
    const noun = ordinalNoun(rest);
    return noun && { ...noun, describes: null, dimension: null, rate: null };
  }
  // "a 26-24 victory at Seattle": what the score is of.
  const result = p.kind === 'tally' && p.unit !== 'votes' ? resultNounAfter(rest) : null;
  if (result)
    return { unit: p.unit!, words: result.words, skip: result.skip, describes: null, dimension: null, rate: null };
  const done = (u: { unit: string; words: string; skip: number }): CountedThing => {
    const after = rest.slice(u.skip + u.words.length);
    const dimension = HYPHEN_DIMENSION.exec(after);
    const tail = dimension ? after.slice(dimension[0].length) : after;
    // "a 40-kilometer-wide frontline", "a magnitude-6.3 tremor", "a two-thirds majority": the noun is described.
    const hyphenated =
      rest.startsWith('-') ||
      dimension !== null ||
      ((p.unit === 'magnitude' || p.unit === 'fraction') && !/^\s+of\b/.test(tail));
    // "an 8 percent unemployment rate", "the 1.3 percent growth rate": after a determiner, a percentage is
    // the measure of the noun that follows.
    // "an 11 hour flight", "a two year term": after a determiner, a unit in the singular after a number other
    // than one is the hyphen left out.
    const determined = ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start));
    const singular = SINGULAR_UNIT.test(u.words) && p.value !== null && p.value !== 1;
    const attributive = (u.unit === '%' || singular) && determined;
    const rate = RATE.exec(tail)?.[0].trim() ?? null;
    // "a $27.5bn (£13bn) tax demand": an amount's conversion in brackets stands between it and its noun; a rate
    // ("£23,000 apiece") is no noun.
    const described = rate ? '' : isMoney(u.unit) ? tail.replace(CONVERSION, '') : tail;
    const describes = hyphenated || attributive || isMoney(u.unit) ? describedNoun(described, u.unit) : null;
    return { ...u, describes, dimension: dimension ? DIMENSIONS[dimension[1]!]! : null, rate };
  };
  // "a 1976 law": the year is the law's.
  const law = p.unit === 'year' ? LAW_AFTER.exec(rest) : null;
  if (law) return { unit: 'year', words: '', skip: 0, describes: law[1]!, dimension: null, rate: null };
  if (p.unit) return done({ unit: p.unit, words: '', skip: 0 });
  if (rest.startsWith('-')) {
    const u = unitAt(rest.slice(1));
    if (u) return done({ ...u, skip: 1 });
  }
  let skip = 0;
  for (let adjectives = 0; adjectives <= 2; adjectives++) {
    const space = /^\s+/.exec(rest.slice(skip))?.[0].length ?? 0;
    const u = unitAt(rest.slice(skip + space), text.slice(Math.max(0, p.start - 40), p.start));
    // The adjectives stay with the unit's words: "Canadian citizens", "tactical missiles".
    if (u && (space > 0 || u.unit === '%'))
      return done({
        unit: u.unit,
        words: rest.slice(0, skip + space + u.words.length).trimStart(),
        skip: /^\s*/.exec(rest)![0].length,
      });
    const word = WORD.exec(rest.slice(skip));
    if (!word || !isNoun(word[0].trim())) break;
    skip += word[0].length;
  }
  // "hundreds of billions of dollars", "millions of consumers", "thousands of them" (no unit: the pronoun).
  const of = /^\s+of\s+/.exec(rest);
  if (of && (p.kind === 'vague' || p.kind === 'fraction')) {
    const u = unitAt(rest.slice(of[0].length));
    if (u) return done({ ...u, skip: of[0].length });
    const noun = plainNoun(rest.slice(of[0].length - 1), false);
    if (noun) return done({ ...noun, skip: noun.skip + of[0].length - 1 });
  }
  const partitive = PARTITIVE.exec(rest);
  if (partitive) {
    const u = unitAt(rest.slice(partitive[0].length));
    const noun = u ? { ...u, skip: 1 } : plainNoun(rest.slice(partitive[0].length - 1), false);
    if (noun) {
      const at = partitive[0].length - 1 + noun.skip;
      return done({
        unit: noun.unit,
        words: rest.slice(0, at + noun.words.length).trimStart(),
        skip: /^\s*/.exec(rest)![0].length,
      });
    }
  }
  const noun = plainNoun(rest, p.value === 1);
  return noun ? done(noun) : undefined;
}
