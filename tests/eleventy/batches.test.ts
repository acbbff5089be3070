import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderBatches } from '../../src/eleventy/batches.ts';
import { PAGE_KINDS, type PagesToRender } from '../../src/model/site-data.ts';

const pages = (counts: Partial<Record<(typeof PAGE_KINDS)[number], number>>) =>
  Object.fromEntries(
    PAGE_KINDS.map((k) => [k, Array.from({ length: counts[k] ?? 0 }, (_, i) => `${k}-${i}`)]),
  ) as unknown as PagesToRender;

const flat = (p: PagesToRender) => PAGE_KINDS.flatMap((k) => p[k] as unknown as string[]);

describe('renderBatches', () => {
  it('splits the items into batches of at most the size, each item once, in order', () => {
    const all = pages({ articles: 5, stories: 3, feeds: 4 });
    const batches = renderBatches(all, 5);
    assert.deepEqual(
      batches.map((b) => flat(b).length),
      [5, 5, 2],
    );
    assert.deepEqual(batches.flatMap(flat), flat(all));
    assert.deepEqual(batches[1]!.stories, ['stories-0', 'stories-1', 'stories-2']);
  });

  it('gives one empty batch when nothing is to render (the site-wide pages are still rendered)', () => {
    assert.deepEqual(renderBatches(pages({}), 5).map(flat), [[]]);
  });
});
