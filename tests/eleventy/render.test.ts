import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { aggregate, buildSiteData, readProject, resolveBuildConfig } from '../../src/index.ts';
import { renderSite } from '../../src/eleventy/render.ts';
import { assertSameSite, FIXTURES, makeProject, removeProject, runBuild, runCli } from '../support/helpers.ts';

const fixture = (name: string) => readFile(path.join(FIXTURES, 'stories/articles', name), 'utf8');

/** The `@type` of a page's JSON-LD. */
const jsonLdType = (html: string) => /<script type="application\/ld\+json">\{[^<]*?"@type":"([^"]+)"/.exec(html)?.[1];

describe('several builds in one process', () => {
  it('give the site a fresh process gives, with no data or filter of an earlier build', async () => {
    const root = await makeProject({ 'flood-ap.md': await fixture('flood-ap.md') });
    try {
      assert.equal((await runBuild(root)).code, 0);
      await writeFile(path.join(root, 'articles/transfer-cnn.md'), await fixture('transfer-cnn.md'));
      const second = await runBuild(root);
      assert.equal(second.code, 0, second.stderr);
      const added = await readFile(path.join(root, 'dist/articles/transfer-cnn/index.html'), 'utf8');
      assert.equal(jsonLdType(added), 'NewsArticle', 'the added article is an article, not a web page');
      // A fresh process, nothing cached: what the site must be.
      const cold = await runCli(['build', '--root', root, '--out', path.join(root, 'cold'), '--no-cache']);
      assert.equal(cold.code, 0, cold.stderr);
      await assertSameSite(path.join(root, 'cold'), path.join(root, 'dist'));
      // And a later build in a new process keeps nothing stale from the manifest.
      const later = await runCli(['build', '--root', root]);
      assert.equal(later.code, 0, later.stderr);
      await assertSameSite(path.join(root, 'cold'), path.join(root, 'dist'));
    } finally {
      await removeProject(root);
    }
  });
});

describe('renderSite', () => {
  it('renders the same site in many small Eleventy runs as in one', async () => {
    const root = await makeProject();
    try {
      const { articles, registries } = await readProject(root);
      const config = resolveBuildConfig({ root });
      const site = buildSiteData(aggregate(articles, registries), config);
      // A retired story's address: the last item, so in the last run, which renders only the paginated templates.
      site.redirects.push({ url: '/stories/retired-story/', to: '/', story: null });
      const [one, many] = [path.join(root, 'one'), path.join(root, 'many')];
      await renderSite(site, one, config.pathPrefix, config.absolute, site, 1_000_000);
      await renderSite(site, many, config.pathPrefix, config.absolute, site, 7);
      await assertSameSite(one, many);
      assert.ok(existsSync(path.join(many, 'stories/retired-story/index.html')), 'the redirect page of the last run');
    } finally {
      await removeProject(root);
    }
  });
});
