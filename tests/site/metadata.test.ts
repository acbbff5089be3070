import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pageKinds } from '../support/serve.ts';
import { listFiles, makeProject, removeProject, runBuild } from '../support/helpers.ts';
import { childrenNamed, parseXml } from '../support/xml.ts';

const SITE = 'https://example.org';

/** The page's one JSON-LD block, parsed. */
function jsonLdOf(html: string): Record<string, unknown> & { '@type': string } {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
  assert.equal(blocks.length, 1, 'one JSON-LD block');
  return JSON.parse(blocks[0]![1]!);
}

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

describe('page metadata', () => {
  let root: string;
  let dist: string;
  let pages: string[];
  const read = (file: string) => readFile(path.join(dist, file), 'utf8');
  const page = (url: string) => read(url === '/404.html' ? '404.html' : `${url.slice(1)}index.html`);
  before(async () => {
    root = await makeProject();
    dist = path.join(root, 'dist');
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
    pages = (await listFiles(dist)).filter((f) => f.endsWith('.html'));
  });
  after(() => removeProject(root));

  it('gives each page kind JSON-LD of its type, which parses', async () => {
    const expected: [RegExp, string][] = [
      [/^\/$/, 'WebSite'],
      [/^\/404\.html$/, 'WebPage'],
      [/^\/articles\/.+\/$/, 'NewsArticle'],
      [/^\/people\/.+\/$/, 'Person'],
      [/^\/stories\/.+\/$/, 'ItemList'],
      [/^\/figures\/.+\/$/, 'Claim'],
      [/^\/sources\/.+\/$/, 'NewsMediaOrganization'],
      [/^\/[^/]+\/$/, 'CollectionPage'],
    ];
    const kinds = await pageKinds(dist);
    for (const k of ['/articles/x/', '/people/x/', '/stories/x/', '/figures/x/', '/sources/x/'])
      assert.ok(
        kinds.some((u) => u.startsWith(k.slice(0, k.indexOf('x')))),
        k,
      );
    for (const url of kinds) {
      const ld = jsonLdOf(await page(url));
      assert.equal(ld['@context'], 'https://schema.org', url);
      const type = expected.find(([re]) => re.test(url))?.[1];
      // The search page is a page of its own kind, not an index of a folder of pages.
      if (url === '/search/') assert.ok(['WebPage', 'CollectionPage', 'SearchResultsPage'].includes(ld['@type']), url);
      else assert.equal(ld['@type'], type, url);
    }
  });

  it('never gives a figure a verdict', async () => {
    for (const f of pages) assert.doesNotMatch(await read(f), /ClaimReview|reviewRating/, f);
  });

  it('states only what is known about an article: no date, publisher or author made up', async () => {
    const undated = jsonLdOf(await page('/articles/ukraine-advances-into-russias-kursk-region/'));
    assert.equal(undated['@type'], 'NewsArticle');
    for (const key of ['datePublished', 'publisher', 'author']) assert.ok(!(key in undated), `no ${key}`);
    const cnn = jsonLdOf(await page('/articles/ukrainian-forces-advance-in-southern-russia/'));
    assert.equal(cnn.datePublished, '2024-08-14');
    assert.deepEqual(cnn.publisher, { '@type': 'Organization', name: 'CNN', url: 'https://edition.cnn.com/' });
    assert.ok(!('author' in cnn));
    assert.equal(cnn.url, `${SITE}/articles/ukrainian-forces-advance-in-southern-russia/`);
  });

  it('describes people, stories and figures from the site data', async () => {
    const people = JSON.parse(await read('data/people.json')) as {
      id: string;
      name: string;
      role: string | null;
      spellings: string[];
    }[];
    const zelensky = people.find((p) => p.id === 'volodymyr-zelensky')!;
    const person = jsonLdOf(await page('/people/volodymyr-zelensky/'));
    assert.equal(person.name, zelensky.name);
    assert.equal(person.jobTitle, zelensky.role);
    const alternate = person.alternateName as string[];
    assert.ok(
      alternate.length > 0 && alternate.every((n) => n !== zelensky.name && zelensky.spellings.includes(n)),
      String(alternate),
    );
    // Spellings the registry marks as wrong ("Kladkov") are what outlets got wrong, not names of the person.
    assert.ok(!('alternateName' in jsonLdOf(await page('/people/vyacheslav-gladkov/'))));

    const stories = JSON.parse(await read('data/stories.json')) as { id: string; url: string; articles: string[] }[];
    const story = jsonLdOf(await page(stories[0]!.url));
    const items = story.itemListElement as { position: number; url: string }[];
    assert.deepEqual(items.map((i) => i.url).sort(), stories[0]!.articles.map((a) => `${SITE}/articles/${a}/`).sort());
    assert.deepEqual(
      items.map((i) => i.position),
      items.map((_, i) => i + 1),
    );

    const figures = JSON.parse(await read('data/figures.json')) as {
      id: string;
      url: string;
      claims: { text: string }[];
    }[];
    const conflicting = figures.find((f) => f.claims.length > 1)!;
    const claim = jsonLdOf(await page(conflicting.url));
    const appearances = claim.appearance as { url: string; text: string }[];
    assert.equal(appearances.length, conflicting.claims.length);
    for (const a of appearances)
      assert.match(a.url, /^https:\/\/example\.org\/articles\/[^/]+\/#user-content-claim-\d+$/);
    for (const c of conflicting.claims)
      assert.ok(
        appearances.some((a) => a.text.includes(c.text)),
        c.text,
      );
  });

  it('gives every page a canonical address, Open Graph and Twitter cards (the 404 page no address)', async () => {
    for (const f of pages) {
      const html = await read(f);
      const canonical = attr(html, /<link rel="canonical" href="([^"]*)">/);
      if (f === '404.html') assert.equal(canonical, undefined);
      else {
        assert.equal(canonical, `${SITE}/${f.replace(/index\.html$/, '')}`, f);
        assert.equal(attr(html, /<meta property="og:url" content="([^"]*)">/), canonical, f);
      }
      for (const p of ['og:title', 'og:description', 'og:type', 'og:site_name'])
        assert.ok(attr(html, new RegExp(`<meta property="${p}" content="([^"]+)">`)), `${f}: ${p}`);
      for (const n of ['twitter:card', 'twitter:title', 'twitter:description'])
        assert.ok(attr(html, new RegExp(`<meta name="${n}" content="([^"]+)">`)), `${f}: ${n}`);
    }
  });

  it('lists every page in the sitemap, in a stable order, and points robots.txt at it', async () => {
    const locs = childrenNamed(parseXml(await read('sitemap.xml')), 'url').map((u) => childrenNamed(u, 'loc')[0]!.text);
    const expected = pages.filter((f) => f !== '404.html').map((f) => `${SITE}/${f.replace(/index\.html$/, '')}`);
    assert.deepEqual([...locs].sort(), expected.sort());
    assert.deepEqual(locs, [...locs].sort(), 'sorted by address');
    assert.match(await read('robots.txt'), new RegExp(`^Sitemap: ${SITE}/sitemap\\.xml$`, 'm'));
  });
});
