import { stripControlDeep } from '../text/safe-text.ts';
import type {
  ArticlePage,
  ArticleRef,
  Feed,
  FeedEntry,
  PersonPage,
  SourcePage,
  StoryPage,
} from '../model/site-data.ts';

/** Feed readers only look at recent entries; the cap keeps feeds small on large sites. */
export const FEED_ENTRIES = 50;

/**
 * The site's feed also comes as a JSON Feed, for apps; every other feed is
 * Atom only, which every feed reader reads (a JSON twin of each of them was
 * a fifth of a large site's files).
 */
const SITE_JSON_FEED = '/feed.json';

/**
 * Feeds for the whole site and for each story, source and person. `articles`
 * is in the site's order (newest first, unknown dates last), which every
 * feed keeps; a feed's `updated` is the latest known date, never the time
 * of the build, so builds stay reproducible.
 */
export function buildFeeds(
  siteTitle: string,
  articles: readonly ArticlePage[],
  stories: readonly StoryPage[],
  sources: readonly SourcePage[],
  people: readonly PersonPage[],
): Feed[] {
  const order = new Map(articles.map((a, i) => [a.slug, i]));
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const latest = (refs: readonly ArticleRef[]) =>
    refs.reduce<string | null>((max, a) => (a.date !== null && (max === null || a.date > max) ? a.date : max), null);
  const siteUpdated = latest(articles);
  const entry = (a: ArticlePage): FeedEntry => ({
    url: a.url,
    title: a.headline,
    date: a.date,
    author: a.author,
    summary: `${a.outlet} · ${a.date ? `published ${a.dateLabel}${a.dateInferred ? ' (inferred)' : ''}` : 'date unknown'} · story: ${a.story.name}`,
  });
  const feed = (title: string, page: string, refs: readonly ArticleRef[]): Feed => {
    const members = [...refs].sort((x, y) => order.get(x.slug)! - order.get(y.slug)!).slice(0, FEED_ENTRIES);
    return {
      title,
      page,
      // Beside the page it follows.
      atom: `${page}feed.xml`,
      json: page === '/' ? SITE_JSON_FEED : null,
      updated: latest(members) ?? siteUpdated,
      entries: members.map((m) => entry(bySlug.get(m.slug)!)),
    };
  };
  const feeds = [
    feed(`${siteTitle}: all articles`, '/', articles),
    ...stories.map((s) => feed(`${s.name} · ${siteTitle}`, s.url, s.articles)),
    ...sources.map((s) => feed(`${s.name} · ${siteTitle}`, s.url, s.published)),
    ...people.map((p) => feed(`${p.name} · ${siteTitle}`, p.url, p.articles)),
  ];
  return stripControlDeep(feeds);
}

/** A feed that has a JSON Feed address as JSON Feed 1.1 (https://jsonfeed.org/version/1.1); dates only where known, as RFC 3339. */
export function jsonFeed(feed: Feed & { json: string }, absolute: (path: string) => string): string {
  const doc = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: absolute(feed.page),
    feed_url: absolute(feed.json),
    language: 'en',
    items: feed.entries.map((e) => ({
      id: absolute(e.url),
      url: absolute(e.url),
      title: e.title,
      content_text: e.summary,
      ...(e.date ? { date_published: rfc3339(e.date) } : {}),
      ...(e.author ? { authors: [{ name: e.author }] } : {}),
    })),
  };
  return `${JSON.stringify(stripControlDeep(doc), null, 2)}\n`;
}

/** "2024-08-14" → "2024-08-14T00:00:00Z": feeds need a time, and the articles give only a day. */
export const rfc3339 = (date: string): string => `${date}T00:00:00Z`;
