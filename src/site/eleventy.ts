import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { addSiteFilters } from './filters.ts';
import { absoluteUrls, siteOrigin, SITE_URL_VARIABLE } from './site-url.ts';
import type { SiteData } from './types.ts';

/** Where the generator's own files (.eleventy.js, templates/) live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Renders the templates with `site` as the only content into `outDir`.
 * Eleventy resolves its folders from the working directory, so it runs
 * from the package root. `siteUrl` (TRIANGULATE_SITE_URL) gives the
 * absolute addresses that feeds, canonical links and the sitemap need.
 */
export async function renderSite(site: SiteData, outDir: string, pathPrefix = '/', siteUrl = process.env[SITE_URL_VARIABLE]): Promise<void> {
  const absolute = absoluteUrls(siteOrigin(siteUrl, pathPrefix), pathPrefix);
  const cwd = process.cwd();
  process.chdir(PACKAGE_ROOT);
  try {
    const eleventy = new Eleventy('templates', outDir, {
      configPath: '.eleventy.js',
      quietMode: true,
      pathPrefix,
      config: (config) => {
        config.addGlobalData('site', site);
        addSiteFilters(config, site, absolute);
      },
    });
    await eleventy.write();
  } finally {
    process.chdir(cwd);
  }
}
