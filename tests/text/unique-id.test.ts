import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uniqueId } from '../../src/text/unique-id.ts';

describe('uniqueId', () => {
  it('an id is its base, then the base with the first free number', () => {
    const taken = new Set<string>();
    assert.deepEqual(
      ['people-killed', 'people-killed', 'people-killed', 'other'].map((b) => uniqueId(b, taken)),
      ['people-killed', 'people-killed-2', 'people-killed-3', 'other'],
    );
  });

  it('a numbered id another base already took is passed over, however the ids came', () => {
    const taken = new Set<string>();
    const ids = ['x', 'x-3', 'x', 'x', 'x-4', 'x', 'x-2'].map((b) => uniqueId(b, taken));
    assert.deepEqual(ids, ['x', 'x-3', 'x-2', 'x-4', 'x-4-2', 'x-5', 'x-2-2']);
  });

  it('the numbering of one set of ids does not carry over to another', () => {
    const first = new Set<string>();
    uniqueId('a', first);
    uniqueId('a', first);
    assert.equal(uniqueId('a', new Set(['a'])), 'a-2');
  });
});
