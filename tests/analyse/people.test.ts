import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseArticle } from '../../src/analyse/analyse-article.ts';

/** The people an article's paragraphs name, by the key each mention is given. */
function people(...paragraphs: string[]): string[] {
  const analysis = analyseArticle(
    paragraphs.map((text, i) => ({ text, line: i + 1 })),
    { sources: [], people: [], measures: [], storyIds: [] },
    null,
    null,
  );
  return [...new Set(analysis.mentions.map((m) => m.key))];
}

describe('people', () => {
  it('reads no person in an address that ends in a street abbreviation', () => {
    assert.deepEqual(
      people('Astronomer Elizabeth Warner speaks at the planetarium, 1426 N. Quincy St., Arlington, on Friday.'),
      ['new:Elizabeth Warner'],
    );
  });
});
