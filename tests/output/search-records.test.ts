import assert from 'node:assert/strict';
import { cp, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  aggregate,
  buildSiteData,
  readProject,
  resolveBuildConfig,
  type Aggregate,
  type SiteData,
} from '../../src/index.ts';
import { FACET_SEPARATOR, searchRecords, searchTexts, type SearchRecord } from '../../src/output/search-records.ts';
import { FIXTURES, makeProject, removeProject } from '../support/helpers.ts';

describe('search records', () => {
  let root: string;
  let records: SearchRecord[];
  before(async () => {
    root = await makeProject({});
    await cp(path.join(FIXTURES, 'stories/articles'), path.join(root, 'articles'), { recursive: true });
    const { articles, registries } = await readProject(root);
    const site = buildSiteData(aggregate(articles, registries), resolveBuildConfig({ root }, {}));
    records = searchRecords(site, searchTexts(articles), '/');
  });
  after(() => removeProject(root));

  const record = (slug: string) => records.find((r) => r.url === `/articles/${slug}/`);

  it("give a syndicated copy no result of its own: its text is indexed once, with the article it copies, which carries the copy's outlet", () => {
    const original = record('flood-reuters')!;
    assert.equal(record('flood-bbc-copy'), undefined);
    assert.ok(original.content.length > 500, 'the original has its whole text');
    assert.deepEqual(original.meta.outlet!.split(FACET_SEPARATOR), ['BBC', 'Reuters']);
  });

  it('index every other article with its whole text', () => {
    for (const slug of ['flood-ap', 'transfer-albawaba', 'transfer-cnn'])
      assert.ok(record(slug)!.content.length > 500, slug);
  });
});

describe('search records of a story with a lone number and an old address', () => {
  let records: SearchRecord[];
  let root: string;
  before(async () => {
    root = await makeProject({});
    for (const f of await readdir(path.join(FIXTURES, 'figure-pages')))
      await cp(path.join(FIXTURES, 'figure-pages', f), path.join(root, 'articles', f));
    // A story whose articles are all gone: its address redirects home.
    await writeFile(
      path.join(root, 'registries/story-ids.yaml'),
      '- id: removed-story\n  articles: [an-article-since-deleted]\n',
    );
    const { articles, registries } = await readProject(root);
    const site = buildSiteData(aggregate(articles, registries), resolveBuildConfig({ root }, {}));
    assert.deepEqual(
      site.redirects.map((r) => r.url),
      ['/stories/removed-story/'],
    );
    records = searchRecords(site, searchTexts(articles), '/');
  });
  after(() => removeProject(root));

  it('are the pages readers look for (articles, stories, sources, people where named) and only the figures with a page', () => {
    const kinds = new Map<string, string[]>();
    for (const r of records) kinds.set(r.meta.kind!, [...(kinds.get(r.meta.kind!) ?? []), r.url]);
    assert.deepEqual([...kinds.keys()].sort(), ['Article', 'Figure', 'Source', 'Story']);
    assert.deepEqual(kinds.get('Figure')!.sort(), [
      '/figures/crete-ferry-sinking-passengers-rescued-water/',
      '/figures/crete-ferry-sinking-people-killed/',
    ]);
    assert.ok(kinds.get('Source')!.includes('/sources/bbc/'));
    const figure = records.find((r) => r.url === '/figures/crete-ferry-sinking-passengers-rescued-water/')!;
    assert.deepEqual(figure.meta.outlet!.split(FACET_SEPARATOR), ['BBC', 'Reuters']);
  });

  it('give no record to a redirect or to a figure without a page', () => {
    assert.deepEqual(
      records.filter((r) => /removed-story|cars-carrying/.test(r.url)),
      [],
    );
  });
});

describe('search records of stories and people', () => {
  let root: string;
  let records: SearchRecord[];
  let site: SiteData;
  let agg: Aggregate;
  before(async () => {
    root = await makeProject({});
    // Nine events, most reported once: people named in one article, and one named in two.
    for (const event of await readdir(path.join(FIXTURES, 'analysis')))
      await cp(path.join(FIXTURES, 'analysis', event, 'articles'), path.join(root, 'articles'), { recursive: true });
    const { articles, registries } = await readProject(root);
    agg = aggregate(articles, registries);
    site = buildSiteData(agg, resolveBuildConfig({ root }, {}));
    records = searchRecords(site, searchTexts(articles), '/');
  });
  after(() => removeProject(root));

  const record = (slug: string) => records.find((r) => r.url === `/articles/${slug}/`);

  it('give a story of several articles and a person with a page a record, and find the others through their article', () => {
    const urls = (kind: string) => records.filter((r) => r.meta.kind === kind).map((r) => r.url);
    assert.ok(urls('Story').length > 0 && urls('Person').length > 0);
    for (const s of site.stories) assert.equal(urls('Story').includes(s.url), s.articles.length >= 2, s.url);
    assert.deepEqual(
      urls('Person').sort(),
      agg.people
        .filter((p) => p.articles.length >= 2 || p.inRegistry)
        .map((p) => `/people/${p.id}/`)
        .sort(),
    );
    const namedOnce = agg.people.filter((p) => p.articles.length === 1 && !p.inRegistry);
    assert.ok(namedOnce.length > 0, 'the fixture names someone in one article only');
    for (const p of namedOnce) {
      const article = record(p.articles[0]!)!;
      assert.ok(article.content.includes(p.name), `${p.name} is in the text of ${article.url}`);
    }
  });
});
