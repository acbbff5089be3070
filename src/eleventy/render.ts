import Eleventy from '@11ty/eleventy';
import { PACKAGE_ROOT } from '../config/package-root.ts';
import { isDiskFull } from '../util/disk-full.ts';
import { addSiteFilters } from './filters.ts';
import { stopOnFailure } from './stop-on-failure.ts';
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
  const stopper = stopOnFailure();
  try {
    const eleventy = new Eleventy('templates', outDir, {
      configPath: '.eleventy.js',
      quietMode: true,
      pathPrefix,
      config: (config) => {
        // Eleventy keeps compiled layouts in a cache shared by every instance in the process, each holding the
        // filters of the build that first used it: a second build in one process (the preview, the API) would
        // render its pages with the first build's data. Turned off, each build renders with its own filters;
        // compiled Nunjucks templates are still reused within a build (see .eleventy.js).
        config.setUseTemplateCache(false);
        config.addGlobalData('site', site);
        config.addGlobalData('pages', pages);
        addSiteFilters(config, site, absolute);
        config.addTransform('stop-on-failure', stopper.transform);
      },
    });
    // Eleventy prints its errors with their stack; they are held back and shown only for a fault of
    // the program, not for a full disk, which the build reports in one line.
    const errors: string[] = [];
    eleventy.logger.overrideLogger({ ...console, error: (line: string) => errors.push(line) });
    try {
      await eleventy.write();
    } catch (err) {
      await stopper.stop();
      if (!isDiskFull(err)) for (const line of errors) console.error(line);
      throw err;
    }
  } finally {
    process.chdir(cwd);
  }
}
