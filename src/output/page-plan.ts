import { createHash } from 'node:crypto';
import { updateWithJson } from '../util/json-hash.ts';
import { PAGE_KINDS, type PageKind, type PagesToRender, type SiteData } from '../model/site-data.ts';

/** The file a site path is written to, relative to the site folder: "/articles/x/" → "articles/x/index.html", "/feed.xml" → "feed.xml". */
export const outputFile = (sitePath: string) =>
  sitePath.endsWith('/') ? `${sitePath.slice(1)}index.html` : sitePath.slice(1);

export interface PlannedPage {
  kind: PageKind;
  item: SiteData[PageKind][number];
  /** Output files, relative to the site folder. */
  files: string[];
  /** Changes whenever anything the page's files are made of changes. */
  fingerprint: string;
}

/**
 * Every paginated page with a fingerprint of all it is made of, so that a
 * rebuild can keep a page whose fingerprint did not change. An entity page
 * reads its item (its JSON-LD included), `site.title` and, through a filter,
 * its feed (tests/site/templates.test.ts keeps the templates to that); a feed
 * file reads its feed. `salt` stands for everything else: the code, the
 * templates, the site title and the site's address.
 */
export function planPages(site: SiteData, salt: string): PlannedPage[] {
  const feedOf = new Map(site.feeds.map((f) => [f.page, f]));
  const fingerprint = (...parts: unknown[]) => {
    const hash = createHash('sha256').update(salt);
    for (const part of parts) updateWithJson(hash.update('\0'), part);
    return hash.digest('base64url');
  };
  const plan: PlannedPage[] = [];
  for (const kind of ['articles', 'stories', 'sources', 'people', 'figures', 'redirects'] as const) {
    for (const item of site[kind])
      plan.push({
        kind,
        item,
        files: [outputFile(item.url)],
        fingerprint: fingerprint(kind, item, feedOf.get(item.url)),
      });
  }
  for (const feed of site.feeds)
    plan.push({
      kind: 'feeds',
      item: feed,
      files: [outputFile(feed.atom)],
      fingerprint: fingerprint('feeds', feed),
    });
  return plan;
}

/**
 * What every page kept from the previous build depends on besides its own
 * data: the code and registries (`salt`), the templates (`templates`, their
 * fingerprint) and `settings` (the site's title and address).
 */
export function pageSalt(salt: string, templates: string, settings: readonly string[]): string {
  const hash = createHash('sha256').update(salt).update(templates);
  for (const s of settings) hash.update('\0').update(s);
  return hash.digest('hex');
}

/** The items whose pages must be rendered: those `keep` does not keep. */
export function pagesToRender(plan: readonly PlannedPage[], keep: (page: PlannedPage) => boolean): PagesToRender {
  const pages = Object.fromEntries(PAGE_KINDS.map((k) => [k, []])) as unknown as Record<PageKind, unknown[]>;
  for (const page of plan) if (!keep(page)) pages[page.kind].push(page.item);
  return pages as PagesToRender;
}
