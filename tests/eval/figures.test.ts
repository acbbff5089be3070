import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GoldNumber } from '../../eval/gold.ts';
import { scoreFigures } from '../../eval/score/figures.ts';
import { labelIsBareUnit, labelSharesMeasure } from '../../eval/score/labels.ts';
import { matchScore } from '../../eval/score/numbers.ts';
import { article, claim, figure } from './fixtures.ts';

const n = (words: string, value: GoldNumber['value'], measure = 'something', extra: Partial<GoldNumber> = {}) =>
  ({ words, value, unit: 'x', measure, ...extra }) satisfies GoldNumber;

describe('figure scoring', () => {
  it('matches a claim by overlapping words, or by value with the gold words in its sentence', () => {
    assert.ok(matchScore(claim('a', 'four hours', 4), n('four hours into the flight', 4)) > 0);
    assert.ok(matchScore(claim('a', '59 people', 59, 'It killed 59 people on Sunday.'), n('killed 59 people', 59)) > 0);
    assert.ok(matchScore(claim('a', '97', 97), n('97-1', { for: 97, against: 1 })) > 0, 'a tally has numbers too');
    const inside = matchScore(claim('a', '11-hour', 11), n('four hours into the 11-hour flight', 4));
    assert.equal(inside, 0, 'inside, but not that number');
    assert.equal(matchScore(claim('a', '4', 4), n('14 years', 14)), 0, 'whole words only');
    const four = claim('a', 'four hours', 4);
    const equal = matchScore(four, n('four hours', 4));
    const longer = matchScore(four, n('four hours into the flight', 4));
    assert.ok(equal > longer, 'equal words first');
  });

  it('counts recall over running-text numbers, bogus claims, and two equal claims as two numbers', () => {
    const a = article('a', {
      numbers: [
        n('1 million pounds ($56,270)', 1e6, 'compensation to one judge'),
        n('1 million pounds each', 1e6, 'payment per defendant'),
        n('3 years', 3, 'prison sentence', { in_headline: true }),
        n('hundreds', null, 'people injured'),
      ],
      not_numbers: [{ words: 'Flight 175', why: 'identifier' }],
    });
    const s = scoreFigures(
      [
        figure('f1', 'pounds', [claim('a', '1 million pounds', 1e6), claim('a', '1 million pounds', 1e6)]),
        figure('f2', 'flight', [claim('a', 'Flight 175', 175)]),
        figure('f3', 'people killed', [claim('a', '12 people', 12)]),
        figure('f4', 'pounds', [claim('b', '5 pounds', 5)]),
      ],
      [a],
    );
    assert.equal(s.claims, 4, 'claims of articles not annotated are left out');
    assert.equal(s.matched, 2);
    assert.deepEqual(
      s.judgements.map((j) => j.bogus),
      [null, null, 'not a number: identifier', 'no such number'],
    );
    assert.deepEqual([s.found, s.goldNumbers], [2, 3], 'the headline number is not counted');
    assert.equal(s.bogusShare, 0.5);
  });

  it('tells a label that names a measure from a bare unit', () => {
    assert.ok(labelIsBareUnit('dollars', ['USD']));
    assert.ok(labelIsBareUnit('per cent', ['%']));
    assert.ok(labelIsBareUnit('years to', ['years']));
    assert.ok(labelIsBareUnit('hijackers', ['hijackers']), 'the claim unit is a unit');
    assert.ok(!labelIsBareUnit('people injured', ['people']));
    assert.ok(labelSharesMeasure('people injured', 'people injured in the shooting'));
    assert.ok(labelSharesMeasure('injuries', 'people injured'), 'crudely stemmed');
    assert.ok(!labelSharesMeasure('people affected', 'people killed'), 'the unit alone is no shared measure');
  });
});
