import Eleventy from '@11ty/eleventy';
import { PACKAGE_ROOT } from '../config/package-root.ts';
import { addSiteFilters } from './filters.ts';
import type { PagesToRender, SiteData } from '../model/site-data.ts';

/**
 * Renders the templates into `outDir`: `site` is the only content, and
 * `pages` the items the paginated templates render (all of them, or on a
 * rebuild those whose pages changed). Eleventy resolves its folders from
 * the working directory, so it runs from the package root. `absolute`
 * gives the addresses that feeds, canonical links and the sitemap need.
 */
export async function renderSite(
  site: SiteData,
  outDir: string,
  pathPrefix: string,
  absolute: (path: string) => string,
  pages: PagesToRender = site,
): Promise<void> {
  const cwd = process.cwd();
  process.chdir(PACKAGE_ROOT);
  try {
    const eleventy = new Eleventy('templates', outDir, {
      configPath: '.eleventy.js',
      quietMode: true,
      pathPrefix,
      config: (config) => {
        config.addGlobalData('site', site);
        config.addGlobalData('pages', pages);
        addSiteFilters(config, site, absolute, pathPrefix);
      },
    });
    await eleventy.write();
  } finally {
    process.chdir(cwd);
  }
}
