import type { ArticleClaim, ArticleQuote, DatedMention } from '../../model/analysis.ts';
import type { Measure } from '../../model/registries.ts';
import { slugOrHash } from '../../text/slug.ts';
import { pushTo } from '../../util/group.ts';
import { sentenceAround } from '../../text/sentences.ts';
import type { AttributionContext } from '../attribution-context.ts';
import { attribute } from '../attribution.ts';
import { countedThing } from './counted-thing.ts';
import { labelClaim } from './labels.ts';
import { listingEntries, notANumber } from './not-numbers.ts';
import { isParticiple } from './phrase-reading.ts';
import { findNumberPhrases, type NumberPhrase } from './number-phrases.ts';
import { registryMeasure } from './registry-measure.ts';
import { metricEquivalent } from './units.ts';

const PLACE_PATTERNS = [
  /^(\p{Lu}\p{Ll}+), an? [\p{L}\s-]{0,40}?\b(?:region|oblast|province|district|county)\b/gu,
  /(\p{Lu}\p{Ll}+)(?:['’]s)?\s+(?:region|oblast|province|district|county)\b/gu,
  /\b(?:residents|people|citizens|inhabitants|town|city|village|region) of (\p{Lu}\p{Ll}+)/gu,
  /\b(?:In|in) (\p{Lu}\p{Ll}+)(?=[,.])/gu,
];
/** Where a sentence's clauses meet: "… was closed, and more than 20 schools were turned into shelters". */
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas|which|who)\s+|;\s+|\s[—–]\s|:\s+/gu;
/** "Ahed Tamimi, 16, …": a number set off by commas right after a name is the person's age. */
const AGE_AFTER_NAME = /\p{Lu}[\p{L}'’.-]+,\s*$/u;
/** "at age 60", "aged 16", "Palmer turned 38", "Biden, at 69,": a bare number after these is an age. */
const AGE_BEFORE = /\b(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+|turn(?:s|ed|ing)\s+)$|\p{Lu}[\p{L}'’.-]+,\s+at\s+$/u;

/** The places a text names ("the Kharkiv region", "residents of Gaza", "in Lodz."), each with where it stands. */
function placesIn(text: string, from: number, to: number): { name: string; at: number }[] {
  const part = text.slice(from, to);
  return PLACE_PATTERNS.flatMap((pattern) =>
    [...part.matchAll(pattern)].map((m) => ({ name: m[1]!, at: from + m.index + m[0].indexOf(m[1]!) })),
  );
}

/**
 * The place a claim counts in, of the `places` its sentence names: the one
 * place; when the sentence names several ("12 killed in the Kharkiv region and 7 in Lodz"),
 * the one place between the numbers on either side of the claim, or none
 * rather than a guess.
 */
function placeOfClaim(places: readonly { name: string; at: number }[], segment: [number, number]): string | null {
  const distinct = (list: readonly { name: string }[]) => [...new Set(list.map((p) => p.name))];
  const inSentence = distinct(places);
  if (inSentence.length <= 1) return inSentence[0] ?? null;
  const own = distinct(places.filter((p) => p.at >= segment[0] && p.at < segment[1]));
  return own.length === 1 ? own[0]! : null;
}

/** The clause of [from, to) holding [start, end): a cue in another clause is about something else. */
function clauseAround(text: string, from: number, to: number, start: number, end: number): [number, number] {
  let [a, b] = [from, to];
  for (const m of text.slice(from, to).matchAll(CLAUSE_BREAK)) {
    const at = from + m.index;
    if (at + m[0].length <= start) a = at + m[0].length;
    else if (at >= end) {
      b = at;
      break;
    }
  }
  return [a, b];
}

/** The place the article names most, for place-bound counts whose sentence names none. */
function mainPlaceOf(ctx: AttributionContext): string | null {
  const counts = new Map<string, number>();
  for (const p of ctx.paragraphs)
    for (const pattern of PLACE_PATTERNS.slice(1, 3))
      for (const m of p.text.matchAll(pattern)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/**
 * Whether the sentence at `at` of a paragraph tells of an earlier event the article recalls: it, or a sentence
 * before it in the paragraph, is dated to that event ("In July 2012, a gunman … Twelve people died."), and no
 * sentence since is dated to the news. Such counts are of another event than the story's.
 */
function recalledFrom(ctx: AttributionContext, dates: readonly DatedMention[]) {
  const byParagraph = new Map<number, { at: number; earlier: boolean }[]>();
  for (const d of dates)
    pushTo(byParagraph, d.paragraph, { at: ctx.paragraphs[d.paragraph]!.text.indexOf(d.sentence), earlier: d.earlier });
  return (paragraph: number, at: number): boolean => {
    const before = (byParagraph.get(paragraph) ?? []).filter((m) => m.at <= at);
    const latest = Math.max(...before.map((m) => m.at));
    // A sentence dated both to the news and to an earlier time is news.
    return before.length > 0 && before.filter((m) => m.at === latest).every((m) => m.earlier);
  };
}

const TALLY_UNITS = new Set(['record', 'score', 'votes']);

/** The unit of a number: from its words, an age after a name, or an earlier number's in the same sentence. */
function unitOf(
  text: string,
  p: NumberPhrase,
  previous: { unit: string; sentence: number } | undefined,
  sentence: number,
) {
  const thing = countedThing(text, p);
  if (thing) return thing;
  const age =
    (AGE_AFTER_NAME.test(text.slice(0, p.start)) && /^\s*[,)]/.test(text.slice(p.end))) ||
    (AGE_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)) && p.value !== null && p.value <= 120);
  if (/^\d+$/.test(p.first) && p.value !== null && age)
    return { unit: 'age', words: '', skip: 0, describes: null, dimension: null, rate: null };
  // "an additional 59,000 to follow", "some 2.5 million more": the unit of an earlier number in the sentence.
  // "killed 50 people and injured over 400", "injuring more than 200": a verb before the number takes the earlier unit too;
  // so does a participle right after it: "37 people were killed and more than 200 injured".
  const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(p.end))?.[1];
  const additive =
    /^(?:an additional|additional|another|a further)$/.test(p.qualifier ?? '') ||
    /^\s+more\b/.test(text.slice(p.end)) ||
    /\b\p{Ll}{3,}(?:ed|ing)\s+$/u.test(text.slice(Math.max(0, p.start - 30), p.start)) ||
    (next !== undefined && isParticiple(next));
  // A record's or a score's unit is two counts': "winning three of their last four" is no record.
  if (previous && previous.sentence === sentence && additive && !TALLY_UNITS.has(previous.unit))
    return { unit: previous.unit, words: '', skip: 0, describes: null, dimension: null, rate: null };
  return undefined;
}

/**
 * Every numeric claim in the running text: value or range, qualifier, unit,
 * what it measures (a registry measure where its cues stand in the claim's
 * own words, else a label built from the sentence), its scope, the place
 * where counts are place-bound, and the claimant. What is not a claim (dates,
 * names with digits, counters, …) is left out: see not-numbers.ts.
 */
export function findClaims(
  ctx: AttributionContext,
  quotes: readonly ArticleQuote[],
  measures: readonly Measure[],
  dates: readonly DatedMention[] = [],
): ArticleClaim[] {
  const claims: ArticleClaim[] = [];
  const recalls = recalledFrom(ctx, dates);
  const mainPlace = mainPlaceOf(ctx);
  const listing = listingEntries(ctx.paragraphs.map((p) => p.text));
  ctx.paragraphs.forEach((paragraph, index) => {
    if (listing.has(index)) return;
    const text = paragraph.text;
    let previous: { unit: string; sentence: number } | undefined;
    let previousEnd = -1;
    let inConversion = false;
    const phrases = findNumberPhrases(text);
    for (const [i, p] of phrases.entries()) {
      const [sFrom, sTo] = sentenceAround(text, p.start, p.end);
      // "1.4bn euros (£960m; $1.85bn)": a bracket right after an amount restates it in other currencies. The first
      // one stands for an amount in a currency not read ("59.2 trillion rupiah ($6.58bn; £3.5bn)"); the others,
      // set off by a semicolon or comma, restate the same.
      const gap = i > 0 ? text.slice(phrases[i - 1]!.end, p.start) : '';
      const money = /^[$£€¥]|^(?:US|A|C|NZ|HK)\$/u.test(text.slice(p.start, p.end));
      const restated: boolean = inConversion && money && /^[^()]{0,12}[;,]\s*$/u.test(gap);
      inConversion = money && (restated || (i > 0 && /^[\s\p{L}.]{0,30}\($/u.test(gap)));
      if (restated) continue;
      if (notANumber(text, p, [sFrom, sTo])) continue;
      // "30 kilometers (18 miles)": the bracket restates the claim; it is kept as its note.
      if (previousEnd >= 0 && /^\s*\($/.test(text.slice(previousEnd, p.start))) continue;
      const found = unitOf(text, p, previous, sFrom);
      // A number with no unit is a claim only where the sentence names the quantity: "the death toll rose to 59".
      const thing = found ?? { unit: '', words: '', skip: 0, describes: null, dimension: null, rate: null };
      const afterUnit = p.end + thing.skip + thing.words.length;
      const end = thing.rate ? afterUnit + text.slice(afterUnit).indexOf(thing.rate) + thing.rate.length : afterUnit;
      const clause = clauseAround(text, sFrom, sTo, p.start, end);
      const label = labelClaim({ text, clause, phrase: p, end, thing });
      if (!found && label.rule !== 'quantity') continue;
      previous = { unit: thing.unit, sentence: sFrom };
      previousEnd = end;
      const words = text.slice(p.start, end);
      const measure = registryMeasure(measures, thing.unit, [label.label, words, ...label.own.slice(1)]);
      const conversion = /^\s*\(([^)]{1,40})\)/.exec(text.slice(end));
      const metric = p.value !== null ? metricEquivalent(p.value, thing.unit) : undefined;
      const inQuote = quotes.find((q) => q.paragraph === index && q.start < p.start && end <= q.end);
      const sentence = text.slice(sFrom, sTo);
      const segment: [number, number] = [
        Math.max(sFrom, phrases[i - 1]?.end ?? sFrom),
        Math.min(sTo, phrases[i + 1]?.start ?? sTo),
      ];
      const places = measure?.byPlace ? placesIn(text, sFrom, sTo) : [];
      const place = placeOfClaim(places, segment);
      claims.push({
        paragraph: index,
        start: p.start,
        end,
        words,
        sentence,
        value: p.value,
        low: p.low,
        high: p.high,
        against: p.against,
        ties: p.ties,
        qualifier: p.qualifier,
        unit: thing.unit,
        measure: slugOrHash(measure ? `${measure.id} ${thing.rate ?? ''}` : label.key || label.label),
        label: measure?.label ?? label.label,
        ownLabel: label.label,
        scope: label.scope,
        comparable: (measure !== undefined || label.comparable) && !recalls(index, sFrom),
        place,
        // The article's main place stands in only for a sentence that names no place at all.
        mainPlace: measure?.byPlace && places.length === 0 ? mainPlace : null,
        note: conversion ? conversion[1]! : metric ? `≈ ${metric.value} ${metric.unit}` : null,
        attribution: inQuote ? inQuote.attribution : attribute(ctx, index, p.start, end, null, true),
      });
    }
  });
  return claims;
}
