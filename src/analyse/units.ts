/**
 * Units of measure as news prose writes them, normalised. A count of things
 * ("28 villages") has the kind of thing as its unit.
 */
const UNIT_WORDS: [string, RegExp][] = [
  ['km²', /^(?:square[ -]kilomet(?:er|re)s?|sq\.? ?km|km²|km2)/i],
  ['mi²', /^(?:square[ -]miles?|sq\.? ?mi)/i],
  ['km', /^(?:kilomet(?:er|re)s?|km)\b/i],
  ['mi', /^miles?\b/i],
  ['m', /^(?:met(?:er|re)s?)\b/i],
  ['cm', /^(?:centimet(?:er|re)s?|cm)\b/i],
  ['mm', /^(?:millimet(?:er|re)s?|mm)\b/i],
  ['kg', /^(?:kilo(?:gram(?:me)?s?)|kg)\b/i],
  ['age', /^(?:-?year-old|years? old)\b/i],
  ['magnitude', /^magnitude\b/i],
  ['EUR', /^(?:euros?|€)/i],
  ['USD', /^(?:(?:US )?dollars?)\b/i],
  ['GBP', /^(?:pounds? sterling|pounds?)\b/i],
  ['%', /^(?:%|percent\b|per cent\b)/i],
  [
    'people',
    /^(?:people|persons|residents|civilians|individuals|citizens|inhabitants|children|adults|men|women|Russians|Ukrainians|refugees|evacuees)\b/,
  ],
  ['soldiers', /^(?:servicemen|servicewomen|service members|soldiers|troops|fighters|personnel|prisoners of war)\b/i],
  ['settlements', /^(?:villages|settlements|communities|towns|localities|hamlets)\b/i],
  ['drones', /^drones\b/i],
  ['missiles', /^(?:missiles|rockets)\b/i],
  ['days', /^days?\b/i],
  ['weeks', /^weeks?\b/i],
  ['months', /^months?\b/i],
  ['years', /^years?\b/i],
  ['hours', /^hours?\b/i],
];

/** Areas and lengths convert; the conversion is kept as a note beside the claim. */
export const TO_METRIC: Record<string, [string, number]> = { mi: ['km', 1.609344], 'mi²': ['km²', 2.589988] };

export function unitAt(text: string): { unit: string; words: string } | undefined {
  for (const [unit, pattern] of UNIT_WORDS) {
    const m = pattern.exec(text);
    if (m) return { unit, words: m[0] };
  }
  return undefined;
}

export function metricEquivalent(value: number, unit: string): { value: number; unit: string } | undefined {
  const conversion = TO_METRIC[unit];
  return conversion ? { value: Math.round(value * conversion[1] * 10) / 10, unit: conversion[0] } : undefined;
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
};

/** Parses "1,000", "7.4", "seven", "2.5 million", "28bn", "100m". */
export function parseNumber(words: string): number {
  const [head, scale] = words
    .toLowerCase()
    .replace(/(\d)(bn|m|k)$/, '$1 $2')
    .split(/\s+/);
  const base = SMALL.includes(head!) ? SMALL.indexOf(head!) : Number(head!.replace(/,/g, ''));
  return scale && SCALES[scale] ? base * SCALES[scale]! : base;
}

/** Currency written before the number ("$28bn", "£2m", "€60 million"). */
export const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR' };

export const NUMBER_WORDS = SMALL.slice(1).join('|');
