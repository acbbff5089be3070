import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StoryRow } from '../../eval/open-data.ts';
import { sampleByHash } from '../../eval/runs/bbc.ts';
import { groupsOfEqual, scoreDuplicates } from '../../eval/score/duplicates.ts';

const story = (id: string, articles: string[], copies: [string, string][] = []): StoryRow => ({
  id,
  title: id,
  articles,
  copies: copies.map(([article, copyOf]) => ({ article, copyOf })),
  conflicts: [],
});

describe('BBC sample', () => {
  it('samples in hash order and completes the last group of identical texts', () => {
    const texts = [
      { slug: 'e', hash: '5' },
      { slug: 'a', hash: '1' },
      { slug: 'c', hash: '2' },
      { slug: 'b', hash: '2' },
      { slug: 'd', hash: '3' },
    ];
    assert.deepEqual(
      sampleByHash(texts, 2).map((t) => t.slug),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      sampleByHash(texts, 3).map((t) => t.slug),
      ['a', 'b', 'c'],
    );
    assert.equal(sampleByHash(texts, 9).length, 5);
  });

  it('a group of identical texts is whole when one article holds all the others as copies', () => {
    const hashes: [string, string][] = [
      ['a', 'h1'],
      ['b', 'h1'],
      ['c', 'h1'],
      ['d', 'h2'],
      ['e', 'h2'],
      ['f', 'h3'],
    ];
    const groups = groupsOfEqual(new Map(hashes));
    assert.deepEqual(groups, [
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    const s = scoreDuplicates(groups, [
      story(
        's1',
        ['a'],
        [
          ['b', 'a'],
          ['c', 'b'],
        ],
      ),
      story('s2', ['d', 'e']),
    ]);
    assert.deepEqual([s.groups, s.whole, s.wholeShare], [2, 1, 0.5]);
    assert.deepEqual(s.broken, [['d', 'e']]);
  });
});
