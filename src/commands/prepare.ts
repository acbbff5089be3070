import path from 'node:path';
import { CACHE_FILE, cacheSalt, parseCache, serialiseCache } from '../cache/article-cache.ts';
import type { BuildConfig } from '../config/config.ts';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { readArticleCache } from '../load/project.ts';
import { load, type Loaded } from './load-inputs.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';
import type { Registries } from '../model/registries.ts';
import { writeArticleCache } from '../output/article-cache.ts';
import { processProject } from '../per-article/process-project.ts';
import type { StageClock } from '../util/stage-clock.ts';
import { plural, type Reporter } from './reporter.ts';

/** What load, validation and the per-article stages leave for the rest of a build. */
export interface Prepared {
  articles: ProcessedArticle[];
  registries: Registries;
  diagnostics: Diagnostic[];
  /** The cache salt, when the cache is used. */
  salt: string | undefined;
  /** Fingerprint of the templates, for the pages kept from the last build. */
  templates: string;
  /** registries/story-ids.yaml as read ("" when there is none), so that the build rewrites it only when ids change. */
  storyIds: string;
}

/**
 * Loads the project, validates the registries, runs the per-article stages
 * (cached, in worker threads) and checks what needs all articles at once;
 * every problem of every file is printed. Returns what the build goes on
 * with, or the exit code when there are errors. `checkOnly` names what the
 * message says is left unchanged.
 */
export async function prepare(
  config: BuildConfig,
  io: Reporter,
  clock: StageClock,
  checkOnly: boolean,
  loaded?: Loaded,
): Promise<Prepared | number> {
  const { files, fingerprints } = loaded ?? (await load(config, clock));
  const registryBytes = [files.sources.bytes, files.people.bytes, files.measures.bytes];
  const salt = config.cache ? cacheSalt(fingerprints.code, registryBytes) : undefined;
  const cached = salt ? await clock.time('load', () => parseCache(readArticleCache(config.root))) : undefined;
  let reported = 0;
  const result = await processProject(files, {
    salt,
    cached,
    workers: config.workers,
    clock: (stage, ms) => clock.add(stage, ms),
    // Long runs say how far they are, every tenth of the way.
    progress: (done, total) => {
      if (total >= 500 && done - reported >= total / 10) {
        reported = done;
        (io.progress ?? io.error)(`processed ${done} of ${total} articles…`);
      }
    },
  });
  const { registries, diagnostics, ok } = result;
  // Said, not counted with the articles' warnings: it is about the tool's own file, which this build repairs.
  if (result.damagedCacheEntries > 0)
    io.error(
      `${CACHE_FILE}: ${plural(result.damagedCacheEntries, 'entry', 'entries')} damaged; ignored, and ${result.damagedCacheEntries === 1 ? 'its article' : 'their articles'} processed again`,
    );
  // Only a build that passes leaves a cache behind: a failed one changes nothing on disk.
  const cacheBytes = cached && ok ? serialiseCache(result.keys, cached, result.fresh) : undefined;
  if (cacheBytes !== undefined) await clock.time('cache', () => writeArticleCache(config.root, cacheBytes));
  for (const d of diagnostics) io.error(formatDiagnostic(d));
  if (!ok) {
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    const errors = diagnostics.length - warnings;
    const unchanged = checkOnly ? '' : `, ${path.relative(config.root, config.out) || config.out} is unchanged`;
    io.error(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}; nothing was built${unchanged}.`);
    return 1;
  }
  return {
    articles: result.articles,
    registries,
    diagnostics,
    salt,
    templates: fingerprints.templates,
    storyIds: new TextDecoder().decode(files.storyIds.bytes),
  };
}
