import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cosine, dateWeight, storyVectors, WINDOW_DAYS } from '../../src/aggregate/story-similarity.ts';
import type { ArticleForClustering } from '../../src/aggregate/copies.ts';

const article = (slug: string, terms: Record<string, number>, people: string[] = []): ArticleForClustering => ({
  slug,
  date: null,
  publisher: null,
  headline: slug,
  paragraphs: [],
  features: { terms, sentences: [] },
  people,
  story: null,
});

describe('dateWeight', () => {
  it('lets the words decide within a day, weighs them less as the dates move apart, and not at all past the window', () => {
    assert.equal(dateWeight('2025-06-10', '2025-06-10'), 1);
    assert.equal(dateWeight('2025-06-10', '2025-06-11'), 1);
    const w = [3, 5, 8].map((d) => dateWeight('2025-06-10', `2025-06-${10 + d}`));
    assert.ok(w[0]! < 1 && w[1]! < w[0]! && w[2]! < w[1]! && w[2]! > 0, w.join());
    assert.ok(dateWeight('2025-06-10', `2025-06-${10 + WINDOW_DAYS}`) > 0);
    assert.equal(dateWeight('2025-06-10', `2025-06-${11 + WINDOW_DAYS}`), 0);
    assert.equal(dateWeight('2025-06-20', '2025-06-10'), dateWeight('2025-06-10', '2025-06-20'));
  });

  it('gives an unknown date the benefit of the doubt: the words decide', () => {
    assert.equal(dateWeight(null, '2025-06-10'), 1);
    assert.equal(dateWeight(null, null), 1);
  });
});

describe('storyVectors', () => {
  it('meets the forms of a word in one term, counts a shared person, and ignores terms of one article only', () => {
    const [a, b, c] = storyVectors([
      article('a', { ferry: 2, capsized: 1, harbour: 1 }, ['ilona-varga']),
      article('b', { ferries: 1, capsizing: 1, goalkeeper: 3 }, ['ilona-varga']),
      article('c', { goalkeeper: 1, transfer: 2 }),
    ]);
    // a shares ferry, capsize and Ilona Varga with b; "harbour" is only in a, so a's vector holds three terms.
    assert.equal(a!.ids.length, 3);
    assert.ok(cosine(a!, b!) > 0.5, String(cosine(a!, b!)));
    assert.equal(cosine(a!, c!), 0);
    for (const v of [a!, b!, c!]) assert.ok(Math.abs(cosine(v, v) - 1) < 1e-12);
  });
});
