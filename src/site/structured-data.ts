import type { ArticlePage, FigurePage, PersonPage, SiteData, SourcePage, StoryPage } from '../model/site-data.ts';

type Thing = Record<string, unknown>;

/** Only the properties whose value is known: nothing is filled in for what an article does not say. */
const known = (thing: Thing): Thing =>
  Object.fromEntries(
    Object.entries(thing).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );

/**
 * schema.org JSON-LD for each page, by site path. Articles are NewsArticle,
 * people Person, stories an ItemList of their articles, figures a Claim
 * with each reported value as an appearance; a figure is never given a
 * verdict (no ClaimReview, no rating), as the site does not rule on who is
 * right. Other pages are WebSite (home), CollectionPage (indexes) or WebPage.
 */
export function structuredData(
  site: SiteData,
  absolute: (path: string) => string,
): (path: string, title: string) => Thing {
  const homepage = new Map(site.sources.map((s) => [s.id, s.homepage]));
  const things = new Map<string, () => Thing>();
  const add = <T extends { url: string }>(pages: readonly T[], make: (page: T) => Thing) => {
    for (const p of pages) things.set(p.url, () => make(p));
  };

  add(site.articles, (a: ArticlePage) => ({
    '@type': 'NewsArticle',
    headline: a.headline,
    url: absolute(a.url),
    inLanguage: a.language,
    datePublished: a.date,
    publisher: a.publisher && { '@type': 'Organization', name: a.publisher.name, url: homepage.get(a.publisher.id) },
    author: a.author && { '@type': 'Person', name: a.author },
    isBasedOn: a.originalUrl,
    isPartOf: { '@type': 'CreativeWork', name: a.story.name, url: absolute(a.story.url) },
    mentions: a.people.map((p) => ({ '@type': 'Person', name: p.person.name, url: absolute(p.person.url) })),
  }));
  add(site.people, (p: PersonPage) => ({
    '@type': 'Person',
    name: p.name,
    url: absolute(p.url),
    jobTitle: p.role,
    // Known misspellings are what outlets got wrong, not other names of the person.
    alternateName: p.spellings.filter((s) => s.text !== p.name && s.status !== 'known misspelling').map((s) => s.text),
  }));
  add(site.stories, (s: StoryPage) => ({
    '@type': 'ItemList',
    name: s.name,
    url: absolute(s.url),
    numberOfItems: s.articles.length,
    itemListElement: s.articles.map((a, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      url: absolute(a.url),
      name: a.headline,
    })),
  }));
  add(site.figures, (f: FigurePage) => ({
    '@type': 'Claim',
    name: f.name,
    url: absolute(f.url),
    appearance: f.claims.map((c) =>
      known({
        '@type': 'CreativeWork',
        name: c.value,
        text: c.before + c.words + c.after,
        url: absolute(c.articleUrl),
        publisher: c.article.publisher && { '@type': 'Organization', name: c.article.publisher.name },
      }),
    ),
  }));
  add(site.sources, (s: SourcePage) => ({
    '@type': s.kind === 'government' ? 'GovernmentOrganization' : 'NewsMediaOrganization',
    name: s.name,
    alternateName: s.aliases,
    url: s.homepage,
    mainEntityOfPage: absolute(s.url),
  }));

  return (path, title) => {
    const make = things.get(path);
    // Folder indexes ("/people/") list pages; the 404 page has no address of its own.
    const fallback: Thing =
      path === '/'
        ? { '@type': 'WebSite', name: site.title, url: absolute(path) }
        : /^\/[^/]+\/$/.test(path)
          ? { '@type': 'CollectionPage', name: title, url: absolute(path) }
          : { '@type': 'WebPage', name: title, url: path.endsWith('/') ? absolute(path) : null };
    return { '@context': 'https://schema.org', ...known(make ? make() : fallback) };
  };
}
