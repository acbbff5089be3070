import path from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { cacheSalt, readCache } from '../cache/article-cache.ts';
import { loadProject } from '../load/loader.ts';
import { runPipeline } from '../per-article/process-articles.ts';
import type { OpenData } from '../model/open-data.ts';
import { buildOpenData } from '../output/open-data.ts';
import { buildSiteData } from '../site/site-data.ts';
import type { SiteData } from '../model/site-data.ts';
import { writeCache } from '../output/article-cache.ts';
import { StageClock } from '../util/stage-clock.ts';

export interface BuildOptions {
  root: string;
  out: string;
  pathPrefix: string;
  /** Validate only; write nothing. */
  checkOnly: boolean;
  log: (line: string) => void;
  error: (line: string) => void;
  /** Filled with wall time per stage (ms). */
  clock?: StageClock;
  /** Reuse and store per-article results in <root>/.cache (default true). */
  cache?: boolean;
  /** Worker threads for per-article work (default: one per core, when there is enough work). */
  workers?: number;
}

interface Prepared {
  site: SiteData;
  data: OpenData;
  /** The build report written beside the site. */
  report: unknown;
  salt: string | undefined;
  warnings: number;
  toReview: number;
}

/**
 * The build: everything is validated first, then the site data is made and
 * written (see write-site.ts), so a failed build leaves the previous site
 * untouched. Returns the exit code.
 */
export async function build(o: BuildOptions): Promise<number> {
  const started = performance.now();
  const clock = o.clock ?? new StageClock();
  // Everything up to the site data lives in prepare(): once it returns, the article files, the cache
  // and the per-article results can be freed while the site is written (the largest step for memory).
  const prepared = await prepare(o, clock);
  if (typeof prepared === 'number') return prepared;
  const { site, data, report, salt, warnings, toReview } = prepared;
  // Loaded only here: Eleventy takes half a second to import, which `check` does not need.
  const { writeSite } = await import('../output/write-site.ts');
  try {
    await writeSite({ root: o.root, out: o.out, pathPrefix: o.pathPrefix, salt, clock }, site, data, report);
  } catch (err) {
    o.error(`internal error while writing the site: ${(err as Error).message}`);
    o.error('nothing was published; the previous site is unchanged. Please report this.');
    return 2;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  o.log(
    `Built ${site.stats.articles} articles in ${site.stats.stories} ${site.stats.stories === 1 ? 'story' : 'stories'} (${site.stats.copies} copies), ${site.stats.sources} sources, ${site.stats.people} people, ${site.stats.figures} figures (${site.stats.conflicts} conflicting), ${site.stats.quotes} quotes, ${site.stats.citations} citations; ${warnings} warning${warnings === 1 ? '' : 's'}, ${toReview} to review; ${seconds} s → ${path.relative(process.cwd(), o.out) || o.out}`,
  );
  return 0;
}

/** Loads, validates and processes every article, reports the problems, and makes the site data; or returns the exit code. */
async function prepare(o: BuildOptions, clock: StageClock): Promise<Prepared | number> {
  const files = await clock.time('load', () => loadProject(o.root));
  const useCache = o.cache ?? true;
  const salt = useCache
    ? await clock.time('load', () => cacheSalt([files.sources.bytes, files.people.bytes, files.measures.bytes]))
    : undefined;
  const cached = salt ? await clock.time('load', () => readCache(o.root)) : undefined;
  let reported = 0;
  const result = await runPipeline(files, {
    salt,
    cached,
    workers: o.workers,
    clock: (stage, ms) => clock.add(stage, ms),
    // Long runs say how far they are, every tenth of the way.
    progress: (done, total) => {
      if (total >= 500 && done - reported >= total / 10) {
        reported = done;
        o.error(`processed ${done} of ${total} articles…`);
      }
    },
  });
  // Only a build that passes leaves a cache behind: a failed one changes nothing on disk.
  if (cached && result.ok) await clock.time('cache', () => writeCache(o.root, result.keys, cached, result.fresh));
  for (const d of result.diagnostics) o.error(formatDiagnostic(d));
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = result.diagnostics.length - warnings;
  if (!result.ok) {
    o.error(
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; nothing was built${o.checkOnly ? '' : `, ${path.relative(o.root, o.out) || o.out} is unchanged`}.`,
    );
    return 1;
  }
  if (o.checkOnly) {
    o.log(`Checked ${result.articles.length} articles and the registries: ${warnings} warnings.`);
    return 0;
  }
  const { site, review } = await clock.time('cluster+aggregate', () =>
    buildSiteData(result.articles, result.registries),
  );
  for (const r of review)
    o.log(
      `review: '${r.name}' in ${r.file} looks like ${r.looksLike} (${r.reason}): add it to the registry or ignore it`,
    );
  const data = await clock.time('cluster+aggregate', () => buildOpenData(site));
  // The summary as data, without times: two builds of the same input stay byte-identical.
  const report = {
    ...site.stats,
    warnings: result.diagnostics.map(formatDiagnostic),
    review: review.map((r) => ({ name: r.name, file: r.file, looksLike: r.looksLike, reason: r.reason })),
  };
  return { site, data, report, salt, warnings, toReview: review.length };
}
