import assert from 'node:assert/strict';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { aggregate, buildSiteData, readProject, resolveBuildConfig } from '../../src/index.ts';
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
