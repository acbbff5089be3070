import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusOf } from '../../src/aggregate/figures.ts';
import type { ClaimEntity } from '../../src/model/aggregate.ts';

/** One outlet's claim: a value or a [low, high] range, with its unit and qualifier. */
function claim(
  source: string | null,
  value: number | [number, number],
  unit = 'people',
  qualifier: string | null = null,
  article = source ?? 'unknown',
): ClaimEntity {
  const [low, high] = Array.isArray(value) ? value : [null, null];
  return {
    value: Array.isArray(value) ? null : value,
    low,
    high,
    qualifier,
    unit,
    words: String(value),
    sentence: '',
    note: null,
    article,
    index: 0,
    source,
    claimedBy: null,
    claimantWords: null,
  };
}

describe('statusOf', () => {
  it('is single-source when one outlet alone reports the figure, however often', () => {
    assert.equal(statusOf([claim('bbc', 300)]), 'single-source');
    assert.equal(statusOf([claim('bbc', 300), claim('bbc', 900, 'people', null, 'bbc-2')]), 'single-source');
  });

  it('counts articles of unknown outlets as separate sources', () => {
    assert.equal(
      statusOf([claim(null, 300, 'people', null, 'a'), claim(null, 900, 'people', null, 'b')]),
      'conflicting',
    );
  });

  it('is consistent when one value fits every claim, conflicting when none does', () => {
    assert.equal(statusOf([claim('bbc', 28), claim('cnn', 28)]), 'consistent');
    assert.equal(statusOf([claim('bbc', [300, 400]), claim('cnn', 350)]), 'consistent');
    assert.equal(statusOf([claim('bbc', [300, 400]), claim('cnn', 650, 'homes', 'some')]), 'conflicting');
    assert.equal(statusOf([claim('bbc', 2), claim('cnn', 3)]), 'conflicting');
  });

  it('reads "more than 35" as 35 or over', () => {
    assert.equal(statusOf([claim('bbc', 35, 'people', 'more than'), claim('cnn', 50)]), 'consistent');
    assert.equal(statusOf([claim('bbc', 2, 'people', 'at least'), claim('cnn', 3)]), 'consistent');
    assert.equal(statusOf([claim('bbc', 35, 'people', 'more than'), claim('cnn', 30)]), 'conflicting');
    assert.equal(statusOf([claim('bbc', 35, 'people', 'fewer than'), claim('cnn', 30)]), 'consistent');
  });

  it('allows 5% either way for "about"', () => {
    assert.equal(statusOf([claim('bbc', 1000, 'people', 'about'), claim('cnn', 1020)]), 'consistent');
    assert.equal(
      statusOf([claim('bbc', 4500, 'people', 'about'), claim('cnn', 4400, 'people', 'about')]),
      'consistent',
    );
    assert.equal(statusOf([claim('bbc', 1000, 'people', 'about'), claim('cnn', 1100)]), 'conflicting');
  });

  it('compares miles with kilometres, allowing for the rounding of a conversion', () => {
    assert.equal(statusOf([claim('bbc', 12, 'mi'), claim('cnn', 19, 'km')]), 'consistent');
    assert.equal(statusOf([claim('bbc', 30, 'km'), claim('cnn', 18, 'mi')]), 'consistent');
    assert.equal(statusOf([claim('bbc', 10, 'mi'), claim('cnn', 19, 'km')]), 'conflicting');
  });
});
