import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseParagraphs } from '../support/analyse.ts';

/** The people an article's paragraphs name, by the key each mention is given. */
function people(...paragraphs: string[]): string[] {
  return [...new Set(analyseParagraphs(...paragraphs).mentions.map((m) => m.key))];
}

describe('people', () => {
  it('reads no person in an address that ends in a street abbreviation', () => {
    assert.deepEqual(
      people('Astronomer Elizabeth Warner speaks at the planetarium, 1426 N. Quincy St., Arlington, on Friday.'),
      ['new:Elizabeth Warner'],
    );
  });

  it('reads a given name or a surname that a list of other words also holds, a surname only with a cue', () => {
    assert.deepEqual(people('Former president Bill Clinton spoke at the dinner.'), ['new:Bill Clinton']);
    assert.deepEqual(people('The film stars Will Smith as a boxer.'), ['new:Will Smith']);
    assert.deepEqual(people('Prime Minister Theresa May said the vote would go ahead.'), ['new:Theresa May']);
    assert.deepEqual(people('North Korean leader Kim Jong Un said the test was a success.'), ['new:Kim Jong Un']);
    // "Plus" after a given name, with nothing saying a person is meant, is no surname.
    assert.deepEqual(people('Viewers of Sky Plus can record two channels.'), []);
    // A month opening the run is the month: "In May Trump said" names Trump alone, if anyone.
    assert.ok(!people('In May Trump said it would pass.').some((k) => /May/.test(k)));
  });
});
