import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { childPages } from '../support/serve.ts';
import { aggregate, buildSiteData, readProject, renderSite, resolveBuildConfig } from '../../src/index.ts';
import { listFiles, makeProject, removeProject, runBuild } from '../support/helpers.ts';
import { readAtom, readJsonFeed, type FeedRead } from '../support/feed-check.ts';
import { HOSTILE } from '../support/hostile-text.ts';

const SITE = 'https://example.org';
const UNDATED = 'ukraine-advances-into-russias-kursk-region';

describe('feeds', () => {
  let root: string;
  let dist: string;
  const read = (file: string) => readFile(path.join(dist, file), 'utf8');
  before(async () => {
    root = await makeProject();
    dist = path.join(root, 'dist');
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
  });
  after(() => removeProject(root));

  it('has an Atom feed for the site and for every story, source and person, and a JSON Feed for the site, each parsing', async () => {
    const followed = [
      '/',
      ...(await Promise.all(['stories', 'sources', 'people'].map((f) => childPages(dist, f)))).flat(),
    ];
    assert.ok(followed.length > 3);
    const atoms = (await listFiles(dist)).filter((f) => f.endsWith('feed.xml'));
    assert.deepEqual(atoms, followed.map((p) => `${p.slice(1)}feed.xml`).sort());
    for (const page of followed)
      assert.equal(readAtom(await read(`${page.slice(1)}feed.xml`)).self, `${SITE}${page}feed.xml`);
    assert.deepEqual(
      (await listFiles(dist)).filter((f) => f.endsWith('feed.json')),
      ['feed.json'],
      'one JSON Feed: the site’s',
    );
    const json = readJsonFeed(await read('feed.json'));
    assert.equal(json.self, `${SITE}/feed.json`);
    assert.deepEqual(readAtom(await read('feed.xml')).entries, json.entries, 'both formats list the same articles');
  });

  it('links every entry to an article page of the site, newest first', async () => {
    const feed = readAtom(await read('feed.xml'));
    const articles = await childPages(dist, 'articles');
    assert.deepEqual(feed.entries.map((e) => e.url.slice(SITE.length)).sort(), articles);
    for (const e of feed.entries) assert.equal(e.id, e.url);
    const dated = feed.entries.map((e) => e.published).filter((d) => d !== null);
    assert.deepEqual(dated, [...dated].sort().reverse());
    assert.ok(feed.entries.findIndex((e) => e.published === null) >= dated.length, 'undated entries come last');
  });

  it('gives an article with an unknown date no date, and the feed the latest known date, never the build time', async () => {
    for (const feed of [readAtom(await read('feed.xml')), readJsonFeed(await read('feed.json'))]) {
      const undated = feed.entries.find((e) => e.url === `${SITE}/articles/${UNDATED}/`);
      assert.ok(undated);
      assert.equal(undated.published, null);
    }
    const xml = await read('feed.xml');
    const entry = xml.slice(xml.indexOf(`${UNDATED}/</id>`), xml.indexOf('</entry>', xml.indexOf(`${UNDATED}/</id>`)));
    assert.doesNotMatch(entry, /<published>|<updated>/);
    assert.equal(readAtom(xml).updated, '2024-08-14T00:00:00Z');
    // A source whose only article is undated borrows the site's latest known date for the feed, not for the entry.
    const alBawaba = readAtom(await read('sources/al-bawaba/feed.xml'));
    assert.equal(alBawaba.updated, '2024-08-14T00:00:00Z');
    assert.deepEqual(
      alBawaba.entries.map((e) => e.published),
      [null],
    );
  });

  it('is linked from the pages it follows: <link rel="alternate"> and a visible Follow link', async () => {
    for (const page of [
      'stories/ukrainian-forces-advance-in-southern-russia/',
      'sources/cnn/',
      'people/vladimir-putin/',
      '',
    ]) {
      const html = await read(`${page}index.html`);
      const formats = [['application/atom+xml', 'xml']];
      if (page === '') formats.push(['application/feed+json', 'json']);
      else assert.ok(!html.includes(`href="/${page}feed.json"`), `${page}: no JSON Feed of its own`);
      for (const [type, ext] of formats) {
        assert.ok(
          html.includes(`<link rel="alternate" type="${type}" href="/${page}feed.${ext}"`),
          `${page}: <link> to feed.${ext}`,
        );
        const follow = /<p class="follow">Follow [^<]*: (.*)<\/p>/.exec(html)?.[1] ?? '';
        assert.ok(
          follow.includes(`<a href="/${page}feed.${ext}" type="${type}">`),
          `${page}: Follow link to feed.${ext}`,
        );
      }
    }
    // Every page offers the site feed.
    assert.ok(
      (await read('articles/index.html')).includes(
        '<link rel="alternate" type="application/atom+xml" href="/feed.xml"',
      ),
    );
  });
});

describe('feeds from hostile text', () => {
  it('strip control characters, lone surrogates and noncharacters from everything they carry', async () => {
    // Straight into the site data, past the loader (which refuses such characters in files): the feeds must hold whatever reaches them.
    const root = await makeProject();
    try {
      const { articles, registries } = await readProject(root);
      const target = articles.find((a) => a.meta.date !== null)!;
      Object.assign(target.meta, { headline: `Headline ${HOSTILE}`, author: `Author ${HOSTILE}` });
      const config = resolveBuildConfig({ root }, { TRIANGULATE_SITE_URL: SITE });
      const site = buildSiteData(aggregate(articles, registries), config);
      const out = path.join(root, 'hostile-site');
      await renderSite(site, out, config.absolute);
      const feeds: FeedRead[] = [];
      for (const f of (await listFiles(out)).filter((f) => /feed\.(xml|json)$/.test(f))) {
        const text = await readFile(path.join(out, f), 'utf8');
        assert.doesNotMatch(
          text,
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff\ufdd0]/u,
          f,
        );
        feeds.push(f.endsWith('.xml') ? readAtom(text) : readJsonFeed(text));
      }
      const titles = feeds.flatMap((f) => f.entries.map((e) => e.title)).filter((t) => t.startsWith('Headline'));
      assert.ok(titles.length >= 2, 'the hostile headline is in the feeds');
      for (const t of titles) assert.equal(t, 'Headline abcdefghijklmnop');
      assert.ok((await readFile(path.join(out, 'feed.json'), 'utf8')).includes('"name": "Author abcdefghijklmnop"'));
      assert.ok(existsSync(path.join(out, 'feed.xml')));
    } finally {
      await removeProject(root);
    }
  });
});
