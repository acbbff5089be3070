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
});
