import type { Measure } from '../model/registries.ts';
import { attribute, type AttributionContext } from './attribution.ts';
import { sentenceAround } from '../text/sentences.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../text/calendar.ts';
import { escapeRegExp } from '../text/regex.ts';
import { slugify } from '../text/slug.ts';
import { CURRENCY_SYMBOLS, NUMBER_WORDS, metricEquivalent, parseNumber, unitAt } from './units.ts';

import type { ArticleClaim, ArticleQuote } from '../model/analysis.ts';

const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|${NUMBER_WORDS}`;
const SCALE = '(?:\\s+(?:thousand|million|billion|trillion)|(?:bn|m|k)(?![\\p{L}]))?';
const QUALIFIER =
  'up to|about|around|approximately|roughly|nearly|almost|an estimated|estimated|some|over|more than|at least|less than|fewer than|under|as many as|at most|close to|an additional|additional';
/** Units written against the number ("a 2km radius", "the 500kg device"). */
const ATTACHED = 'km²|km|kg|cm|mm';
const NUMBER_PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/-])(?:(${QUALIFIER})\\s+)?(?:between\\s+)?([$£€])?((?:${NUM})${SCALE})(?:\\s*(?:to|-|–|and)\\s*[$£€]?((?:${NUM})${SCALE}))?(${ATTACHED})?(?![\\p{N}]|[.,]\\d|\\p{L})`,
  'giu',
);
const MONTHS = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|');
const DATE_BEFORE = new RegExp(`(?:${MONTHS})\\.?\\s+(?:\\d{1,2},\\s+)?$`, 'u');
const DATE_AFTER = new RegExp(`^\\s+(?:${MONTHS})\\b`, 'u');
const WORD = /^\s+[“"‘]?[\p{L}-]+[”"’]?/u;
/** A plural noun, after up to two modifiers ("1,500 council flats", "two earlier offers"): the noun is the unit. */
const COUNT_NOUN = /^(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,}s)\b/u;
/** Words that never modify a counted noun: "1,900 last year" counts no years, "3 of the buses" no "the". */
const NOT_MODIFIERS = new Set(
  'a an the of in on at by to for from with and or but than as last next this that these those per each every more less most were was are is have has had been be will would who which its their his her our your my not also still only just ago'.split(
    ' ',
  ),
);
/** "10:30", "9 p.m.": clock times are not figures. */
const CLOCK_AFTER = /^(?::\d{2}\b|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b))/iu;
/** "a magnitude 6.4 earthquake": the unit stands before the number. */
const MAGNITUDE_BEFORE = /\bmagnitude\s+$/iu;
const isYear = (n: string) => /^\d{4}$/.test(n) && Number(n) >= 1800 && Number(n) <= 2100;
const PLACE_PATTERNS = [
  /^(\p{Lu}\p{Ll}+), an? [\p{L}\s-]{0,40}?\b(?:region|oblast|province|district|county)\b/gu,
  /(\p{Lu}\p{Ll}+)(?:['’]s)?\s+(?:region|oblast|province|district|county)\b/gu,
  /\b(?:residents|people|citizens|inhabitants|town|city|village|region) of (\p{Lu}\p{Ll}+)/gu,
  /\b(?:In|in) (\p{Lu}\p{Ll}+)(?=[,.])/gu,
];

const cueRegex = new WeakMap<Measure, RegExp[]>();
const cuesOf = (m: Measure) => {
  let r = cueRegex.get(m);
  if (!r) {
    // A prefix cue ("destroy*") matches the whole word, so distances are measured from its end.
    const toRe = (c: string) =>
      new RegExp(
        `\\b${escapeRegExp(c.replace(/\*$/, '')).replace(/ /g, '\\s+')}${c.endsWith('*') ? '\\p{L}*' : '\\b'}`,
        'giu',
      );
    r = m.cues.map(toRe);
    cueRegex.set(m, r);
  }
  return r;
};

/**
 * The unit right after a number: "-kilometer-wide", " villages", or after up
 * to two adjectives (" additional residents", " “aircraft-type” drones"); else
 * a plain plural noun (" residences") counts as the thing counted.
 */
function unitAfter(rest: string): { unit: string; words: string; skip: number } | undefined {
  if (rest.startsWith('-')) {
    const u = unitAt(rest.slice(1));
    if (u) return { ...u, skip: 1 };
  }
  let skip = 0;
  for (let adjectives = 0; adjectives <= 2; adjectives++) {
    const space = /^\s+/.exec(rest.slice(skip))?.[0].length ?? 0;
    const u = unitAt(rest.slice(skip + space));
    if (u && (space > 0 || u.unit === '%')) return { ...u, skip: skip + space };
    const word = WORD.exec(rest.slice(skip));
    if (!word || NOT_MODIFIERS.has(word[0].trim().toLowerCase())) break;
    skip += word[0].length;
  }
  const plain = /^\s+/.exec(rest)?.[0].length ?? 0;
  const noun = COUNT_NOUN.exec(rest.slice(plain));
  const modifiers = noun?.[0].split(/\s+/).slice(0, -1) ?? [];
  if (!noun || plain === 0 || modifiers.some((w) => NOT_MODIFIERS.has(w))) return undefined;
  return { unit: noun[1]!, words: noun[0], skip: plain };
}

/** Where a place is named in a text: the first region-like mention. */
export function placeIn(text: string): string | null {
  for (const pattern of PLACE_PATTERNS) {
    for (const m of text.matchAll(pattern)) return m[1]!;
  }
  return null;
}

/**
 * Every numeric claim in the running text: value or range, qualifier, unit,
 * what it measures (from the measures registry, else the counted thing and
 * its verb), the place where counts are place-bound, and the claimant.
 * Years, dates, ordinals and model designations (Su-34, T-72) are not claims.
 */
export function findClaims(
  ctx: AttributionContext,
  quotes: readonly ArticleQuote[],
  measures: readonly Measure[],
): ArticleClaim[] {
  const { paragraphs } = ctx;
  const claims: ArticleClaim[] = [];
  const placeCounts = new Map<string, number>();
  for (const p of paragraphs)
    for (const pattern of PLACE_PATTERNS.slice(1, 3))
      for (const m of p.text.matchAll(pattern)) placeCounts.set(m[1]!, (placeCounts.get(m[1]!) ?? 0) + 1);
  const mainPlace = [...placeCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;

  paragraphs.forEach((p, index) => {
    const text = p.text;
    let previousUnit: { unit: string; sentence: number } | undefined;
    let previousEnd = -1;
    for (const m of text.matchAll(NUMBER_PHRASE)) {
      const [phrase, qualifier, currency, first, second, attached] = m;
      let start = m.index;
      let end = start + phrase.length;
      const before = text.slice(Math.max(0, start - 20), start);
      const rest = text.slice(end);
      if (
        DATE_BEFORE.test(before) ||
        DATE_AFTER.test(rest) ||
        /^(?:st|nd|rd|th)\b/.test(rest) ||
        CLOCK_AFTER.test(rest)
      )
        continue;
      // "in 2019", "between 2017 and 2022": years are dates, not figures.
      if (!currency && isYear(first!) && (!second || isYear(second))) continue;
      // "30 kilometers (18 miles)": the bracket restates the claim; it is kept as its note.
      if (previousEnd >= 0 && /^\s*\($/.test(text.slice(previousEnd, start))) continue;
      const [sFrom, sTo] = sentenceAround(text, start, end);
      // "40-kilometer-wide", "28 villages", "59,000 additional residents", "117 “aircraft-type” drones".
      // "100m" with no currency sign is a distance, not a hundred million.
      const metres = !currency && /\dm$/.test(first!);
      const magnitude = !qualifier && MAGNITUDE_BEFORE.exec(before);
      if (magnitude) start -= magnitude[0].length;
      const stated = currency ?? attached;
      const unit = stated
        ? { unit: CURRENCY_SYMBOLS[stated] ?? unitAt(stated)!.unit, words: '', skip: 0 }
        : metres
          ? { unit: 'm', words: '', skip: 0 }
          : magnitude
            ? { unit: 'magnitude', words: '', skip: 0 }
            : unitAfter(rest);
      if (unit) end += unit.skip + unit.words.length;
      // "the 23-year-old": an age describes a person; it is not a figure the outlets report.
      if (unit?.unit === 'age') continue;
      // "an additional 59,000 to follow": the unit of an earlier number in the same sentence.
      const unitName =
        unit?.unit ??
        (previousUnit && previousUnit.sentence === sFrom && /^\d/.test(first!) ? previousUnit.unit : undefined);
      if (!unitName) continue;
      previousUnit = { unit: unitName, sentence: sFrom };
      previousEnd = end;
      const low = parseNumber(metres ? first!.slice(0, -1) : first!);
      const high = second ? parseNumber(second) : null;
      const sentence = text.slice(sFrom, sTo);
      const conversion = /^\s*\(([^)]{1,40})\)/.exec(text.slice(end));
      const metric = high === null ? metricEquivalent(low, unitName) : undefined;
      const measure = chooseMeasure(measures, unitName, text, sFrom, sTo, start, end);
      const inQuote = quotes.find((q) => q.paragraph === index && q.start < start && end <= q.end);
      claims.push({
        paragraph: index,
        start,
        end,
        words: text.slice(start, end),
        sentence,
        value: high === null ? low : null,
        low: high === null ? null : low,
        high,
        qualifier: qualifier ? qualifier.toLowerCase() : null,
        unit: unitName,
        measure: measure?.id ?? fallbackMeasure(unitName, text, sFrom, sTo, start, end).id,
        label: measure?.label ?? fallbackMeasure(unitName, text, sFrom, sTo, start, end).label,
        place: measure?.byPlace ? placeIn(sentence) : null,
        mainPlace: measure?.byPlace ? mainPlace : null,
        note: conversion ? conversion[1]! : metric ? `≈ ${metric.value} ${metric.unit}` : null,
        attribution: inQuote ? inQuote.attribution : attribute(ctx, index, start, end, null, true),
      });
    }
  });
  return claims;
}

/** Cues and required words count only this close to the number (characters). */
const REQUIRED_WITHIN = 30;

/** Where a sentence's clauses meet: "… was closed, and more than 20 schools were turned into shelters". */
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s+|;\s+|\s[—–]\s/gu;

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

/** The measure whose cue stands closest to the number in its clause; ties go to the measure listed first. */
function chooseMeasure(
  measures: readonly Measure[],
  unit: string,
  text: string,
  sentenceFrom: number,
  sentenceTo: number,
  start: number,
  end: number,
): Measure | undefined {
  const [from, to] = clauseAround(text, sentenceFrom, sentenceTo, start, end);
  const clause = text.slice(from, to);
  const near = text.slice(Math.max(from, start - REQUIRED_WITHIN), Math.min(to, end + REQUIRED_WITHIN));
  let best: { measure: Measure; score: number } | undefined;
  for (const measure of measures) {
    if (!measure.units.includes(unit)) continue;
    if (measure.requires.some((w) => !new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(near))) continue;
    for (const cue of cuesOf(measure)) {
      for (const c of clause.matchAll(cue)) {
        const at = from + c.index;
        const score = at + c[0].length <= start ? start - (at + c[0].length) : at >= end ? at - end : 0;
        if (!best || score < best.score) best = { measure, score };
      }
    }
  }
  return best?.measure;
}

/** How a fallback label names a unit ("m" reads as "metres"). */
const UNIT_NAMES: Record<string, string> = {
  m: 'metres',
  cm: 'centimetres',
  mm: 'millimetres',
  kg: 'kilograms',
  km: 'kilometres',
  mi: 'miles',
  'km²': 'square kilometres',
  'mi²': 'square miles',
  '%': 'per cent',
  EUR: 'euros',
  USD: 'dollars',
  GBP: 'pounds',
};

/** No registry measure fits: the counted thing and the nearest past participle ("residences damaged"). */
function fallbackMeasure(
  unit: string,
  text: string,
  from: number,
  to: number,
  start: number,
  end: number,
): { id: string; label: string } {
  const thing = UNIT_NAMES[unit] ?? unit;
  const rest = text.slice(end, to).replace(/^\s+in\s+\p{Lu}[^,]*,[^,]*,/u, '');
  const after =
    /^\s+(?:were|was|have been|has been|had been|are|is)\s+(\p{Ll}+)\b/u.exec(rest) ?? /^\s+(\p{Ll}+ed)\b/u.exec(rest);
  const before = /\b(\p{Ll}+ed)\s+(?:\p{Ll}+\s+){0,2}$/u.exec(text.slice(from, start));
  const verb = after?.[1] ?? before?.[1];
  const label = verb ? `${thing} ${verb}` : thing;
  return {
    id: slugify(label),
    label,
  };
}
