import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from '../../src/analyse/dates.ts';
import { timeline } from '../../src/aggregate/timeline.ts';
import type { ProcessedArticle } from '../../src/model/processed-article.ts';

/** Just what the timeline reads of an article: its slug, date and dated sentences. */
const article = (slug: string, date: string, ...paragraphs: string[]) =>
  ({
    slug,
    meta: { date },
    analysis: {
      dates: findDates(
        paragraphs.map((text, i) => ({ text, line: i + 1 })),
        date,
      ),
    },
  }) as unknown as ProcessedArticle;

describe('timeline', () => {
  it('lists each sentence once, under the date of the event it reports, without background or plans', () => {
    const entries = timeline([
      article(
        'a',
        '2024-08-14',
        'On Monday, Kyiv said its troops had advanced, in a war Russia began in February 2022.',
        'The governor said on Tuesday that 28 villages were held, and talks will resume by 2025.',
      ),
    ]);
    assert.deepEqual(
      entries.map((e) => [e.date, e.text.slice(0, 20)]),
      [
        ['2024-08-12', 'On Monday, Kyiv said'],
        ['2024-08-13', 'The governor said on'],
      ],
    );
  });

  it('keeps one entry for a sentence that several articles repeat, dated as the earliest article resolves it', () => {
    const sentence = 'Residents were evacuated on Monday.';
    const entries = timeline([article('later', '2024-08-16', sentence), article('first', '2024-08-13', sentence)]);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.date, '2024-08-12');
    assert.deepEqual(entries[0]!.articles, ['first', 'later']);
  });
});
