import type { ProcessedArticle } from '../model/processed-article.ts';
import type { SiteData } from '../model/site-data.ts';

/** One entry of the search index (Pagefind's custom record). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  /** title, kind, and the facets (outlet, person, story) as lists joined by FACET_SEPARATOR. */
  meta: Record<string, string>;
}

/** Joins a facet's values in the metadata; names never contain it. */
export const FACET_SEPARATOR = ' | ';
const facets = (f: { outlet?: string[]; person?: string[]; story?: string[] }) =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, [...new Set(v)].sort().join(FACET_SEPARATOR)]));

/** Each article's words as a reader sees them (its cleaned paragraphs, white space folded), by slug. */
export const searchTexts = (articles: readonly ProcessedArticle[]): Map<string, string> =>
  new Map(
    articles.map((a) => [
      a.slug,
      a.paragraphs
        .map((p) => p.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ]),
  );

/**
 * What search indexes: the pages readers look for. Articles (filterable by
 * outlet, person and story), stories of two or more articles, the people
 * with a page (named in two or more articles or in the registry), whose record carries every
 * spelling the outlets used, so a misspelled name finds the right person,
 * sources, and the figures that have a page (something to compare; a lone
 * number is found with its article's text). A story of one article, or a
 * person named in one, is found through that article's record, which holds
 * the same words: a record of its own would only repeat a result (and each
 * record costs the indexer about a millisecond; at 10,000 articles these
 * were 8,900 of 28,400). No redirect has a record. A syndicated copy is not a
 * result of its own: its text is indexed once, with the article it copies,
 * whose record also carries the copies' headlines and outlets. A search
 * shows one result per text, not one per outlet that ran it, and the outlet
 * filter still finds what each outlet published; the copies are linked
 * from the article's page. `text` is each article's running text by slug.
 */
export function searchRecords(site: SiteData, text: ReadonlyMap<string, string>, pathPrefix: string): SearchRecord[] {
  const url = (path: string) => `${pathPrefix.replace(/\/$/, '')}${path}`;
  const records: SearchRecord[] = [];
  for (const a of site.articles) {
    if (a.copyOf) continue;
    const otherHeadlines = [...new Set(a.copies.map((c) => c.headline))].filter((h) => h !== a.headline);
    records.push({
      url: url(a.url),
      content: [a.headline, ...otherHeadlines, text.get(a.slug)!].join('. '),
      language: a.language.slice(0, 2),
      meta: {
        title: a.headline,
        kind: 'Article',
        ...facets({
          outlet: [a, ...a.copies].map((x) => x.outlet),
          person: a.people.map((p) => p.person.name),
          story: [a.story.name],
        }),
      },
    });
  }
  for (const s of site.stories) {
    if (s.articles.length < 2) continue;
    records.push({
      url: url(s.url),
      content: `${s.name}. ${s.summary.map((x) => x.text).join(' ')}`,
      language: 'en',
      meta: {
        title: s.name,
        kind: 'Story',
        ...facets({
          outlet: s.outlets.map((o) => o.name),
          person: s.people.map((p) => p.person.name),
          story: [s.name],
        }),
      },
    });
  }
  // SiteData.people holds only the people with a page of their own.
  for (const p of site.people) {
    records.push({
      url: url(p.url),
      content: `${p.name}. ${p.role ?? ''}. Also written: ${p.spellings.map((s) => s.text).join(', ')}.`,
      language: 'en',
      meta: { title: p.name, kind: 'Person', ...facets({ person: [p.name] }) },
    });
  }
  for (const s of site.sources) {
    records.push({
      url: url(s.url),
      content: `${s.name}. ${s.aliases.length ? `Also called ${s.aliases.join(', ')}. ` : ''}${s.homepage}`,
      language: 'en',
      meta: { title: s.name, kind: 'Source', ...facets({ outlet: [s.name] }) },
    });
  }
  // SiteData.figures holds only the figures with a page of their own.
  for (const f of site.figures) {
    records.push({
      url: url(f.url),
      content: `${f.name}. ${f.comparisonText}`,
      language: 'en',
      meta: {
        title: f.name,
        kind: 'Figure',
        ...facets({
          outlet: f.claims.map((c) => c.article.outlet),
          person: f.claims.flatMap((c) => c.claimant?.name ?? []),
          story: [f.inStory.name],
        }),
      },
    });
  }
  return records;
}
