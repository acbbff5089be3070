import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toString } from 'mdast-util-to-string';
import { removeFurniture } from '../../src/markdown/clean.ts';
import { parseMarkdown } from '../../src/markdown/render.ts';

const clean = (
  body: string,
  headline = 'Floods close the valley road as rivers burst their banks',
  publisherNames = ['Daily Example'],
) => {
  const tree = parseMarkdown(body);
  const removed = removeFurniture(tree, { headline, publisherNames });
  return { kept: tree.children.map((n) => toString(n)), removed: removed.map((r) => `${r.rule}@${r.line}: ${r.text}`) };
};

describe('removeFurniture', () => {
  it('removes labels, teasers, truncated breadcrumbs, the repeated headline and a bare dateline', () => {
    const body = [
      'WeatherFloods close the valley road as rivers...',
      'Floods close the valley road as rivers burst their banks',
      'Daily Example',
      'Heavy rain closed the road on Monday, the council said.',
      'Read more: Ten ways to prepare your home for winter',
      'Advertisement',
      'Engineers expect to reopen it within a week.',
      'Trending now',
      'Most read',
    ].join('\n\n');
    const { kept, removed } = clean(body);
    assert.deepEqual(kept, [
      'Heavy rain closed the road on Monday, the council said.',
      'Engineers expect to reopen it within a week.',
    ]);
    assert.deepEqual(removed, [
      'truncated-teaser@1: WeatherFloods close the valley road as rivers...',
      'repeated-headline@3: Floods close the valley road as rivers burst their banks',
      'dateline@5: Daily Example',
      'see-also@9: Read more: Ten ways to prepare your home for winter',
      'site-label@11: Advertisement',
      'site-label@15: Trending now',
      'site-label@17: Most read',
    ]);
  });

  it('keeps ordinary sentences that merely start like furniture', () => {
    const body = [
      'Related to the closure, two schools shut early.',
      'Latest figures show 300 homes were flooded.',
      'The mayor said it was "the worst in years..."',
    ].join('\n\n');
    assert.deepEqual(clean(body).removed, []);
  });
});
