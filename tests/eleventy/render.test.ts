import { describe, it } from 'node:test';
import path from 'node:path';
import { aggregate, buildSiteData, readProject, resolveBuildConfig } from '../../src/index.ts';
import { renderSite } from '../../src/eleventy/render.ts';
import { assertSameSite, makeProject, removeProject } from '../support/helpers.ts';

describe('renderSite', () => {
  it('renders the same site in many small Eleventy runs as in one', async () => {
    const root = await makeProject();
    try {
      const { articles, registries } = await readProject(root);
      const config = resolveBuildConfig({ root });
      const site = buildSiteData(aggregate(articles, registries), config);
      const [one, many] = [path.join(root, 'one'), path.join(root, 'many')];
      await renderSite(site, one, config.pathPrefix, config.absolute, site, 1_000_000);
      await renderSite(site, many, config.pathPrefix, config.absolute, site, 7);
      await assertSameSite(one, many);
    } finally {
      await removeProject(root);
    }
  });
});
