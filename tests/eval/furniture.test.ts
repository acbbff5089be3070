import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleRow } from '../../eval/open-data.ts';
import { scoreFurniture } from '../../eval/score/furniture.ts';
import { article } from './fixtures.ts';

const lines = [
  'A headline',
  '',
  'A headline',
  'The first  paragraph of prose.',
  'Advertisement Continue reading the main story',
  'Photo credit: Someone/AP',
  'The last paragraph of prose, with *stars*.',
];
const row = (removed: string[]): ArticleRow => ({
  id: 'a',
  file: 'articles/a.md',
  story: null,
  removed: removed.map((text, i) => ({ rule: 'r', text, line: i })),
});

describe('furniture scoring', () => {
  const a = article('a', { furniture_lines: [5, 6] });
  it('maps removed texts to the lines that hold them: furniture, the headline repeated, prose', () => {
    const s = scoreFurniture(
      [row(['A headline', 'A headline', 'Advertisement', 'with \\*stars\\*'])],
      [a],
      new Map([['a', lines]]),
    );
    const kinds = s.judgements.map((j) => [j.line, j.kind]);
    assert.deepEqual(kinds, [
      [1, 'headline'],
      [3, 'headline'],
      [5, 'furniture'],
      [7, 'prose'],
    ]);
    assert.deepEqual([s.furnitureLines, s.removedLines, s.recall, s.proseRemoved], [2, 1, 0.5, 1]);
    assert.deepEqual(
      s.missed.map((m) => m.line),
      [6],
    );
  });

  it('a text found on no line is reported as such', () => {
    const s = scoreFurniture([row(['Nowhere in the text'])], [a], new Map([['a', lines]]));
    assert.equal(s.judgements[0]!.kind, 'not found');
    assert.equal(s.proseRemoved, 0);
  });
});
