/**
 * Units of measure as news prose writes them, normalised. A count of things
 * ("28 villages") has the kind of thing as its unit; money has an ISO code.
 */
const UNIT_WORDS: [string, RegExp][] = [
  ['km²', /^(?:square[ -]kilomet(?:er|re)s?|sq\.? ?km|km²|km2)(?!\p{L})/iu],
  ['mi²', /^(?:square[ -]miles?|sq\.? ?mi)(?!\p{L})/iu],
  ['km/h', /^(?:kph|km\/h|kmh|kilomet(?:er|re)s (?:per|an) hour)(?!\p{L})/iu],
  ['mph', /^(?:mph|miles (?:per|an) hour)(?!\p{L})/iu],
  ['light-years', /^light[ -]years?(?!\p{L})/iu],
  ['km', /^(?:kilomet(?:er|re)s?|km)(?!\p{L})/iu],
  ['mi', /^miles?(?!\p{L})/iu],
  ['m', /^(?:met(?:er|re)s?)(?!\p{L})/iu],
  ['cm', /^(?:centimet(?:er|re)s?|cm)(?!\p{L})/iu],
  ['mm', /^(?:millimet(?:er|re)s?|mm)(?!\p{L})/iu],
  ['in', /^inch(?:es)?(?!\p{L})/iu],
  ['ft', /^(?:feet|foot|ft)(?!\p{L})/iu],
  ['yd', /^(?:yards?|yds?)(?!\p{L})/iu],
  ['kg', /^(?:kilo(?:gram(?:me)?)?s?|kg)(?!\p{L})/iu],
  ['t', /^(?:tonnes?|tons?)(?!\p{L})/iu],
  ['age', /^(?:-?years?-old|years? old)(?!\p{L})/iu],
  ['magnitude', /^magnitude(?!\p{L})/iu],
  ['%', /^(?:%|percent(?!\p{L})|per cent(?!\p{L}))/iu],
  ['percentage points', /^percentage points?(?!\p{L})/iu],
  [
    'people',
    /^(?:people|persons|residents|civilians|individuals|citizens|inhabitants|children|adults|men|women|refugees|evacuees)(?!\p{L})/u,
  ],
  [
    'soldiers',
    /^(?:servicemen|servicewomen|service members|soldiers|troops|fighters|personnel|prisoners of war)(?!\p{L})/iu,
  ],
  ['settlements', /^(?:villages|settlements|communities|localities|hamlets)(?!\p{L})/iu],
  ['seconds', /^seconds?(?!\p{L})/iu],
  ['minutes', /^minutes?(?!\p{L})/iu],
  ['hours', /^hours?(?!\p{L})/iu],
  ['days', /^days?(?!\p{L})/iu],
  ['weeks', /^weeks?(?!\p{L})/iu],
  ['months', /^months?(?!\p{L})/iu],
  ['years', /^years?(?!\p{L})/iu],
  ['decades', /^decades?(?!\p{L})/iu],
];

/** Money named by a word after the number, with the country's adjective where one is given ("Egyptian pounds"). */
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:Egyptian|Lebanese|Syrian|Sudanese) pounds?(?!\p{L})/u, 'pound'],
  [/^(?:(?:US|U\.S\.|American) )?dollars?(?!\p{L})/u, 'USD'],
  [
    /^(?:Australian|Canadian|Hong Kong|New Zealand|Singapore|Taiwan(?:ese)?|Zimbabwean?|Jamaican) dollars?(?!\p{L})/u,
    'dollar',
  ],
  [/^(?:pounds? sterling|pounds?)(?!\p{L})/u, 'GBP'],
  [/^euros?(?!\p{L})/u, 'EUR'],
  [/^yen(?!\p{L})/u, 'JPY'],
  [/^(?:yuan|renminbi)(?!\p{L})/u, 'CNY'],
  [/^rupees?(?!\p{L})/u, 'INR'],
  [/^(?:roubles?|rubles?)(?!\p{L})/u, 'RUB'],
  [/^hryvnias?(?!\p{L})/u, 'UAH'],
  [/^shekels?(?!\p{L})/u, 'ILS'],
  [/^(?:Mexican )?pesos?(?!\p{L})/u, 'MXN'],
];
/** ISO codes of the currencies named by a country's adjective. */
const NATIONAL_CURRENCY: Record<string, string> = {
  'Egyptian pound': 'EGP',
  'Lebanese pound': 'LBP',
  'Syrian pound': 'SYP',
  'Sudanese pound': 'SDG',
  'Australian dollar': 'AUD',
  'Canadian dollar': 'CAD',
  'Hong Kong dollar': 'HKD',
  'New Zealand dollar': 'NZD',
  'Singapore dollar': 'SGD',
  'Taiwan dollar': 'TWD',
  'Taiwanese dollar': 'TWD',
  'Zimbabwe dollar': 'ZWL',
  'Zimbabwean dollar': 'ZWL',
  'Jamaican dollar': 'JMD',
};

/** Currency signs written before the number ("$28bn", "£2m", "HK$5", "€60 million"). */
export const CURRENCY_SIGN = '(?:US|A|C|HK|NZ|S|R)?\\$|£|€|¥|₹';
const CURRENCY_SIGNS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  A$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  R$: 'BRL',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
};
export const currencyOfSign = (sign: string): string => CURRENCY_SIGNS[sign]!;

/** Whether a unit is money (an ISO 4217 code). */
export const isMoney = (unit: string) => /^[A-Z]{3}$/.test(unit);

/** Units of time, for durations. */
export const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades']);

/** Converted units compare in the first unit; the conversion is kept as a note beside the claim. */
export const TO_METRIC: Record<string, [string, number]> = {
  mi: ['km', 1.609344],
  'mi²': ['km²', 2.589988],
  mph: ['km/h', 1.609344],
  in: ['cm', 2.54],
  ft: ['m', 0.3048],
  yd: ['m', 0.9144],
  lb: ['kg', 0.45359237],
};

/** Time units that convert exactly, compared in the smallest of their family (a week is seven days). */
export const EXACT_TIME: Record<string, [string, number]> = {
  minutes: ['seconds', 60],
  hours: ['seconds', 3600],
  days: ['seconds', 86400],
  weeks: ['seconds', 604800],
  years: ['months', 12],
  decades: ['months', 120],
};

/** "weighs nearly 19,000 pounds", "a weight of 300 pounds": pounds of weight, not of money. */
const WEIGHT_BEFORE = /\b(?:weigh\w*|weight\w*|heavy|heavier|heaviest)\b[^.;:]{0,30}$/iu;

/** The unit at the start of `text`: a unit word, a currency word, or nothing. `before`: the words before its number. */
export function unitAt(text: string, before = ''): { unit: string; words: string } | undefined {
  for (const [pattern, code] of CURRENCY_WORDS) {
    const m = pattern.exec(text);
    if (!m) continue;
    if (code === 'GBP' && /^pound/.test(m[0]) && WEIGHT_BEFORE.test(before)) return { unit: 'lb', words: m[0] };
    const national = m[0].replace(/s$/, '');
    return { unit: code === 'pound' || code === 'dollar' ? NATIONAL_CURRENCY[national]! : code, words: m[0] };
  }
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

const SMALL = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty`.split(/\s+/);
const TENS: Record<string, number> = {
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
};

/** Parses "1,000", "7.4", "seven", "a dozen", "2.5 million", "28bn", "100m". */
export function parseNumber(words: string): number {
  const [head, scale] = words
    .toLowerCase()
    .replace(/(\d)(bn|mn|tn|m|k)$/, '$1 $2')
    .replace(/^an?\s+/, '')
    .split(/\s+/);
  const compound = /^([a-z]+)-([a-z]+)$/.exec(head!);
  // "forty-two": tens and units.
  if (compound && TENS[compound[1]!] && SMALL.indexOf(compound[2]!) > 0 && SMALL.indexOf(compound[2]!) < 10) {
    const base = TENS[compound[1]!]! + SMALL.indexOf(compound[2]!);
    return scale && SCALES[scale] ? base * SCALES[scale]! : base;
  }
  const base =
    head === 'dozen'
      ? 12
      : head === 'half-dozen'
        ? 6
        : SMALL.includes(head!)
          ? SMALL.indexOf(head!)
          : (TENS[head!] ?? Number(head!.replace(/,/g, '')));
  return scale && SCALES[scale] ? base * SCALES[scale]! : base;
}

/** Number words the parser reads ("one" … "twenty", "thirty" … "ninety", "forty-two", "a dozen"). */
export const NUMBER_WORDS = [
  `(?:${Object.keys(TENS).join('|')})-(?:${SMALL.slice(1, 10).join('|')})`,
  ...SMALL.slice(1),
  ...Object.keys(TENS),
  'an? half-dozen',
  'an? dozen',
].join('|');
