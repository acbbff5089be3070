import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupStatements } from '../../src/aggregate/statements.ts';
import type { ProcessedArticle } from '../../src/model/processed-article.ts';

/** An article whose quotes are `quotes`: [text, speaker key or null, attribution words or null]. */
function article(slug: string, quotes: [string, string | null, string | null][]): ProcessedArticle {
  return {
    slug,
    analysis: {
      quotes: quotes.map(([text, speaker, words]) => ({
        text,
        paragraph: 0,
        start: 0,
        end: text.length,
        attribution: speaker || words ? { speaker, words } : null,
      })),
    },
  } as unknown as ProcessedArticle;
}

const person = (_slug: string, key: string) => key;
const story = (stories: Record<string, string>) => (slug: string) => stories[slug]!;
const shape = (statements: ReturnType<typeof groupStatements>) =>
  statements.map((s) => s.appearances.map((a) => `${a.article}#${a.quote}`)).sort();

describe('groupStatements', () => {
  const said = 'The troops have advanced thirty kilometres into the region';
  const reworded = 'Our troops advanced thirty kilometres into Kursk region';

  it('groups a speaker’s reworded quote with the earlier one, across stories', () => {
    const articles = [article('a', [[said, 'zelensky', null]]), article('b', [[reworded, 'zelensky', null]])];
    assert.deepEqual(shape(groupStatements(articles, person, story({ a: 's1', b: 's2' }))), [['a#0', 'b#0']]);
  });

  it('groups quotes without an identified speaker only within their story', () => {
    const articles = [
      article('a', [[said, null, null]]),
      article('b', [[reworded, null, null]]),
      article('c', [[reworded, null, null]]),
    ];
    assert.deepEqual(shape(groupStatements(articles, person, story({ a: 's1', b: 's2', c: 's1' }))), [
      ['a#0', 'c#0'],
      ['b#0'],
    ]);
  });

  it('keeps apart quotes sharing fewer than two content words or less than half the shorter one’s', () => {
    const articles = [
      article('a', [[said, 'zelensky', null]]),
      article('b', [['Thirty people came to the meeting on Monday evening', 'zelensky', null]]),
      article('c', [['The region is calm, troops rest, nothing moves, people sleep, markets open', 'zelensky', null]]),
    ];
    assert.deepEqual(shape(groupStatements(articles, person, story({ a: 's', b: 's', c: 's' }))), [
      ['a#0'],
      ['b#0'],
      ['c#0'],
    ]);
  });

  it('puts a quote matching two statements in the earlier one', () => {
    const articles = [
      article('a', [['Troops advanced thirty kilometres', 'x', null]]),
      article('b', [['Villages were captured overnight', 'x', null]]),
      article('c', [['Troops advanced and captured villages overnight', 'x', null]]),
    ];
    const statements = groupStatements(articles, person, story({ a: 's', b: 's', c: 's' }));
    assert.deepEqual(shape(statements), [['a#0', 'c#0'], ['b#0']]);
  });
});
