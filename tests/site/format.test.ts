import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatValue } from '../../src/site/format.ts';

const value = (v: Partial<Parameters<typeof formatValue>[0]>) =>
  formatValue({ value: null, low: null, high: null, against: null, ties: null, qualifier: null, unit: '', ...v });

describe('formatValue', () => {
  it('writes numbers, ranges and qualifiers with the unit', () => {
    assert.equal(value({ value: 1000, qualifier: 'about', unit: 'people' }), 'about 1,000 people');
    assert.equal(value({ low: 1, high: 2, unit: 'km' }), '1–2 km');
    assert.equal(value({ value: 59 }), '59');
  });

  it('writes a tally, a clock time, a fraction and a quantity in words as a reader would', () => {
    assert.equal(value({ value: 97, against: 1, unit: 'votes' }), '97–1 votes');
    assert.equal(value({ value: 50, against: 32, ties: 1, unit: 'record' }), '50–32–1 record');
    assert.equal(value({ value: 930, unit: 'time of day' }), '15:30');
    assert.equal(value({ value: 0.6667, unit: 'fraction' }), '2/3');
    assert.equal(value({ low: 100, qualifier: 'hundreds', unit: 'people' }), 'hundreds of people');
    assert.equal(value({ value: 32, unit: 'ordinal' }), '32nd');
    assert.equal(value({ value: 11, unit: 'ordinal' }), '11th');
    assert.equal(value({ value: 6, unit: 'ordinal' }), '6th');
  });
});
