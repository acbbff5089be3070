import type { ArticlePage, FigurePage, SourcePage } from '../model/site-data.ts';
import type { SiteContext } from './context.ts';
import { figureRef } from './stories.ts';
import { byString } from '../text/order.ts';

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
        stories: [],
        jsonLd: '',
      },
    ]),
  );
  for (const p of articles) {
    const ref = ctx.refs.get(p.slug)!;
    if (p.publisher) {
      const page = pages.get(p.publisher.id)!;
      page.published.push(ref);
      if (!page.stories.some((s) => s.id === p.story.id)) page.stories.push(p.story);
    }
    for (const c of p.citations) pages.get(c.source.id)!.citedBy.push({ article: ref, text: c.text });
  }
  for (const f of figures) {
    const outlets = new Set(f.claims.map((c) => c.article.publisher?.id).filter((id): id is string => !!id));
    for (const id of outlets) {
      pages.get(id)!.figures.push({
        figure: figureRef(f),
        story: f.inStory,
        own: f.claims.filter((c) => c.article.publisher?.id === id),
        others: f.claims.filter((c) => c.article.publisher?.id !== id),
      });
    }
  }
  // Its figures that other outlets report too come first: that is where a comparison says something.
  for (const page of pages.values()) {
    page.stories.sort(byString((s) => s.name));
    page.figures.sort(
      (x, y) => Number(!x.others.length) - Number(!y.others.length) || (x.figure.name < y.figure.name ? -1 : 1),
    );
  }
  return [...pages.values()];
}
