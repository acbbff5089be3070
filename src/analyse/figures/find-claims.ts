import type { ArticleClaim, ArticleQuote } from '../../model/analysis.ts';
import type { Measure } from '../../model/registries.ts';
import { slugOrHash } from '../../text/slug.ts';
import { sentenceAround } from '../../text/sentences.ts';
import { attribute, type AttributionContext } from '../attribution.ts';
import { countedThing } from './counted-thing.ts';
import { labelClaim } from './labels.ts';
import { notANumber } from './not-numbers.ts';
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

/** Where a place is named in a text: the first region-like mention. */
export function placeIn(text: string): string | null {
  for (const pattern of PLACE_PATTERNS) {
    for (const m of text.matchAll(pattern)) return m[1]!;
  }
  return null;
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

/** The unit of a number: from its words, an age after a name, or an earlier number's in the same sentence. */
function unitOf(
  text: string,
  p: NumberPhrase,
  previous: { unit: string; sentence: number } | undefined,
  sentence: number,
) {
  const thing = countedThing(text, p);
  if (thing) return thing;
  if (
    /^\d+$/.test(p.first) &&
    p.value !== null &&
    AGE_AFTER_NAME.test(text.slice(0, p.start)) &&
    /^\s*[,)]/.test(text.slice(p.end))
  )
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
  if (previous && previous.sentence === sentence && additive)
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
): ArticleClaim[] {
  const claims: ArticleClaim[] = [];
  const mainPlace = mainPlaceOf(ctx);
  ctx.paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    let previous: { unit: string; sentence: number } | undefined;
    let previousEnd = -1;
    for (const p of findNumberPhrases(text)) {
      const [sFrom, sTo] = sentenceAround(text, p.start, p.end);
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
        qualifier: p.qualifier,
        unit: thing.unit,
        measure: slugOrHash(measure ? `${measure.id} ${thing.rate ?? ''}` : label.key || label.label),
        label: measure?.label ?? label.label,
        ownLabel: label.label,
        scope: label.scope,
        comparable: measure !== undefined || label.comparable,
        place: measure?.byPlace ? placeIn(sentence) : null,
        mainPlace: measure?.byPlace ? mainPlace : null,
        note: conversion ? conversion[1]! : metric ? `≈ ${metric.value} ${metric.unit}` : null,
        attribution: inQuote ? inQuote.attribution : attribute(ctx, index, p.start, end, null, true),
      });
    }
  });
  return claims;
}
