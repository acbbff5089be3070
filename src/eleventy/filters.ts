import { jsonFeed, rfc3339 } from '../site/feeds.ts';
import { stripControl } from '../text/safe-text.ts';
import { pageJsonLd } from '../site/structured-data.ts';
import type { Feed, SiteData } from '../model/site-data.ts';
import { byString } from '../text/order.ts';

export interface FilterConfig {
  addFilter: (name: string, filter: (...args: never[]) => unknown) => void;
}

export interface PageMeta {
  /** Absolute address of the page; null for the 404 page, which is served at any address. */
  canonical: string | null;
  ogType: 'article' | 'profile' | 'website';
  /** The feed following this page, if any. */
  feed: Feed | null;
  /** JSON-LD, safe to place inside a <script> element. */
  jsonLd: string;
}

/**
 * The filters through which templates reach what needs the site's absolute
 * address (known only at render time): feeds, canonical links, JSON-LD and
 * the sitemap. Lookups are maps built once, not scans per page.
 */
export function addSiteFilters(
  config: FilterConfig,
  site: SiteData,
  absolute: (path: string) => string,
  pathPrefix = '/',
): void {
  for (const [name, filter] of siteFilters(site, absolute, pathPrefix)) config.addFilter(name, filter);
}

type Filter = (...args: never[]) => unknown;

/** The filters, made once for all the Eleventy runs of a build: their maps span every page of the site. */
export function siteFilters(site: SiteData, absolute: (path: string) => string, pathPrefix = '/'): [string, Filter][] {
  const filters: [string, Filter][] = [];
  const config = { addFilter: (name: string, filter: Filter) => filters.push([name, filter]) };
  const feedOf = new Map(site.feeds.map((f) => [f.page, f]));
  const ogTypes = new Map<string, PageMeta['ogType']>([
    ...site.articles.map((a) => [a.url, 'article'] as const),
    ...site.people.map((p) => [p.url, 'profile'] as const),
  ]);
  const entities = [...site.stories, ...site.articles, ...site.sources, ...site.people, ...site.figures];
  const entityJsonLd = new Map(entities.map((e) => [e.url, e.jsonLd]));
  config.addFilter('absolute', absolute);
  // A site path under the sub-path, for what the HTML base plugin does not rewrite (a refresh, _redirects).
  config.addFilter('sitePath', (path: string) => `${pathPrefix.replace(/\/$/, '')}${path}`);
  config.addFilter('feedText', stripControl);
  // A sentence that opens with its own quotation mark is not wrapped in a second pair (<q class="quoted">).
  config.addFilter('selfQuoted', (text: string) => /^["“‘'«„]/.test(text));
  config.addFilter('rfc3339', rfc3339);
  config.addFilter('jsonFeed', (feed: Feed & { json: string }) => jsonFeed(feed, absolute));
  config.addFilter('feedOf', (path: string) => feedOf.get(path) ?? null);
  config.addFilter('pageMeta', (path: string, title: string): PageMeta => ({
    canonical: path.endsWith('/') ? absolute(path) : null,
    ogType: ogTypes.get(path) ?? 'website',
    feed: feedOf.get(path) ?? null,
    jsonLd: entityJsonLd.get(path) ?? pageJsonLd(path, title, site.title, absolute),
  }));
  // Every page, in code-point order so the file is the same on every machine; the 404 page is not a page to index.
  // Eleventy puts only the first page of a paginated template in collections, so entity pages come from `site`.
  config.addFilter('sitemapPaths', (pages: { url: string | false }[]) =>
    [...new Set([...pages.map((p) => p.url), ...entities.map((e) => e.url)])]
      .filter((url): url is string => typeof url === 'string' && url.endsWith('/'))
      .sort(byString((url) => url)),
  );
  return filters;
}
