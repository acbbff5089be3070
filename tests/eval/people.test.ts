import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scorePeople } from '../../eval/score/people.ts';
import { article, person } from './fixtures.ts';

const a = article('a', {
  people: [
    { name: 'Barack Obama', forms: ['Barack Obama', 'Obama'] },
    { name: 'Michelle Obama', forms: ['Michelle Obama', 'Obama'] },
    { name: 'Chuck Schumer', forms: ['Charles Schumer'] },
    { name: 'Ann Photo', forms: ['Ann Photo'], furniture: true },
  ],
});
const b = article('b', {
  people: [
    { name: 'Chuck Schumer', forms: ['Chuck Schumer'] },
    { name: 'Tim Kaine', forms: ['Kaine'] },
  ],
});

describe('people scoring', () => {
  it('judges each entry of an annotated article by the spellings it used there', () => {
    const s = scorePeople(
      [
        person('barack-obama', { 'Barack Obama': ['a'], "Obama's": ['a'] }),
        person('obama', { Obama: ['a'] }),
        person('schumer', { 'Charles Schumer': ['a'], 'Chuck Schumer': ['b'] }),
        person('photo', { 'Ann Photo': ['a'] }),
        person('white-house', { 'White House': ['a'] }),
        person('kaine-and-obama', { Kaine: ['b'], 'Barack Obama': ['b'] }),
      ],
      [a, b],
    );
    const verdict = (entry: string, art: string) =>
      s.judgements.find((j) => j.entry === entry && j.article === art)?.verdict;
    assert.equal(verdict('barack-obama', 'a'), 'right', "a possessive 's is not part of the name");
    assert.equal(verdict('obama', 'a'), 'ambiguous', 'a surname two gold people share names neither');
    assert.equal(verdict('schumer', 'a'), 'right');
    assert.equal(verdict('schumer', 'b'), 'right', 'the same canonical name in two articles is no merge');
    assert.equal(verdict('photo', 'a'), 'right', 'a furniture-only person is not wrong');
    assert.equal(verdict('white-house', 'a'), 'not a person');
    assert.equal(verdict('kaine-and-obama', 'b'), 'right', 'one spelling naming one gold person of b is enough');
    assert.equal(s.entries, 7);
    assert.equal(s.right, 5);
    assert.equal(s.goldPeople, 5, 'the furniture-only person is left out of recall');
    assert.equal(s.found, 4);
    assert.deepEqual(
      s.missed.map((m) => m.name),
      ['Michelle Obama'],
    );
  });

  it('counts a second entry for one person as a duplicate', () => {
    const s = scorePeople([person('kaine', { Kaine: ['b'] }), person('tim-kaine', { Kaine: ['b'] })], [b]);
    assert.deepEqual(
      s.judgements.map((j) => j.verdict),
      ['right', 'duplicate'],
    );
    assert.equal(s.duplicates, 1);
    assert.equal(s.precision, 0.5);
  });

  it('finds wrong merges in one article and across articles', () => {
    const inOne = scorePeople([person('obamas', { 'Barack Obama': ['a'], 'Michelle Obama': ['a'] })], [a]);
    assert.equal(inOne.judgements[0]!.verdict, 'wrong merge');
    assert.equal(inOne.wrongMerges, 1);
    const across = scorePeople([person('schumer-kaine', { 'Charles Schumer': ['a'], Kaine: ['b'] })], [a, b]);
    assert.deepEqual(
      across.judgements.map((j) => j.verdict),
      ['wrong merge', 'wrong merge'],
    );
    assert.equal(across.wrongMerges, 1);
    assert.equal(across.precision, 0);
  });
});
