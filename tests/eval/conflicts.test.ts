import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GoldNumber } from '../../eval/gold.ts';
import { scoreConflicts } from '../../eval/score/conflicts.ts';
import type { ClaimRow } from '../../eval/open-data.ts';
import { article, claim, figure } from './fixtures.ts';

const toll = (words: string, value: number, other: string, otherWords: string, agrees: boolean): GoldNumber => ({
  words,
  value,
  unit: 'person',
  measure: 'death toll',
  same_measure_elsewhere: [{ file: `texts/${other}.txt`, words: otherWords, agrees }],
});

const flight: GoldNumber = { words: '11-hour', value: 11, unit: 'hour', measure: 'flight length' };
const a = article('a', { numbers: [toll('50 people', 50, 'b', '59 people', false), flight] });
const b = article('b', {
  numbers: [toll('59 people', 59, 'a', '50 people', false), toll('four hours', 4, 'c', 'four hours', true)],
});
const conflicting = (id: string, label: string, claims: ClaimRow[]) => figure(id, label, claims, 'conflicting');

describe('conflict scoring', () => {
  it('a conflict is real when the annotation lists the pair as the same measure disagreeing', () => {
    const toll = conflicting('toll', 'people killed', [claim('a', '50 people', 50), claim('b', '59 people', 59)]);
    const s = scoreConflicts([toll], [a, b]);
    assert.deepEqual([s.conflicting, s.judgeable, s.real, s.realShare], [1, 1, 1, 1]);
  });

  it('a conflict between two measures is false', () => {
    const hours = conflicting('hours', 'hours', [claim('a', '11-hour', 11), claim('b', 'four hours', 4)]);
    const s = scoreConflicts([hours], [a, b]);
    assert.equal(s.real, 0);
    assert.equal(s.figures[0]!.why, 'different measures put together');
  });

  it('leaves out figures that are not conflicting or have no pair across annotated articles', () => {
    const s = scoreConflicts(
      [
        figure('ok', 'people killed', [claim('a', '50 people', 50), claim('b', '59 people', 59)], 'consistent'),
        conflicting('one', 'people killed', [claim('a', '50 people', 50), claim('z', '60 people', 60)]),
      ],
      [a, b],
    );
    assert.deepEqual([s.conflicting, s.judgeable, s.realShare], [1, 0, null]);
  });
});
