import type { ArticlePage, FigurePage, SourcePage } from '../model/site-data.ts';
import type { SiteContext } from './context.ts';

/**
 * One page per registry source, in registry (id) order: what it published,
 * who cites it, and its figures beside the other outlets'.
 */
export function sourcePages(
  ctx: SiteContext,
  articles: readonly ArticlePage[],
  figures: readonly FigurePage[],
): SourcePage[] {
  const pages = new Map<string, SourcePage>(
    ctx.agg.registries.sources.map((s) => [
      s.id,
      {
        ...ctx.sourceRef(s.id),
        homepage: s.homepage,
        country: s.country,
        kind: s.kind,
        aliases: s.aliases,
        published: [],
        citedBy: [],
        figures: [],
        jsonLd: '',
      },
    ]),
  );
  for (const p of articles) {
    const ref = ctx.refs.get(p.slug)!;
    if (p.publisher) pages.get(p.publisher.id)!.published.push(ref);
    for (const c of p.citations) pages.get(c.source.id)!.citedBy.push({ article: ref, text: c.text });
  }
  for (const f of figures) {
    const outlets = new Set(f.claims.map((c) => c.article.publisher?.id).filter((id): id is string => !!id));
    for (const id of outlets) {
      pages.get(id)!.figures.push({
        figure: { id: f.id, name: f.name, url: f.url, status: f.status },
        own: f.claims.filter((c) => c.article.publisher?.id === id),
        others: f.claims.filter((c) => c.article.publisher?.id !== id),
      });
    }
  }
  return [...pages.values()];
}
