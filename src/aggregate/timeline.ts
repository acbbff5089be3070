import type { ProcessedArticle } from '../model/processed-article.ts';
import type { TimelineEntry } from '../model/aggregate.ts';
import type { DatedMention } from '../model/analysis.ts';

/**
 * The story's events, oldest first: each sentence that reports something
 * happening on a date, once, under its first such date (background and plans
 * are left out). The same sentence from several articles is one entry, dated
 * as the earliest-dated of them resolves it; a date the text states beats one
 * resolved from the article's date.
 */
export function timeline(members: readonly ProcessedArticle[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  const byDate = [...members].sort((x, y) => ((x.meta.date ?? '9999') < (y.meta.date ?? '9999') ? -1 : 1));
  for (const a of byDate) {
    for (const d of firstEventOfEachSentence(a.analysis.dates)) {
      const e = entries.get(d.sentence);
      if (!e) {
        entries.set(d.sentence, {
          date: d.date,
          relative: d.basis === 'relative',
          text: d.sentence,
          words: d.words,
          articles: [a.slug],
        });
        continue;
      }
      if (!e.articles.includes(a.slug)) e.articles.push(a.slug);
      if (e.relative && d.basis === 'stated') Object.assign(e, { date: d.date, relative: false, words: d.words });
    }
  }
  return [...entries.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.text < y.text ? -1 : 1));
}

function firstEventOfEachSentence(dates: readonly DatedMention[]): DatedMention[] {
  const first = new Map<string, DatedMention>();
  for (const d of dates) {
    const key = `${d.paragraph}\u0000${d.sentence}`;
    if (d.role === 'event' && !first.has(key)) first.set(key, d);
  }
  return [...first.values()];
}
