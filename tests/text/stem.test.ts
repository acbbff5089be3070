import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stem } from '../../src/text/stem.ts';

describe('stem', () => {
  it('meets the forms of one word', () => {
    const same = (...words: string[]) => assert.deepEqual(new Set(words.map(stem)).size, 1, words.join());
    same('retire', 'retires', 'retired', 'retiring', 'retirement');
    same('vote', 'votes', 'voted', 'voting');
    same('plan', 'plans', 'planned', 'planning');
    same('policy', 'policies');
    same('launch', 'launches', 'launched', 'launching');
    same('government', 'governments');
    same('agree', 'agrees', 'agreed');
  });

  it('leaves short words and words that only look inflected alone', () => {
    for (const w of ['bus', 'ring', 'thing', 'bring', 'crisis', 'boss', 'status', 'staff']) assert.equal(stem(w), w);
  });

  it('keeps different words apart', () => {
    assert.notEqual(stem('missile'), stem('mission'));
    assert.notEqual(stem('ferry'), stem('fire'));
    assert.notEqual(stem('shooting'), stem('shutdown'));
  });
});
