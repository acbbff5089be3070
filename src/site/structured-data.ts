import type { ArticlePage, FigurePage, PersonPage, SiteData, SourcePage, StoryPage } from '../model/site-data.ts';
import { scriptJson } from '../text/safe-text.ts';

type Thing = Record<string, unknown>;
type Absolute = (path: string) => string;

/** Only the properties whose value is known: nothing is filled in for what an article does not say. */
const known = (thing: Thing): Thing =>
  Object.fromEntries(
    Object.entries(thing).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );

const jsonLd = (thing: Thing) => scriptJson({ '@context': 'https://schema.org', ...known(thing) });

/**
 * Gives every entity page its schema.org JSON-LD, once: articles are
 * NewsArticle, people Person, stories an ItemList of their articles,
 * figures a Claim with each reported value as an appearance; a figure is
 * never given a verdict (no ClaimReview, no rating), as the site does not
 * rule on who is right.
 */
export function addStructuredData(site: SiteData, absolute: Absolute): void {
  const homepage = new Map(site.sources.map((s) => [s.id, s.homepage]));
  for (const a of site.articles) a.jsonLd = jsonLd(article(a, absolute, homepage));
  for (const p of site.people) p.jsonLd = jsonLd(person(p, absolute));
  for (const s of site.stories) s.jsonLd = jsonLd(story(s, absolute));
  for (const f of site.figures) f.jsonLd = jsonLd(figure(f, absolute));
  for (const s of site.sources) s.jsonLd = jsonLd(source(s, absolute));
}

/** For the pages that are no entity's: WebSite (home), CollectionPage (folder indexes) or WebPage. */
export function pageJsonLd(path: string, title: string, siteTitle: string, absolute: Absolute): string {
  if (path === '/') return jsonLd({ '@type': 'WebSite', name: siteTitle, url: absolute(path) });
  if (/^\/[^/]+\/$/.test(path)) return jsonLd({ '@type': 'CollectionPage', name: title, url: absolute(path) });
  // The 404 page has no address of its own.
  return jsonLd({ '@type': 'WebPage', name: title, url: path.endsWith('/') ? absolute(path) : null });
}

const article = (a: ArticlePage, absolute: Absolute, homepage: ReadonlyMap<string, string>): Thing => ({
  '@type': 'NewsArticle',
  headline: a.headline,
  url: absolute(a.url),
  inLanguage: a.language,
  datePublished: a.date,
  publisher: a.publisher && { '@type': 'Organization', name: a.publisher.name, url: homepage.get(a.publisher.id) },
  author: a.author && { '@type': 'Person', name: a.author },
  isBasedOn: a.originalUrl,
  isPartOf: { '@type': 'CreativeWork', name: a.story.name, url: absolute(a.story.url) },
  // Someone without a page of their own is described by this page itself: no address of theirs to give.
  mentions: a.people.map((p) => ({
    '@type': 'Person',
    name: p.person.name,
    ...(p.hasPage ? { url: absolute(p.person.url) } : {}),
  })),
});

const person = (p: PersonPage, absolute: Absolute): Thing => ({
  '@type': 'Person',
  name: p.name,
  url: absolute(p.url),
  jobTitle: p.role,
  // Known misspellings are what outlets got wrong, not other names of the person.
  alternateName: p.spellings.filter((s) => s.text !== p.name && s.status !== 'known misspelling').map((s) => s.text),
});

const story = (s: StoryPage, absolute: Absolute): Thing => ({
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
});

const figure = (f: FigurePage, absolute: Absolute): Thing => ({
  '@type': 'Claim',
  name: f.name,
  url: absolute(f.url),
  appearance: f.claims.map((c) =>
    known({
      '@type': 'CreativeWork',
      name: c.value,
      text: c.sentence,
      url: absolute(c.articleUrl),
      publisher: c.article.publisher && { '@type': 'Organization', name: c.article.publisher.name },
    }),
  ),
});

const source = (s: SourcePage, absolute: Absolute): Thing => ({
  '@type': s.kind === 'government' ? 'GovernmentOrganization' : 'NewsMediaOrganization',
  name: s.name,
  alternateName: s.aliases,
  url: s.homepage,
  mainEntityOfPage: absolute(s.url),
});
