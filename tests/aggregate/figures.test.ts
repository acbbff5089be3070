import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparisonOf, statusOf as statusOfComparison } from '../../src/aggregate/figures.ts';
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
    against: null,
    ties: null,
    qualifier,
    unit,
    words: String(value),
    sentence: '',
    note: null,
    article,
    index: 0,
    source,
    date: null,
    claimedBy: null,
    claimantWords: null,
  };
}

const statusOf = (claims: ClaimEntity[]) => statusOfComparison(comparisonOf(claims));

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

describe('comparisonOf', () => {
  const by = (c: ClaimEntity, claimedBy: string | null, date: string | null = null): ClaimEntity => ({
    ...c,
    claimedBy,
    date,
  });

  it('puts differing values down to their claimants when each claimant agrees with itself', () => {
    const claims = [
      by(claim('reuters', 28), 'vyacheslav-gladkov'),
      by(claim('bbc', 28), 'vyacheslav-gladkov'),
      by(claim('cnn', 74), 'volodymyr-zelensky'),
    ];
    assert.equal(comparisonOf(claims), 'claimants-differ');
    assert.equal(statusOfComparison('claimants-differ'), 'conflicting');
  });

  it('counts an unattributed claim with the one claimant whose value it repeats', () => {
    const claims = [
      by(claim('reuters', 28), 'vyacheslav-gladkov'),
      by(claim('ap', 28), null),
      by(claim('cnn', 74), 'volodymyr-zelensky'),
    ];
    assert.equal(comparisonOf(claims), 'claimants-differ');
    // A value no claimant gave is a difference between the outlets.
    assert.equal(comparisonOf([...claims, by(claim('bbc', 50), null)]), 'outlets-differ');
  });

  it('compares time units that convert exactly: a week is seven days', () => {
    assert.equal(comparisonOf([claim('a', 1, 'weeks'), claim('b', 7, 'days')]), 'agreement');
    assert.equal(comparisonOf([claim('a', 2, 'years'), claim('b', 24, 'months')]), 'agreement');
    assert.equal(comparisonOf([claim('a', 1, 'weeks'), claim('b', 9, 'days')]), 'outlets-differ');
  });

  it('takes a quantity in words as its lower bound, and a tally as both its numbers', () => {
    const hundreds = { ...claim('a', 0), value: null, low: 100, high: null, qualifier: 'hundreds' };
    assert.equal(comparisonOf([hundreds, claim('b', 300)]), 'agreement');
    assert.equal(comparisonOf([hundreds, claim('b', 40)]), 'outlets-differ');
    const tally = (source: string, against: number) => ({ ...claim(source, 97, 'votes'), against });
    assert.equal(comparisonOf([tally('a', 1), tally('b', 1)]), 'agreement');
    assert.equal(comparisonOf([tally('a', 1), tally('b', 2)]), 'outlets-differ');
    // A record's ties count too: 50-32-1 is not 50-32-0.
    const record = (source: string, ties: number) => ({ ...claim(source, 50, 'record'), against: 32, ties });
    assert.equal(comparisonOf([record('a', 1), record('b', 0)]), 'outlets-differ');
  });

  it('calls it a conflict between outlets when one claimant is reported with two values', () => {
    const claims = [by(claim('reuters', 28), 'vyacheslav-gladkov'), by(claim('cnn', 30), 'vyacheslav-gladkov')];
    assert.equal(comparisonOf(claims), 'outlets-differ');
  });

  it('calls it an update when each day agrees and the days differ', () => {
    const claims = [
      by(claim('reuters', 5), null, '2024-03-03'),
      by(claim('bbc', 5), null, '2024-03-03'),
      by(claim('cnn', 7), null, '2024-03-04'),
    ];
    assert.equal(comparisonOf(claims), 'update');
    assert.equal(statusOfComparison('update'), 'consistent');
  });

  it('does not guess an update when a date is unknown or two outlets differ on the same day', () => {
    assert.equal(
      comparisonOf([by(claim('a', 5), null, '2024-03-03'), by(claim('b', 7), null, null)]),
      'outlets-differ',
    );
    const sameDay = [
      by(claim('a', 5), null, '2024-03-03'),
      by(claim('b', 6), null, '2024-03-03'),
      by(claim('c', 7), null, '2024-03-04'),
    ];
    assert.equal(comparisonOf(sameDay), 'outlets-differ');
  });

  it('is agreement when outlets agree, single-source when one outlet alone reports', () => {
    assert.equal(comparisonOf([claim('a', 5), claim('b', 5)]), 'agreement');
    assert.equal(comparisonOf([claim('a', 5)]), 'single-source');
  });
});
