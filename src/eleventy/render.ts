import Eleventy, { HtmlBasePlugin } from '@11ty/eleventy';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../config/package-root.ts';
import { isDiskFull } from '../util/disk-full.ts';
import { siteFilters } from './filters.ts';
import { stopOnFailure } from './stop-on-failure.ts';
import { BATCH_ITEMS, renderBatches } from './batches.ts';
import { cachedCompile, type Compile } from './compile-cache.ts';
import type { PagesToRender, SiteData } from '../model/site-data.ts';

/** The paginated templates: one file per item of `pages`, rendered batch by batch. */
export const PAGINATED = new Set([
  'article.njk',
  'story.njk',
  'source.njk',
  'person.njk',
  'figure.njk',
  'redirect.njk',
  'feeds/atom.njk',
]);

/** Where compiled templates are kept between runs, beside the compiled bundle (see src/launch.mjs). */
const COMPILED_TEMPLATES = path.join(PACKAGE_ROOT, '.cache', 'nunjucks');
const withCachedCompile = new WeakSet<object>();

/** Nunjucks' compiler made to keep what it compiles (see compile-cache.ts), once per copy of Nunjucks. */
function cacheCompiles({ nunjucks }: { nunjucks: { compiler: { compile: Compile } } }): void {
  const { compiler } = nunjucks;
  if (withCachedCompile.has(compiler)) return;
  withCachedCompile.add(compiler);
  // The locked dependencies stand for Nunjucks' version: another version compiles differently.
  const lock = path.join(PACKAGE_ROOT, 'package-lock.json');
  const version = existsSync(lock) ? createHash('sha256').update(readFileSync(lock)).digest('hex') : '';
  compiler.compile = cachedCompile(compiler.compile, COMPILED_TEMPLATES, version);
}

/**
 * Renders the templates into `outDir`: `site` is the only content, and
 * `pages` the items the paginated templates render (all of them, or on a
 * rebuild those whose pages changed). Eleventy resolves its folders from
 * the working directory, so it runs from the package root. `absolute`
 * gives the addresses that feeds, canonical links and the sitemap need.
 *
 * One Eleventy run keeps every page it renders in memory until it is done
 * (2.2 GB of heap for a 1 GB site), so the pages are rendered by several
 * runs over batches of items (see batches.ts): the first run also renders
 * the site-wide pages (index pages, sitemap, search, 404), the others only
 * the paginated templates.
 */
export async function renderSite(
  site: SiteData,
  outDir: string,
  pathPrefix: string,
  absolute: (path: string) => string,
  pages: PagesToRender = site,
  batchItems = BATCH_ITEMS,
): Promise<void> {
  const cwd = process.cwd();
  process.chdir(PACKAGE_ROOT);
  const stopper = stopOnFailure();
  try {
    const sitewide = readdirSync('templates', { recursive: true, encoding: 'utf8' })
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => f.endsWith('.njk') && !f.startsWith('_includes/') && !PAGINATED.has(f));
    const filters = siteFilters(site, absolute, pathPrefix);
    let first = true;
    for (const batch of renderBatches(pages, batchItems)) {
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
          config.addPlugin(HtmlBasePlugin);
          config.on('eleventy.engine.njk', cacheCompiles);
          config.addGlobalData('site', site);
          config.addGlobalData('pages', batch);
          for (const [name, filter] of filters) config.addFilter(name, filter);
          if (!first) for (const f of sitewide) config.ignores.add(`templates/${f}`);
          config.addTransform('stop-on-failure', stopper.transform);
        },
      });
      // Its "Wrote N files" line would be said once per batch; the build's own summary says what was built.
      // Its errors come with their stack: held back, and shown only for a fault of the program, not for a
      // full disk, which the build reports in one line.
      const errors: string[] = [];
      const quiet = () => {};
      eleventy.logger.overrideLogger({ log: quiet, info: quiet, warn: quiet, error: (line) => errors.push(line) });
      try {
        await eleventy.write();
      } catch (err) {
        await stopper.stop();
        if (!isDiskFull(err)) for (const line of errors) console.error(line);
        throw err;
      }
      first = false;
    }
  } finally {
    process.chdir(cwd);
  }
}
