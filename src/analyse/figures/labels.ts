import type { CountedThing } from './counted-thing.ts';
import type { NumberPhrase } from './number-phrases.ts';
import {
  DETERMINERS,
  ENDS_PHRASE,
  changedBefore,
  type Change,
  complementAt,
  copulaAt,
  eventBefore,
  eventVerbBefore,
  participleAt,
  phraseAt,
  phraseBefore,
  relativeAt,
  scopeAt,
  verbAfter,
  verbBefore,
  withoutAuxiliary,
  isPronoun,
  wordsAt,
  wordsBefore,
} from './phrase-reading.ts';
import { measuredByVerb } from './measured-by-verb.ts';
import { TIME_UNITS, isMoney } from './units.ts';
import { ageOf, possessed, possessive, possessorBefore, rankHolder, recordHolder, shareOf } from './whose.ts';

/**
 * What a number measures, in the sentence's own words: the counted thing
 * and what happened to it ("people killed in the shooting"), the quantity a
 * phrase names ("death toll", "altitude"), the thing a measure describes
 * ("length of the flight"), or the time between two things ("time before
 * the Israeli election"), with its scope where the text states it.
 */
export interface ClaimLabel {
  label: string;
  /** The claim's own words, nearest first (label, the words just before it): where registry cues count. */
  own: string[];
  /** The scope as written: a rate ("a week"), a period or place ("on Christmas Day"). */
  scope: string | null;
  /** What claims must share to be compared: the label's content words, normalised. */
  key: string;
  /** False when nothing but the unit says what is measured. */
  comparable: boolean;
  /** Which reading named it: a quantity the sentence names ("the death toll rose to 59"), or another. */
  rule: 'age' | 'ordinal' | 'describes' | 'clock' | 'time between' | 'distance' | 'quantity' | 'duration' | 'thing';
}

export interface LabelInput {
  text: string;
  /** The clause holding the number: a cue or a subject in another clause is about something else. */
  clause: [number, number];
  phrase: NumberPhrase;
  /** End of the claim's words: number phrase, unit and rate. */
  end: number;
  thing: CountedThing;
}

const UNIT_NAMES: Record<string, string> = {
  m: 'metres',
  cm: 'centimetres',
  mm: 'millimetres',
  kg: 'kilograms',
  lb: 'pounds',
  t: 'tonnes',
  km: 'kilometres',
  mi: 'miles',
  in: 'inches',
  ft: 'feet',
  yd: 'yards',
  'km/h': 'kilometres per hour',
  mph: 'miles per hour',
  'km²': 'square kilometres',
  'mi²': 'square miles',
  '%': 'per cent',
  fraction: 'share',
};
const LENGTHS = new Set(['km', 'mi', 'm', 'cm', 'mm', 'in', 'ft', 'yd', 'light-years']);
/** The dimension a unit measures, for "the 11-hour flight" → "length of the flight". */
const DIMENSION_OF: Record<string, string> = {
  kg: 'weight',
  t: 'weight',
  'km²': 'area',
  'mi²': 'area',
  'km/h': 'speed',
  mph: 'speed',
  magnitude: 'magnitude',
};
/** Words that only point at what is counted ("a total of 22", "the first of four"): the counted noun says more. */
const NOT_QUANTITIES = new Set(
  `total figure sum amount tally maximum minimum average estimate number group series handful couple lot first second
  third last rest one some each many most all none`.split(/\s+/),
);
/** "a mother of three", "a father-of-two": the number of a person's children describes the person. */
const PARENT = /^(?:mother|father|parent|grandmother|grandfather|grandparent|mum|mom|dad)$/iu;
/** Verbs that set a quantity's value: "the death toll rose to 59", "stood at", "reached". */
const SETS_VALUE =
  /\b(?:is|was|are|were|stood at|stands at|rose to|fell to|climbed to|jumped to|dropped to|increased to|decreased to|grew to|totalled|totaled|exceeded)\s+$/iu;
/** Verbs that set a value only when no counted noun follows: "the toll hit 59", but "shelling hit 28 villages". */
const REACHES = /\b(?:reached|hit|topped)\s+$/iu;
/** Stems of verbs that change a quantity ("raised", "cuts", "reducing"). */
const CHANGES = 'rais|lower|increas|decreas|cut|reduc|lift|boost';
/** Of those, the stems that make it go up. */
const RAISES = /^(?:rais|increas|lift|boost)/iu;
/** "raised the number of Americans … to 145.5 million", "estimates the price tag at": the quantity between. */
const SET_OBJECT = new RegExp(
  `\\b(?:${CHANGES}|revis|put|bring|brought|push|estimat|valu|pric|tak)(?:es|ed|e|s|ing)?\\s+((?:the|its|their)\\s+[^,;]{3,80}?)\\s+(?:to|at)\\s+$`,
  'iu',
);
/** "raise its dividend by 11%", "cut the workforce by a third": the change in the quantity between. */
const CHANGE_OBJECT = new RegExp(
  `\\b(${CHANGES}|trim|slash)(?:es|ed|e|s|ing)?\\s+((?:the|its|their|his|her)\\s+[^,;]{3,60}?)\\s+by\\s+$`,
  'iu',
);
/** "a death toll of 59", "an altitude of 770 kilometers": the quantity named before "of". */
const NAMED_OF = /\b(?:a|an|the|its|their)\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+of\s+$/iu;
/**
 * "operating earnings growth of around 5%", "annual sales of $32bn", "net profits of 400m euros": a noun of a
 * measure before "of", with up to two words that qualify it; no determiner is needed before it.
 */
const MEASURE_NOUN_OF =
  /(?:^|\s)((?:[\p{Ll}-]+\s+){0,2}?(?:growth|inflation|increase|rise|decline|drop|cuts?|stake|margin|deficit|surplus|loss(?:es)?|profits?|revenues?|sales|turnover|earnings|unemployment))\s+of\s+$/u;
/** Verbs that stand before such a phrase ("made profits of", "forecast growth of"): no part of the measure's name. */
const VERB_BEFORE_MEASURE =
  /^(?:of|made|make|makes|see|seen|saw|forecast|forecasts|report|reports|expect|expects|reach|reaches|hit|hits|[\p{Ll}-]+(?:ed|ing))$/u;
/** Words that end such a phrase from before: a determiner, a function word or a verb. */
const endsMeasureName = (w: string) => DETERMINERS.test(w) || ENDS_PHRASE.has(w) || VERB_BEFORE_MEASURE.test(w);

/** The measure named by such a noun, without a verb or determiner before it: "operating earnings growth". */
function measureNamedBefore(before: string): string | null {
  const m = MEASURE_NOUN_OF.exec(before);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  let from = words.length - 1;
  while (from > 0 && !endsMeasureName(words[from - 1]!)) from--;
  return endsMeasureName(words[from]!) ? null : words.slice(from).join(' ');
}

/** "two weeks before the election", "three days after she was filmed", "two years ago", "a month away". */
const TIME_RELATION = /^\s+(ago|after|before|later|earlier|since|away|into|from now)\b/iu;
/** "2,000 km east of the island", "3.8 billion light-years away". */
const DIRECTION =
  /^\s+((?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|off|from|away)\b/iu;

const wordsOf = (s: string) => s.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
/** The last words before the number, within its clause: where a registry cue may stand. */
const lastWords = (s: string, n: number) => (s.split(/[,;:()]/).at(-1) ?? '').split(/\s+/).slice(-n).join(' ');
const withoutArticle = (s: string) => s.replace(/^(?:the|a|an)\s+/i, '').trim();
const lowerDeterminer = (s: string) => s.replace(/^(?:The|A|An|Its|Their|His|Her)\b/, (d) => d.toLowerCase());
// "Ukraine's Zakarpattia region" is the Zakarpattia region: a name's possessive before another name only locates it.
const normalise = (s: string) =>
  wordsOf(s.replace(/\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu})/gu, '').toLowerCase())
    .filter((w) => !DETERMINERS.test(w) && !ENDS_PHRASE.has(w) && !/^\d/.test(w))
    .map((w) =>
      w
        .replace(/['’]s$/, '')
        .replace(/ies$/, 'y')
        .replace(/(?<=[^s])s$/, ''),
    )
    .join('-');

/** The quantity the sentence names for an amount: "the death toll rose to", "an altitude of", "raised X to". */
function quantityBefore(before: string, countable: boolean): string | null {
  const setObject = SET_OBJECT.exec(before)?.[1];
  const set = setObject ? withoutArticle(phraseAt(setObject, 8)) : '';
  // "bringing the total to 145.5 million people who …": a bare "total" says less than the counted noun.
  if (set && !(countable && NOT_QUANTITIES.has(set.toLowerCase()))) return set;
  const named = NAMED_OF.exec(before)?.[1];
  if (named && !NOT_QUANTITIES.has(named.toLowerCase()) && !PARENT.test(named) && !countable)
    return withoutArticle(named);
  const measured = countable ? null : measureNamedBefore(before);
  if (measured) return measured;
  const setBy = SETS_VALUE.exec(before) ?? (countable ? null : REACHES.exec(before));
  const head = setBy ? withoutAuxiliary(before.slice(0, setBy.index)) : '';
  // "there were two agendas", "told the BBC there are two parts": "there" only says that the thing counted exists.
  if (/\bthere$/iu.test(head.trim())) return null;
  let subject = phraseBefore(head, 6);
  // "the effective tax rate for 2014 was": a year alone is the period of the quantity named before it.
  const period = subject && /^\d{4}$/.test(subject) ? /\s(for|in|of)\s+\d{4}\s*$/u.exec(head) : null;
  if (period) subject = `${phraseBefore(head.slice(0, period.index), 6)} ${period[1]} ${subject}`.trim();
  return subject && !isPronoun(subject) ? withoutArticle(subject) : null;
}

const PART = /\b(other|remaining|additional|further|more|another|new)\b/iu;
/** "30 per cent brighter than usual", "7 per cent more expensive": a comparative right after a percentage. */
const COMPARATIVE = /^\s+((?:more|less)\s+\p{Ll}{3,}|\p{Ll}{3,}er)\b(?:\s+than\s+([^,.;:]+))?/u;
const NOT_COMPARATIVES = new Set([
  'after',
  'under',
  'over',
  'other',
  'never',
  'either',
  'whether',
  'rather',
  'together',
]);
/** " in prison", " with the Bengals": where, or with whom, time was spent. */
const SPENT_AT = /^\s+(in|at|with|on|as)\s+(.*)$/su;
/** "it took the ambulance ", "took ": the verb of a time taken, with whom it took. */
const TOOK = /\b(?:took|takes|take|taking)\s+((?:[\p{L}'’-]+\s+){0,4}?)$/u;
/** One item of a list in an aside: a phrase without commas, opening as a noun phrase does. */
const LIST_ITEM = String.raw`(?:(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten)\s|\d|\p{Lu})[^,;.()“”"]{0,80}`;
/**
 * ", including two congressmen,", ", including two congressmen, two police officers, a congressional aide and a
 * lobbyist,", " (of about 150,000)" or a name in apposition (", Alessia Cara,") at the start of what follows a
 * counted thing. A list runs to the comma after its item with "and" or "or", and each of its items opens as a noun
 * phrase does, so that the clause after the aside ("were injured and taken to hospital,") is never taken for one.
 */
const ASIDE = new RegExp(
  String.raw`^(?:,\s+(?:(?:including|such as|among them|mostly|mainly|many of them)\s[^,;.()“”"]{1,80}` +
    String.raw`(?:(?:,\s${LIST_ITEM})*,?\s(?:and|or)\s${LIST_ITEM})?|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),` +
    String.raw`|\s*\([^()]{1,60}\))`,
  'u',
);
const withoutAside = (s: string) => s.replace(ASIDE, '');
/**
 * Words that cannot end a label, where a phrase was cut at its word limit: "rise in the first month of the" is the
 * rise in the first month. An opening bracket or a dash left alone goes too.
 */
const DANGLING_END =
  /(?:\s+(?:the|a|an|of|to|for|and|or|but|in|on|at|by|from|with|into|onto|over|under|around|as|than|that|its|their|his|her|[-–—]|\(\S*))+$/iu;
const withoutDanglingEnd = (label: string) => label.trim().replace(DANGLING_END, '');
/** The label of one claim, built from its clause. */
export function labelClaim({ text, clause, phrase, end, thing }: LabelInput): ClaimLabel {
  // "the “47 percent” of Americans who …": quotation marks around the claim's words are read through.
  const quoted = /["“‘]$/u.test(text.slice(0, phrase.start)) && /^["”’]/u.test(text.slice(end));
  const before = text.slice(clause[0], phrase.start - (quoted ? 1 : 0));
  const after = text.slice(end + (quoted ? 1 : 0), clause[1]);
  // A unit that counts things (people, villages), not a measure or an amount; `counted` where the text names them.
  const countsThings = thing.unit !== '' && UNIT_NAMES[thing.unit] === undefined && !isMoney(thing.unit);
  const counted = thing.words !== '' && countsThings;
  const unitName = UNIT_NAMES[thing.unit] ?? (thing.words ? thing.words.replace(/^of\s+/, '') : thing.unit);
  // "22 other defendants", "an additional 59,000": a part beside a whole is measured apart from it.
  const part = PART.exec(`${phrase.qualifier ?? ''} ${thing.words}`)?.[1]?.toLowerCase() ?? null;
  const resultWithoutNoun = phrase.kind === 'tally' && thing.unit !== 'votes' && thing.words === '';
  // `comparableWhen`: what a kind of label needs besides its words to be compared (a rank, whose and where).
  const make = (
    rule: ClaimLabel['rule'],
    parts: (string | null)[],
    scope: string | null,
    keyParts: (string | null)[],
    comparableWhen = true,
  ): ClaimLabel => {
    const label = withoutDanglingEnd([...parts, scope, thing.rate].filter(Boolean).join(' ').replace(/\s+/g, ' '));
    const normalised = [...keyParts, scope, thing.rate].filter((x): x is string => Boolean(x)).map(normalise);
    return {
      label,
      own: [label, lastWords(before, 8)],
      scope: [scope && withoutDanglingEnd(scope), thing.rate].filter(Boolean).join(', ') || null,
      key: [thing.unit, part, ...normalised].filter(Boolean).join(' '),
      // A score read from its verb alone ("won 4-1 at Fulham") may be of any game the story recalls: never compared.
      comparable: comparableWhen && !resultWithoutNoun && keyParts.some((x) => x && normalise(x)),
      rule,
    };
  };

  // "Iowa ranks second in the country": whose place, in what; compared only where both are said.
  if (thing.unit === 'rank') {
    const who = rankHolder(before);
    const where = scopeAt(after);
    return make(
      'ordinal',
      [who ? `${possessive(who)} rank` : 'rank', where],
      null,
      [who, where],
      who !== null && where !== null,
    );
  }
  // "a 1976 law": the year of that law.
  if (thing.unit === 'year' && thing.describes)
    return make('describes', [`year of the ${thing.describes}`], null, ['year', thing.describes]);
  // "who was president of Mexico from 2000 to 2006", "a job he held from 1983 to 1988": the term, as the text names it.
  if (thing.unit === 'term') {
    const what = wordsBefore(before.replace(/\s*from\s+$/u, ''), 7).replace(/^(?:who|which|that|he|she|they)\s+/iu, '');
    const office = /^(?:was|is|were|served as)\s+(.+)$/iu.exec(what)?.[1];
    return make('duration', [office ? `term as ${office}` : `term: ${what}`], null, [office ?? what]);
  }
  // An age describes a person: "Ahed Tamimi, 16," or "a 15-year-old cousin".
  if (thing.unit === 'age') {
    // Only "a 74-year-old" names its person after it: "aged 27 in 1971" does not.
    const who = thing.describes ?? ageOf(before, /old$/u.test(text.slice(phrase.start, end)) ? after : '');
    return make('age', [who ? `age of ${who}` : 'age'], null, [who]);
  }
  // "the sixth nuclear test", "the 14th day of the shutdown": which one of them it is. A bare noun ("the 32nd
  // floor", "the 29th floor") can rank different things in one story: only a fuller name is compared.
  if (thing.unit === 'ordinal') {
    const of = complementAt(after);
    const rest = of ? after.slice(after.indexOf(of) + of.length) : after;
    return make(
      'ordinal',
      [`which ${thing.words}`, of],
      scopeAt(rest),
      [thing.words, of],
      of !== null || /\s/.test(thing.words),
    );
  }
  // "a 97-1 vote in the Senate", "voting 348-77 to override": the vote, on what where the sentence says.
  if (phrase.kind === 'tally' && thing.unit === 'votes') {
    const rest = after.replace(/^\s+votes?\b/u, '');
    const on = /^\s+(to\s+\p{Ll}+)/u.exec(rest)?.[1] ?? null;
    return make('thing', ['vote', on], scopeAt(on ? rest.slice(rest.indexOf(on) + on.length) : rest), ['vote', on]);
  }
  // "14 per cent larger and 30 per cent brighter than usual": how much more of a quality.
  // Where the sentence names the quantity ("sales were 5 per cent higher"), that name stands (below).
  const comparative =
    thing.unit === '%' && !thing.describes && !quantityBefore(before, counted) ? COMPARATIVE.exec(after) : null;
  if (comparative && !NOT_COMPARATIVES.has(comparative[1]!)) {
    const than = comparative[2] ? phraseAt(comparative[2], 5) : '';
    // Compared only against the same stated baseline: "brighter than usual" is not "brighter than an apogee moon".
    return make(
      'thing',
      [`how much ${comparative[1]}`, than ? `than ${than}` : null],
      null,
      [comparative[1]!, than],
      than !== '',
    );
  }
  // "an 11-5 record in 2014", "a 26-24 victory at Seattle": whose record or victory, and when or where.
  // Two teams' records compare only where each names its team.
  if (phrase.kind === 'tally' && thing.words) {
    const owner = possessorBefore(before);
    return make('thing', [owner, thing.words], scopeAt(after), [owner, thing.words], owner !== null);
  }
  // "The Cardinals went 8-8 this past season": the record of whoever went so.
  const holder = thing.unit === 'record' ? recordHolder(before) : null;
  if (holder) {
    const season = /^\s+((?:this|last|that)\s+(?:past\s+)?season)\b/u.exec(after)?.[1] ?? scopeAt(after);
    return make('thing', [`${possessive(holder)} record`], season, [holder, 'record']);
  }
  // "the 11-hour flight", "a 40-kilometer-wide frontline", "a magnitude-6.3 tremor", "a two-thirds majority".
  if (thing.describes) {
    const dimension =
      thing.dimension ??
      DIMENSION_OF[thing.unit] ??
      (TIME_UNITS.has(thing.unit) || LENGTHS.has(thing.unit)
        ? 'length'
        : isMoney(thing.unit) || thing.unit === 'fraction' || thing.unit === '%'
          ? null
          : 'size');
    const label = dimension ? `${dimension} of the ${thing.describes}` : possessed(before, thing.describes);
    let rest = text.slice(text.indexOf(thing.describes, end) + thing.describes.length, clause[1]);
    // "a 3 percent chance of survival", "the 1.3 percent growth rate of the economy": a rate is of something.
    const of = thing.unit === '%' ? complementAt(rest) : null;
    if (of) rest = rest.slice(rest.indexOf(of) + of.length);
    return make('describes', [label, of], scopeAt(rest), [dimension, thing.describes, of]);
  }
  if (phrase.kind === 'clock') {
    const at = /\s(?:at|by|until|from|around|about|after|before)\s+(?:(?:around|about)\s+)?$/u.exec(before);
    // "But shortly after 10 p.m.": a conjunction and an adverb name nothing that happened at that time.
    const what = at
      ? eventBefore(before.slice(0, at.index)).replace(/^(?:(?:but|and|so|yet|or|then|\p{L}+ly)\s*)+/iu, '')
      : '';
    return make('clock', [what ? `time ${lowerDeterminer(what)}` : 'time of day'], scopeAt(after), [what]);
  }
  // "2,000 kilometers (about 1,200 miles) east of Cape Erimo": the conversion in brackets is no part of the relation.
  const related = withoutAside(after);
  const relation = TIME_UNITS.has(thing.unit) ? TIME_RELATION.exec(related) : null;
  if (relation) {
    const word = relation[1]!.toLowerCase();
    const following = wordsAt(related.slice(relation[0].length), 7);
    // "who voted for Obama four years ago but are now …": what happened that long ago is the clause before.
    const preceding = wordsBefore(before, 7).replace(/^(?:(?:who|which|that|but|and|when|as)\s+)+/iu, '');
    // "rose 15% from a year ago", "higher than a year ago": a baseline, which names no event.
    const baseline = word === 'ago' && /\b(?:from|than|on|since|to|with)\s+$/u.test(before);
    let what = baseline ? '' : word === 'ago' ? preceding || following : following || wordsBefore(before, 6);
    const link = word === 'ago' ? 'since' : word === 'away' || word === 'from now' ? 'until' : word;
    // "the first offer since the shutdown began nearly a month ago": the sentence's own "since" is the link.
    what = what.replace(new RegExp(`^.*\\b${link}\\s+`, 'iu'), '');
    return make('time between', [`time ${link} ${lowerDeterminer(what)}`.trim()], null, [link, what]);
  }
  // "spent two years in prison", "spent seven years with the Bengals": the time spent, and where or with whom.
  const spentAt = TIME_UNITS.has(thing.unit) && /\bspen(?:t|ds?|ding)\s+$/u.test(before) ? SPENT_AT.exec(after) : null;
  const spent = spentAt && phraseAt(spentAt[2]!, 5);
  if (spent) return make('duration', [`time spent ${spentAt![1]} ${spent}`], null, ['spent', spentAt![1]!, spent]);
  // "Rubio with 18 percent", "Christie at 5 percent", "Trump won 44 percent": a candidate's share in a poll or vote.
  const share = thing.unit === '%' ? shareOf(before, after) : null;
  if (share) {
    // Shares in polls differ by poll: compared only where the sentence says of what ("of the vote").
    const of = complementAt(after);
    return make('thing', [`${share}’s share`, of], null, [share, 'share', of], of !== null);
  }
  // "it took the ambulance 30 minutes to get to the scene": the time taken, by whom, to do what.
  const took = TIME_UNITS.has(thing.unit) ? TOOK.exec(before) : null;
  const purpose = took ? /^\s+to\s+(\p{Ll}.*)$/su.exec(after) : null;
  if (took && purpose) {
    const by = took[1]!.trim().replace(/^(?:it|him|her|them|us|me)$/u, '');
    const what = wordsAt(` ${purpose[1]!}`, 6);
    return make('duration', [`time taken${by ? ` by ${by}` : ''} to ${what}`], null, [by, what]);
  }
  const direction = LENGTHS.has(thing.unit) ? DIRECTION.exec(related) : null;
  if (direction) {
    const what = phraseAt(related.slice(direction[0].length), 5);
    return make('distance', [`distance ${direction[1]!.toLowerCase()} ${what}`.trim()], null, [direction[1]!, what]);
  }
  // "weighs nearly 19,000 pounds", "a survey of 5,000 households", "will require 60 votes to pass".
  const byVerb = measuredByVerb(before, after, thing.unit, unitName);
  if (byVerb) return make('thing', byVerb.parts, null, byVerb.key);

  const complement = complementAt(after);
  // "More than 30 nations, including Canada and Mexico, have …", "10 flights (of about 150,000) had returned": an aside
  // between the counted thing and what it did is skipped.
  const afterComplement = withoutAside(complement ? after.slice(after.indexOf(complement) + complement.length) : after);
  const firstScope = scopeAt(afterComplement);
  // "19 hijackers on 9/11 were Saudi citizens": what happened may follow the scope.
  const afterScope = firstScope ? afterComplement.slice(afterComplement.indexOf(firstScope) + firstScope.length) : null;
  // What happened to the counted thing ("were killed"), or what it did where an auxiliary marks the verb ("didn't vote").
  const participle =
    participleAt(afterComplement) ??
    (afterScope !== null ? participleAt(afterScope) : null) ??
    (counted ? verbAfter(afterComplement) : null);
  const scope = firstScope ?? scopeAt(participle ? afterComplement.slice(participle.length) : afterComplement);

  // "raise its dividend by 11%", "sales fell 4%", "profits were up 42%": which way, and what, changed. A rise and
  // a fall of one size are different claims, never an agreement.
  const changedObject = CHANGE_OBJECT.exec(before);
  const change: Change | null = changedObject
    ? { subject: phraseAt(changedObject[2]!, 6), direction: RAISES.test(changedObject[1]!) ? 'rise' : 'fall' }
    : thing.unit === '%' || isMoney(thing.unit)
      ? changedBefore(before)
      : null;
  const object = change ? withoutArticle(lowerDeterminer(change.subject)) : '';
  if (change && object)
    return make('quantity', [`${change.direction} in ${object}`], scope, [change.direction, object]);
  const quantity = quantityBefore(before, counted);
  if (quantity) return make('quantity', [quantity], scope, [quantity]);
  // "ruled Egypt for nearly 17 months", "extended her remand for eight days".
  if (TIME_UNITS.has(thing.unit) && /\bfor\s+$/.test(before)) {
    const what = wordsBefore(before.replace(/\s*for\s+$/, ''), 5).replace(
      /^(?:it|they|he|she|we|who|which|that)\s+/i,
      '',
    );
    if (what) return make('duration', [`${unitName} ${what}`], scope, [what]);
  }
  // "kills 49 people", "wounding 22 others": the people killed, the others wounded; "killing 13 people and wounding
  // 42": the people wounded, the unit taken from the number before.
  const done = participle || !countsThings ? null : eventVerbBefore(before);
  if (done) return make('thing', [unitName, complement, done], scope, [complement, done]);
  const verb = participle ? null : verbBefore(before);
  if (verb && verb.subject && !verb.takesMoney && /ing$/.test(verb.verb)) {
    // "to administer a lawsuit involving 1.5 million women" → "a lawsuit involving women": the noun it qualifies.
    const words = verb.subject.split(/\s+/);
    const from = words.reduce((at, w, i) => (DETERMINERS.test(w) ? i : at), 0);
    const subject = lowerDeterminer(words.slice(from).join(' '));
    return make('thing', [subject, verb.verb, unitName, complement], scope, [complement, subject, verb.verb]);
  }
  if (verb && verb.subject && !verb.takesMoney && !/ed$/.test(verb.verb)) {
    // "the missile flew about 3,700 kilometers" → "kilometres the missile flew".
    const subject = lowerDeterminer(verb.subject);
    return make('thing', [unitName, complement, subject, verb.verb], scope, [complement, subject, verb.verb]);
  }
  // "people who had their personal information accessed": the relative clause says which ones.
  const relative = counted && !participle && !complement ? relativeAt(after) : null;
  if (relative) return make('thing', [unitName, relative], null, [relative]);
  const happened =
    participle?.word ?? verb?.verb ?? (counted ? (copulaAt(afterComplement) ?? copulaAt(afterScope ?? '')) : null);
  return make('thing', [unitName, complement, happened], scope, [complement, happened]);
}
