import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measuredByVerb } from '../../../src/analyse/figures/measured-by-verb.ts';

/** The label measuredByVerb reads, its parts joined, or null. */
const read = (before: string, after: string, unit: string, unitName: string) => {
  const m = measuredByVerb(before, after, unit, unitName);
  return m && m.parts.filter(Boolean).join(' ');
};

describe('measuredByVerb', () => {
  it('reads the verb of a weight, with whose weight only where a determiner opens the subject', () => {
    assert.equal(read('The module weighs ', ' and it is dense.', 'lb', 'pounds'), 'weight of the module');
    assert.equal(read('They have plastic frames and weigh just ', '.', 'grams', 'grams'), 'weight');
    // Not a weight in another unit, nor money.
    assert.equal(read('The module weighs ', '.', 'km', 'kilometres'), null);
  });

  it('reads those a survey, a poll or a sample counts', () => {
    assert.equal(
      read('The Conference Board survey of ', ' pointed to optimism.', 'households', 'households'),
      'households surveyed',
    );
    assert.equal(read('The poll of ', ' was conducted by GlobeScan.', 'people', 'people'), 'people polled');
  });

  it('reads what a count is needed for', () => {
    assert.equal(
      read('The bill will require ', ' to pass in the Senate.', 'votes', 'votes'),
      'votes needed to pass in the Senate',
    );
    assert.equal(read('The bill will require ', ' in the Senate.', 'votes', 'votes'), null);
  });
});
