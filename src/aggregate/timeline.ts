import type { ProcessedArticle } from '../model/processed-article.ts';
import type { TimelineEntry } from '../model/aggregate.ts';

/** Dated sentences from the story's articles, oldest first; the same sentence from several articles is one entry. */
export function timeline(members: readonly ProcessedArticle[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const a of members) {
    for (const d of a.analysis.dates) {
      const key = `${d.date}\u0000${d.sentence}`;
      const e = entries.get(key);
      if (e) {
        if (!e.articles.includes(a.slug)) e.articles.push(a.slug);
      } else
        entries.set(key, {
          date: d.date,
          relative: d.basis === 'relative',
          text: d.sentence,
          words: d.words,
          articles: [a.slug],
        });
    }
  }
  return [...entries.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.text < y.text ? -1 : 1));
}
