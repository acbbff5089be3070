import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from '../../../src/analyse/dates.ts';
import { findClaims } from '../../../src/analyse/figures/find-claims.ts';
import { quotedSpans } from '../../../src/analyse/quotation-marks.ts';
import type { Paragraph } from '../../../src/model/analysis.ts';
import type { Measure } from '../../../src/model/registries.ts';

/** What findClaims knows of an article that names no one: its paragraphs and their quotations. */
const contextOf = (paragraphs: Paragraph[]) => ({
  paragraphs,
  mentions: [],
  roles: new Map(),
  genders: new Map(),
  quotations: quotedSpans(paragraphs),
});

const measures: Measure[] = [
  {
    id: 'advance-depth',
    label: 'depth of the advance',
    units: ['km', 'mi'],
    cues: ['into', 'advanc*'],
    requires: [],
    byPlace: false,
  },
  {
    id: 'people-killed',
    label: 'people killed',
    units: ['people'],
    cues: ['kill*', 'died'],
    requires: [],
    byPlace: false,
  },
];
/** "words = value unit [measure]" for each claim in one paragraph. */
const claims = (text: string) =>
  findClaims(contextOf([{ text, line: 1 }]), [], measures).map(
    (c) =>
      `${c.words} = ${c.value ?? `${c.low}-${c.high}`} ${c.unit}${measures.some((m) => m.id === c.measure) ? ` [${c.measure}]` : ''}`,
  );

describe('findClaims', () => {
  it('reads units written against the number and units named before it', () => {
    assert.deepEqual(claims('Homes within a 2km radius were cleared before the 500kg device was defused.'), [
      '2km = 2 km',
      '500kg = 500 kg',
    ]);
    assert.deepEqual(
      claims('A magnitude 6.4 earthquake was followed by more than 40 aftershocks, the strongest of magnitude 5.1.'),
      ['magnitude 6.4 = 6.4 magnitude', 'more than 40 aftershocks = 40 aftershocks', 'magnitude 5.1 = 5.1 magnitude'],
    );
  });

  it('counts a plural noun after its modifiers, the noun being the unit', () => {
    assert.deepEqual(claims('She promised 1,500 council flats, and 450 mobile teams will visit villages.'), [
      '1,500 council flats = 1500 flats',
      '450 mobile teams = 450 teams',
    ]);
    // No noun after the number: the quantity is the one the sentence names ("cases rose to").
    assert.deepEqual(claims('Cases rose to more than 1,900 last year.'), ['more than 1,900 = 1900 ']);
  });

  it('reads clock times as times of day, and takes no year or year range for a figure', () => {
    assert.deepEqual(claims('About 2,000 ballots were cast after 9 p.m., and the count ended at 10:30 on Tuesday.'), [
      'About 2,000 ballots = 2000 ballots',
      '9 p.m. = 1260 time of day',
      '10:30 = 630 time of day',
    ]);
    assert.deepEqual(claims('The 23-year-old signed a five-year contract.'), [
      '23-year-old = 23 age',
      'five-year = 5 years',
    ]);
    assert.deepEqual(claims('He stole from the charity on 200 occasions between 2017 and 2022.'), [
      '200 occasions = 200 occasions',
    ]);
  });

  it('takes an amount in brackets restating the one before in other currencies once', () => {
    // The first stands for an amount in a currency not read; the one after the semicolon restates it again.
    assert.deepEqual(claims('It spent 59.2 trillion rupiah ($6.58bn; £3.5bn) on fuel subsidies.'), [
      '$6.58bn = 6580000000 USD',
    ]);
    assert.deepEqual(claims('Net profit came in at 1.4bn euros (£960m; $1.85bn).'), ['1.4bn euros = 1400000000 EUR']);
  });

  it('counts families as families, not people', () => {
    assert.deepEqual(claims('Fourteen families and 30 residents were evacuated.'), [
      'Fourteen families = 14 families',
      '30 residents = 30 people',
    ]);
  });

  it("takes a measure cue only from the number's own clause", () => {
    assert.deepEqual(claims('Troops advanced 12 kilometres, and a 15-kilometre stretch of road was closed.'), [
      '12 kilometres = 12 km [advance-depth]',
      '15-kilometre = 15 km',
    ]);
    assert.deepEqual(claims('A 15-kilometre stretch of road was closed, and schools were turned into shelters.'), [
      '15-kilometre = 15 km',
    ]);
  });
});

describe('the place a count is bound to', () => {
  const byPlace: Measure[] = [{ ...measures[1]!, byPlace: true }];
  const places = (text: string) =>
    findClaims(contextOf([{ text, line: 1 }]), [], byPlace).map(
      (c) => `${c.words}: ${c.place ?? (c.mainPlace ? `main place ${c.mainPlace}` : 'none')}`,
    );

  it("is the sentence's one place, or the one place between the numbers on either side, never a guess", () => {
    assert.deepEqual(places('At least 12 people were killed in the Kharkiv region on Tuesday.'), [
      'At least 12 people: Kharkiv',
    ]);
    // The second count's stretch of the sentence holds both places: it is left without one.
    assert.deepEqual(places('At least 12 people were killed in the Kharkiv region and 7 people were killed in Lodz.'), [
      'At least 12 people: Kharkiv',
      '7 people: none',
    ]);
  });

  it("falls back to the article's main place only for a sentence that names no place", () => {
    assert.deepEqual(
      places(
        'The Kharkiv region was shelled again. Officials said 30 people were killed. In the Kharkiv region 12 people were killed and 7 people were killed in Lodz.',
      ),
      ['30 people: main place Kharkiv', '12 people: Kharkiv', '7 people: Lodz'],
    );
  });
});

describe('counts of an earlier event the article recalls', () => {
  it('are never compared: the paragraph dated to that event, until a sentence dated to the news', () => {
    const text =
      'In November 2009, a gunman opened fire at a base, killing 13 people. Twelve people were hurt. On Monday, 58 people were killed.';
    const paragraphs = [{ text, line: 1 }];
    const ctx = contextOf(paragraphs);
    const found = findClaims(ctx, [], measures, findDates(paragraphs, '2017-10-02'));
    assert.deepEqual(
      found.map((c) => `${c.words}: ${c.comparable ? 'compared' : 'alone'}`),
      ['13 people: alone', 'Twelve people: alone', '58 people: compared'],
    );
  });
});

describe('findClaims: years that are the fact, ages, yards', () => {
  it('takes a term of office and the year of a law as claims, and other spans of years as dates', () => {
    assert.deepEqual(claims('Mr. Fox, who was president of Mexico from 2000 to 2006, was clear.'), [
      '2000 to 2006 = 2000-2006 term',
    ]);
    assert.deepEqual(claims('He returns to the Oakland job he occupied between 1998 and 2001.'), [
      'between 1998 and 2001 = 1998-2001 term',
    ]);
    assert.deepEqual(claims('The bill amends a 1976 law.'), ['1976 = 1976 year']);
    assert.deepEqual(claims('Prices rose between 2017 and 2022.'), []);
    assert.deepEqual(claims('The president said sales grew from 2015 to 2017.'), []);
  });

  it('reads ages after "at age" and "turned", and yards', () => {
    assert.deepEqual(claims('He got the job at age 60.'), ['60 = 60 age']);
    assert.deepEqual(claims('Palmer turned 38 in December.'), ['38 = 38 age']);
    assert.deepEqual(claims("Phil Dawson's 42-yard field goal went in."), ['42-yard = 42 yd']);
    assert.deepEqual(claims('Biden, at 69, is the older man.'), ['69 = 69 age']);
  });

  it('reads a place in a ranking, and not a grade or a class', () => {
    assert.deepEqual(claims('Iowa ranks second in the country in total farm sales.'), ['second = 2 rank']);
    assert.deepEqual(claims('The glasses use a low-powered class one laser.'), []);
    assert.deepEqual(claims('She has stage 4 cancer.'), []);
  });
});

describe('findClaims in an events listing', () => {
  const read = (paragraphs: string[]) =>
    findClaims(contextOf(paragraphs.map((text, i) => ({ text, line: i + 1 }))), [], measures).map((c) => c.words);

  it('reads no figures from a run of entries that open with a day or date and a dash', () => {
    const listing = [
      '● Friday — A public sky viewing at the observatory. 7:30 p.m.',
      '● Jan. 8 — A talk at the planetarium, 1426 N. Quincy St. 7:30 p.m. $3.',
      '● Jan. 9 — A free public lecture on cosmic images. 7 p.m.',
    ];
    assert.deepEqual(read(['At least 20 people attended the first session.', ...listing]), ['At least 20 people']);
  });

  it('still reads a paragraph that merely opens with a date', () => {
    assert.deepEqual(read(['Friday — Officials said 12 people were injured.', 'The storm moved east.']), ['12 people']);
  });
});
