import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StoryRow } from '../../eval/open-data.ts';
import { scoreCopies } from '../../eval/score/copies.ts';
import { halfOf, scoreStories } from '../../eval/score/stories.ts';

const story = (id: string, articles: string[], copies: [string, string][] = []): StoryRow => ({
  id,
  title: id,
  articles,
  copies: copies.map(([article, copyOf]) => ({ article, copyOf })),
  conflicts: [],
});

// Gold: events X = {a, b, c}, Y = {d, e} (related to X), Z = {f}.
const gold = new Map([
  ['a', { event: 'X' }],
  ['b', { event: 'X' }],
  ['c', { event: 'X' }],
  ['d', { event: 'Y', related: ['X'] }],
  ['e', { event: 'Y' }],
  ['f', { event: 'Z' }],
]);

describe('story scoring', () => {
  it('computes pairwise and B-cubed precision and recall; copies are members; missing articles stand alone', () => {
    // Stories: {a, b (a copy)}, {c, d}, {e}; f is in no story.
    const s = scoreStories([story('s1', ['a'], [['b', 'a']]), story('s2', ['c', 'd']), story('s3', ['e'])], gold);
    assert.deepEqual([s.articles, s.stories, s.events], [6, 4, 3]);
    // Pairs together: ab (right), cd (wrong, related events). Same-event pairs: ab, ac, bc, de.
    assert.equal(s.pairwise.precision, 0.5);
    assert.equal(s.pairwise.recall, 0.25);
    assert.deepEqual([s.wrongPairs, s.relatedPairs], [1, 1]);
    // B-cubed precision per article: a 1, b 1, c 1/2, d 1/2, e 1, f 1; recall: a 2/3, b 2/3, c 1/3, d 1/2, e 1/2, f 1.
    assert.ok(Math.abs(s.bcubed.precision! - 5 / 6) < 1e-12);
    assert.ok(Math.abs(s.bcubed.recall! - (2 / 3 + 2 / 3 + 1 / 3 + 1 / 2 + 1 / 2 + 1) / 6) < 1e-12);
    assert.deepEqual(s.mixed, [{ story: 's2', events: ['X', 'Y'] }]);
    assert.deepEqual(
      s.split.map((x) => x.event),
      ['X', 'Y'],
    );
  });

  it('scores perfect stories 1', () => {
    const s = scoreStories([story('x', ['a', 'b', 'c']), story('y', ['d', 'e']), story('z', ['f'])], gold);
    assert.deepEqual([s.pairwise.f1, s.bcubed.f1], [1, 1]);
  });

  it('scores a subset: pairs with one article in it count, B-cubed averages over it', () => {
    // Stories {a, b, c, d}, {e}, {f}; the subset is event Y (d, e).
    const s = scoreStories([story('s1', ['a', 'b', 'c', 'd']), story('s2', ['e']), story('s3', ['f'])], gold, (a) =>
      ['d', 'e'].includes(a),
    );
    assert.deepEqual([s.articles, s.stories, s.events], [2, 2, 1]);
    // Pairs touching d or e and put together: ad, bd, cd (all wrong); same-event pairs of Y: de (missed).
    assert.deepEqual([s.pairwise.precision, s.pairwise.recall, s.wrongPairs], [0, 0, 3]);
    assert.deepEqual(s.mixed, [{ story: 's1', events: ['X', 'Y'] }]);
    assert.deepEqual(
      s.split.map((x) => x.event),
      ['Y'],
    );
  });

  it('puts related events in the same half, every article in one', () => {
    const half = halfOf(gold);
    assert.equal(half('d'), half('a'), 'Y is related to X');
    assert.equal(half('e'), half('a'));
    for (const a of gold.keys()) assert.ok(['tuning', 'check'].includes(half(a)));
  });
});

describe('copy scoring', () => {
  const texts = new Map([
    ['a', 'Headline\n\nSame  words.\n'],
    ['b', 'Headline\n\nSame words.'],
    ['c', 'Headline\n\nSame words.\nAnd one more line.\n'],
  ]);
  it('a copy must have the same text (whitespace aside) and the same event', () => {
    const events = new Map([
      ['a', 'X'],
      ['b', 'X'],
      ['c', 'Y'],
    ]);
    const s = scoreCopies(
      [
        story(
          's',
          ['a'],
          [
            ['b', 'a'],
            ['c', 'a'],
          ],
        ),
      ],
      texts,
      events,
    );
    assert.deepEqual([s.copies, s.sameEvent, s.wrongCopies, s.withDifferences], [2, 1, 1, 1]);
    assert.equal(s.judgements[1]!.differingLines, 1);
    assert.equal(s.judgements[1]!.headlineDiffers, false);
  });

  it('a shortened copy must hold only lines of the other, fewer of them; a headline it reports as its own is no hidden difference', () => {
    const row = (copies: StoryRow['copies']): StoryRow => ({ ...story('s', ['c']), copies });
    const shortened = scoreCopies(
      [row([{ article: 'a', copyOf: 'c', kind: 'shortened', headline: null }])],
      new Map([...texts, ['a', 'Headline\n\nSame words.\n']]),
    );
    assert.deepEqual([shortened.withDifferences, shortened.judgements[0]!.honest], [0, true]);
    const renamed = scoreCopies(
      [row([{ article: 'd', copyOf: 'c', kind: 'identical', headline: 'Another' }])],
      new Map([...texts, ['d', 'Another\n\nSame words.\nAnd one more line.\n']]),
    );
    assert.equal(renamed.withDifferences, 0);
    const longer = scoreCopies([row([{ article: 'c', copyOf: 'a', kind: 'shortened', headline: null }])], texts);
    assert.equal(longer.withDifferences, 1);
  });

  it('without events only the texts are compared', () => {
    const s = scoreCopies([story('s', ['a'], [['b', 'a']])], texts);
    assert.deepEqual([s.sameEvent, s.wrongCopies, s.withDifferences, s.sameEventShare], [0, 0, 0, null]);
  });
});
