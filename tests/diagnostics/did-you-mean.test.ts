import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { didYouMean } from '../../src/diagnostics/did-you-mean.ts';

describe('didYouMean', () => {
  it('suggests the closest candidate within a third of the length', () => {
    assert.equal(didYouMean('publihsed', ['publisher', 'headline']), 'publisher');
    assert.equal(didYouMean('cnnn', ['cnn', 'bbc']), 'cnn');
    assert.equal(didYouMean('zzzz', ['cnn', 'bbc']), undefined);
  });
});
