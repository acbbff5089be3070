import { PAGE_KINDS, type PagesToRender } from '../model/site-data.ts';

/**
 * Items per Eleventy run. Each run costs a fixed start (reading the
 * templates and config, about a quarter of a second) and holds its pages in
 * memory until it ends; a few thousand pages (tens of MB) keep both small.
 */
export const BATCH_ITEMS = 3000;

/**
 * The items to render split into batches of at most `size` items, kinds in
 * their usual order, each item once and in its order. There is always at
 * least one batch (the first run renders the site-wide pages too).
 */
export function renderBatches(pages: PagesToRender, size = BATCH_ITEMS): PagesToRender[] {
  const empty = () => Object.fromEntries(PAGE_KINDS.map((k) => [k, []])) as unknown as PagesToRender;
  const batches = [empty()];
  let room = size;
  for (const kind of PAGE_KINDS) {
    for (const item of pages[kind] as unknown[]) {
      if (room === 0) {
        batches.push(empty());
        room = size;
      }
      (batches.at(-1)![kind] as unknown[]).push(item);
      room--;
    }
  }
  return batches;
}
