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

/** Where a claim's words stand in its article, and the claim's anchor on its figure page. */
export const claimInArticle = (slug: string, index: number) => `${articleUrl(slug)}#user-content-claim-${index}`;
export const claimAnchor = (slug: string, index: number) => `claim-${slug}-${index}`;

/** Where a quote's words stand in its article. */
export const quoteInArticle = (slug: string, index: number) => `${articleUrl(slug)}#user-content-quote-${index}`;
