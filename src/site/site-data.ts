import type { Aggregate } from '../model/aggregate.ts';
import type { SiteData } from '../model/site-data.ts';
import { byString, newestFirst } from '../text/order.ts';
import { articlePages } from './articles.ts';
import { siteContext } from './context.ts';
import { buildFeeds } from './feeds.ts';
import { figurePages } from './figures.ts';
import { personPages } from './people.ts';
import { redirectPages } from './redirects.ts';
import { sourcePages } from './sources.ts';
import { storyPages } from './stories.ts';
import { addStructuredData } from './structured-data.ts';

export interface SiteSettings {
  title: string;
  /** Site path → absolute address, for structured data. */
  absolute: (path: string) => string;
}

/**
 * The one typed object the templates render, made from the aggregate: one
 * builder per page kind, every cross-link precomputed (maps, no per-page
 * scans), each entity page with its structured data.
 */
export function buildSiteData(agg: Aggregate, settings: SiteSettings): SiteData {
  const ctx = siteContext(agg);
  const articles = articlePages(ctx);
  // Story and source pages show every figure; only those with something to compare get a page of their own.
  const allFigures = figurePages(ctx);
  const figures = allFigures.filter((f) => f.hasPage);
  const sources = sourcePages(ctx, articles, allFigures);
  // Everyone is in the open data and on their articles' pages; only those named in two or more articles
  // (or in the registry) get a page, a feed and a place in the people index.
  const people = personPages(ctx);
  const stories = storyPages(ctx, new Map(articles.map((p) => [p.slug, p])), allFigures).sort(newestFirst((s) => s.id));
  const site: SiteData = {
    title: settings.title,
    stories,
    articles,
    sources: [...sources].sort(byString((s) => s.name.toLowerCase())),
    people,
    figures: figures.sort(byString((f) => f.name.toLowerCase())),
    unknownPublisher: articles.filter((p) => !p.publisher).map((p) => ctx.refs.get(p.slug)!),
    feeds: buildFeeds(settings.title, articles, stories, sources, people),
    redirects: redirectPages(agg),
    stats: {
      stories: stories.length,
      copies: agg.primaryOf.size,
      articles: articles.length,
      sources: sources.length,
      citations: articles.reduce((n, p) => n + p.citations.length, 0),
      people: agg.people.length,
      personPages: people.length,
      figures: allFigures.length,
      figurePages: figures.length,
      singleValues: allFigures.length - figures.length,
      conflicts: allFigures.filter((f) => f.status === 'conflicting').length,
      quotes: agg.statements.length,
    },
  };
  addStructuredData(site, settings.absolute);
  return site;
}
