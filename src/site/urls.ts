import type { Figure, PersonEntity } from '../model/aggregate.ts';

/**
 * The one URL rule of each page kind: site data writes these into every
 * item's `url`, templates use that as the permalink, and the open data
 * gives the same addresses.
 */
export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const storyUrl = (id: string) => `/stories/${id}/`;
export const personUrl = (id: string) => `/people/${id}/`;
export const figureUrl = (id: string) => `/figures/${id}/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;

/**
 * Where links to a figure lead: its page, or for a figure without one (a lone claim; see Figure.hasPage)
 * that claim's place in its article.
 */
export const figureLink = (f: Pick<Figure, 'id' | 'hasPage' | 'claims'>) =>
  f.hasPage ? figureUrl(f.id) : claimInArticle(f.claims[0]!.article, f.claims[0]!.index);

/**
 * Where links to a person lead: their page, or for someone without one (named in one article; see
 * PersonEntity.hasPage) their entry in that article's list of the people it names.
 */
export const personLink = (p: Pick<PersonEntity, 'id' | 'hasPage' | 'articles'>) =>
  p.hasPage ? personUrl(p.id) : `${articleUrl(p.articles[0]!)}#${personAnchor(p.id)}`;

/** A person's entry in an article's list of the people it names. */
export const personAnchor = (id: string) => `person-${id}`;

/** Where a claim's words stand in its article, and the claim's anchor on its figure page. */
export const claimInArticle = (slug: string, index: number) => `${articleUrl(slug)}#user-content-claim-${index}`;
export const claimAnchor = (slug: string, index: number) => `claim-${slug}-${index}`;

/** Where a quote's words stand in its article. */
export const quoteInArticle = (slug: string, index: number) => `${articleUrl(slug)}#user-content-quote-${index}`;
