import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EXACT_TIME,
  TIME_UNITS,
  currencyOfSign,
  isMoney,
  metricEquivalent,
  parseNumber,
  unitAt,
} from '../../../src/analyse/figures/units.ts';

/** The unit at the start of `text`, or undefined. */
const unit = (text: string) => unitAt(text)?.unit;

describe('unitAt', () => {
  it('reads lengths, areas and weights in words and abbreviations', () => {
    assert.equal(unit('kilometres of road'), 'km');
    assert.equal(unit('kilometers east'), 'km');
    assert.equal(unit('km away'), 'km');
    assert.equal(unit('miles north'), 'mi');
    assert.equal(unit('metres deep'), 'm');
    assert.equal(unit('feet high'), 'ft');
    assert.equal(unit('square miles of forest'), 'mi²');
    assert.equal(unit('sq km of farmland'), 'km²');
    assert.equal(unit('tonnes of grain'), 't');
    assert.equal(unit('kilograms of cocaine'), 'kg');
    assert.equal(unit('kilo of gold'), 'kg');
  });

  it('reads the plural "kilos" as kilograms', () => {
    assert.equal(unit('kilos of cocaine'), 'kg');
  });

  it('reads "kph" and "miles per hour" as speeds, not as times', () => {
    assert.equal(unit('kph on the straight'), 'km/h');
    assert.equal(unit('kilometres per hour'), 'km/h');
    assert.equal(unit('miles an hour'), 'mph');
    assert.equal(unit('mph winds'), 'mph');
  });

  it('reads per cent and percentage points apart', () => {
    assert.equal(unit('% of voters'), '%');
    assert.equal(unit('per cent of voters'), '%');
    assert.equal(unit('percent'), '%');
    assert.equal(unit('percentage points'), 'percentage points');
  });

  it('reads ages and units of time', () => {
    assert.equal(unit('-year-old cousin'), 'age');
    assert.equal(unit('years old'), 'age');
    assert.equal(unit('years in prison'), 'years');
    assert.equal(unit('seconds later'), 'seconds');
    assert.equal(unit('decades ago'), 'decades');
  });

  it('groups people, soldiers and settlements', () => {
    assert.equal(unit('civilians'), 'people');
    assert.equal(unit('refugees'), 'people');
    assert.equal(unit('troops'), 'soldiers');
    assert.equal(unit('prisoners of war'), 'soldiers');
    assert.equal(unit('villages'), 'settlements');
  });

  it('reads currency words, with the country where one is named', () => {
    assert.equal(unit('euros a month'), 'EUR');
    assert.equal(unit('dollars'), 'USD');
    assert.equal(unit('US dollars'), 'USD');
    assert.equal(unit('Hong Kong dollars'), 'HKD');
    assert.equal(unit('Egyptian pounds'), 'EGP');
    assert.equal(unit('pounds sterling'), 'GBP');
    assert.equal(unit('rupees'), 'INR');
    assert.equal(unit('roubles'), 'RUB');
  });

  it('does not read "European" as euros, nor other words that start like a unit', () => {
    assert.equal(unit('European leaders'), undefined);
    assert.equal(unit('minutemen'), undefined);
    assert.equal(unit('inches'), 'in');
    assert.equal(unit('inside'), undefined);
    assert.equal(unit('mile-long queue'), 'mi');
  });

  it('returns the words it read', () => {
    assert.deepEqual(unitAt('Egyptian pounds a month'), { unit: 'EGP', words: 'Egyptian pounds' });
    // Pounds after a word of weight weigh; elsewhere they are money.
    assert.deepEqual(unitAt('pounds.', 'The module weighs nearly '), { unit: 'lb', words: 'pounds' });
    assert.deepEqual(unitAt('pounds.', 'The firm lifted its profit by '), { unit: 'GBP', words: 'pounds' });
    assert.deepEqual(unitAt('light-years away'), { unit: 'light-years', words: 'light-years' });
  });
});

describe('parseNumber', () => {
  it('reads digits, separators and decimals', () => {
    assert.equal(parseNumber('1,000'), 1000);
    assert.equal(parseNumber('2,735'), 2735);
    assert.equal(parseNumber('7.4'), 7.4);
  });

  it('reads number words and dozens', () => {
    assert.equal(parseNumber('seven'), 7);
    assert.equal(parseNumber('Fifteen'), 15);
    assert.equal(parseNumber('forty'), 40);
    assert.equal(parseNumber('a dozen'), 12);
    assert.equal(parseNumber('a half-dozen'), 6);
  });

  it('reads scales in words and abbreviations', () => {
    assert.equal(parseNumber('2.5 million'), 2_500_000);
    assert.equal(parseNumber('three thousand'), 3000);
    assert.equal(parseNumber('28bn'), 28e9);
    assert.equal(parseNumber('100m'), 1e8);
    assert.equal(parseNumber('5k'), 5000);
  });
});

describe('money and conversions', () => {
  it('names currencies by ISO code', () => {
    assert.equal(currencyOfSign('$'), 'USD');
    assert.equal(currencyOfSign('£'), 'GBP');
    assert.equal(currencyOfSign('C$'), 'CAD');
    assert.equal(currencyOfSign('R$'), 'BRL');
    assert.equal(isMoney('EUR'), true);
    assert.equal(isMoney('km'), false);
    assert.equal(isMoney('people'), false);
  });

  it('converts imperial units to metric, rounded to one decimal', () => {
    assert.deepEqual(metricEquivalent(10, 'mi'), { value: 16.1, unit: 'km' });
    assert.deepEqual(metricEquivalent(70, 'mph'), { value: 112.7, unit: 'km/h' });
    assert.deepEqual(metricEquivalent(30000, 'ft'), { value: 9144, unit: 'm' });
    assert.equal(metricEquivalent(5, 'km'), undefined);
  });

  it('knows a week is seven days and a decade ten years', () => {
    assert.equal(EXACT_TIME.weeks![1], 7 * EXACT_TIME.days![1]);
    assert.equal(EXACT_TIME.decades![1], 10 * EXACT_TIME.years![1]);
    assert.equal(TIME_UNITS.has('weeks'), true);
    assert.equal(TIME_UNITS.has('km/h'), false);
  });
});
