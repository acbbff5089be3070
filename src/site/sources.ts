import type { ArticlePage, FigurePage, SourcePage } from '../model/site-data.ts';
import type { SiteContext } from './context.ts';
import { figureRef } from './stories.ts';
import { byString } from '../text/order.ts';

/**
 * How many articles, citations, figures and stories a source's page lists.
 * An outlet's page grows with the archive (at 10,000 articles each held
 * 1,400 articles and 15 MB of figures, and every new article rewrote it);
 * the rest are on the article and story pages, the indexes and the open data.
 */
export const SOURCE_LIST = 100;

type SourceFigure = SourcePage['figures'][number];
const newestClaim = (f: SourceFigure) =>
  f.own.reduce((max, c) => (c.article.date !== null && c.article.date > max ? c.article.date : max), '');
const byName = byString((f: SourceFigure) => f.figure.name);
/** The figures whose own claims are newest first (undated last), then by name. */
const newestClaimFirst = (x: SourceFigure, y: SourceFigure) => {
  const [a, b] = [newestClaim(x), newestClaim(y)];
  return a !== b ? (a < b ? 1 : -1) : byName(x, y);
};

/**
 * One page per registry source, in registry (id) order: its newest articles,
 * who cites it, and its figures that other outlets report too, each list
 * bounded, with how many there are in all.
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
        counts: { published: 0, citedBy: 0, figures: 0, stories: 0 },
        jsonLd: '',
      },
    ]),
  );
  // Each source's stories so far, looked up rather than scanned: an outlet has thousands.
  const storiesOf = new Map<string, Set<string>>([...pages.keys()].map((id) => [id, new Set()]));
  for (const p of articles) {
    const ref = ctx.refs.get(p.slug)!;
    if (p.publisher) {
      const page = pages.get(p.publisher.id)!;
      page.published.push(ref);
      const stories = storiesOf.get(p.publisher.id)!;
      if (!stories.has(p.story.id)) (stories.add(p.story.id), page.stories.push(p.story));
    }
    for (const c of p.citations) pages.get(c.source.id)!.citedBy.push({ article: ref, text: c.text });
  }
  for (const f of figures) {
    const outlets = new Set(f.claims.map((c) => c.article.publisher?.id).filter((id): id is string => !!id));
    // A figure only one outlet reports is shown on its article; here it would compare with nothing.
    if (outlets.size < 2) continue;
    for (const id of outlets) {
      pages.get(id)!.figures.push({
        figure: figureRef(f),
        story: f.inStory,
        own: f.claims.filter((c) => c.article.publisher?.id === id),
        others: f.claims.filter((c) => c.article.publisher?.id !== id),
      });
    }
  }
  // Articles came newest first (the site's order), so the bounded lists keep the newest.
  for (const page of pages.values()) {
    page.counts = {
      published: page.published.length,
      citedBy: page.citedBy.length,
      figures: page.figures.length,
      stories: page.stories.length,
    };
    page.published = page.published.slice(0, SOURCE_LIST);
    page.citedBy = page.citedBy.slice(0, SOURCE_LIST);
    page.stories = page.stories.slice(0, SOURCE_LIST).sort(byString((s) => s.name));
    page.figures = page.figures.sort(newestClaimFirst).slice(0, SOURCE_LIST);
  }
  return [...pages.values()];
}
