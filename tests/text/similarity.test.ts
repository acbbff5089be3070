import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { genderPair, jaroWinkler, romanised, soundsAlike } from '../../src/text/similarity.ts';

const near = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 0.001, `${actual} is not ≈ ${expected}`);

describe('jaroWinkler', () => {
  it('gives the published values', () => {
    near(jaroWinkler('MARTHA', 'MARHTA'), 0.961);
    near(jaroWinkler('DWAYNE', 'DUANE'), 0.84);
    near(jaroWinkler('DIXON', 'DICKSONX'), 0.813);
  });

  it('is 1 for equal words (whatever the case), 0 with an empty word or nothing in common', () => {
    assert.equal(jaroWinkler('Kovalenko', 'KOVALENKO'), 1);
    assert.equal(jaroWinkler('', 'Kovalenko'), 0);
    assert.equal(jaroWinkler('abc', 'xyz'), 0);
  });

  it('is symmetric', () => {
    assert.equal(jaroWinkler('Gladkov', 'Gladkoff'), jaroWinkler('Gladkoff', 'Gladkov'));
  });
});

describe('soundsAlike', () => {
  it('matches names that sound the same however they are spelled', () => {
    assert.ok(soundsAlike('Gusev', 'Gusyev'));
    assert.ok(soundsAlike('Smith', 'Smyth'));
    assert.ok(soundsAlike('Gladkov', 'Gladkoff'));
  });

  it('does not match names that sound different', () => {
    assert.ok(!soundsAlike('Petrov', 'Ivanov'));
    assert.ok(!soundsAlike('Kovalenko', 'Kowalczyk'));
  });
});

describe('romanised', () => {
  it('makes the usual transliteration choices one way', () => {
    assert.equal(romanised('Olexiy'), romanised('Oleksiy'));
    assert.equal(romanised('Yuriy'), romanised('Yurii'));
    assert.equal(romanised('Dmitriy'), romanised('Dmitry'));
    assert.equal(romanised('Mykhailo'), romanised('Mikhailo'));
  });

  it('keeps different names different', () => {
    assert.notEqual(romanised('Oleksiy'), romanised('Oleksandr'));
    assert.notEqual(romanised('Yuri'), romanised('Yaroslav'));
  });
});

describe('genderPair', () => {
  it('recognises the male and female forms of one surname, in either order', () => {
    assert.ok(genderPair('Ivanov', 'Ivanova'));
    assert.ok(genderPair('Petrova', 'Petrov'));
    assert.ok(genderPair('Kowalski', 'Kowalska'));
  });

  it('is false for one form twice or for different surnames', () => {
    assert.ok(!genderPair('Ivanov', 'Ivanov'));
    assert.ok(!genderPair('Ivanov', 'Ivanenko'));
    assert.ok(!genderPair('Petrov', 'Ivanova'));
  });
});
