import type { Registries, Source } from '../model/registries.ts';
import type { ProcessedArticle } from '../pipeline/process-article.ts';
import { byString, dateLabel } from './format.ts';
import type { ArticlePage, ArticleRef, SiteData, SourcePage, SourceRef } from './types.ts';

export const SITE_TITLE = 'Triangulate';

const sourceRef = (s: Source): SourceRef => ({ id: s.id, name: s.name, url: `/sources/${s.id}/` });

/** Newest first; unknown dates after known ones; then by slug for stability. */
const newestFirst = (a: ArticleRef, b: ArticleRef) =>
  a.date === b.date ? byString<ArticleRef>((r) => r.slug)(a, b) : a.date === null ? 1 : b.date === null ? -1 : a.date > b.date ? -1 : 1;

/** Builds the one typed object the templates render, with every cross-link precomputed. */
export function buildSiteData(articles: readonly ProcessedArticle[], registries: Registries): SiteData {
  const sources = new Map(registries.sources.map((s) => [s.id, s]));
  const pages: ArticlePage[] = articles.map((a) => {
    const publisher = sources.get(a.meta.publisher);
    const date = a.meta.date === 'unknown' ? null : a.meta.date;
    return {
      slug: a.slug,
      url: `/articles/${a.slug}/`,
      headline: a.meta.headline,
      headlineBy: a.meta.headlineBy,
      date,
      dateLabel: dateLabel(date),
      dateInferred: a.meta.dateInferred ?? null,
      publisher: publisher ? sourceRef(publisher) : null,
      file: a.file,
      language: a.meta.language,
      origin: a.meta.origin ?? null,
      originalUrl: a.meta.url ?? null,
      author: a.meta.author ?? null,
      html: a.html,
      removed: a.removed,
      citations: a.citations.map((c) => ({ source: sourceRef(sources.get(c.source)!), text: c.text })),
      words: a.words,
    };
  });
  pages.sort(newestFirst);
  const ref = (p: ArticlePage): ArticleRef => ({
    slug: p.slug,
    url: p.url,
    headline: p.headline,
    headlineBy: p.headlineBy,
    date: p.date,
    dateLabel: p.dateLabel,
    dateInferred: p.dateInferred,
    publisher: p.publisher,
  });

  const sourcePages = new Map<string, SourcePage>(
    registries.sources.map((s) => [s.id, { ...sourceRef(s), homepage: s.homepage, country: s.country, kind: s.kind, aliases: s.aliases, published: [], citedBy: [] }]),
  );
  for (const p of pages) {
    if (p.publisher) sourcePages.get(p.publisher.id)!.published.push(ref(p));
    for (const c of p.citations) sourcePages.get(c.source.id)!.citedBy.push({ article: ref(p), text: c.text });
  }
  return {
    title: SITE_TITLE,
    articles: pages,
    sources: [...sourcePages.values()].sort(byString((s) => s.name.toLowerCase())),
    unknownPublisher: pages.filter((p) => !p.publisher).map(ref),
    stats: { articles: pages.length, sources: sourcePages.size, citations: pages.reduce((n, p) => n + p.citations.length, 0) },
  };
}
