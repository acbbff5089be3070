import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { cacheSalt, pageSalt, readCache } from '../load/cache.ts';
import { loadProject } from '../load/loader.ts';
import { runPipeline } from '../pipeline/run.ts';
import { renderSite } from '../site/eleventy.ts';
import { pagesToRender, planPages } from '../site/page-plan.ts';
import { siteAbsolute } from '../site/site-url.ts';
import { buildOpenData, openDataJsonSchemas } from '../site/open-data.ts';
import { buildSiteData } from '../site/site-data.ts';
import { verifyOutput } from '../site/verify.ts';
import { searchRecords } from '../site/search-records.ts';
import { searchShards } from '../site/search-shards.ts';
import { writeCache } from './cache-writer.ts';
import { copyKept, keptUnits, writeManifest } from './output-reuse.ts';
import { writeSearchIndexInWorker } from './search-index.ts';
import { StageClock } from './stages.ts';

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

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The build: everything is validated first; the site is written to a fresh
 * folder beside the output, checked, and only then swapped in, so a failed
 * build leaves the previous site untouched. Returns the exit code.
 */
export async function build(o: BuildOptions): Promise<number> {
  const started = performance.now();
  const clock = o.clock ?? new StageClock();
  const files = await clock.time('load', () => loadProject(o.root));
  const useCache = o.cache ?? true;
  const salt = useCache ? await clock.time('load', () => cacheSalt([files.sources.bytes, files.people.bytes, files.measures.bytes])) : undefined;
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
    o.error(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; nothing was built${o.checkOnly ? '' : `, ${path.relative(o.root, o.out) || o.out} is unchanged`}.`);
    return 1;
  }
  if (o.checkOnly) {
    o.log(`Checked ${result.articles.length} articles and the registries: ${warnings} warnings.`);
    return 0;
  }

  const { site, review } = await clock.time('cluster+aggregate', () => buildSiteData(result.articles, result.registries));
  for (const r of review) o.log(`review: '${r.name}' in ${r.file} looks like ${r.looksLike} (${r.reason}): add it to the registry or ignore it`);
  const data = await clock.time('cluster+aggregate', () => buildOpenData(site));
  const tmp = `${o.out}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const absolute = siteAbsolute(o.pathPrefix);
  // Pages and search shards whose fingerprint is unchanged since the published build are kept, not written again.
  const outputSalt = salt ? await pageSalt(salt, [site.title, absolute('/')]) : '';
  const { pages, shards } = await clock.time('keep output', () => ({ pages: salt ? planPages(site, outputSalt, absolute) : [], shards: searchShards(searchRecords(site, o.pathPrefix), outputSalt) }));
  try {
    const kept = salt
      ? await clock.time('keep output', () => {
          const kept = keptUnits(o.root, o.out, [...pages, ...shards]);
          copyKept(kept, o.out, tmp);
          return kept;
        })
      : new Map();
    // The search index is written on another thread while Eleventy renders; both must finish (or fail) before going on.
    const search = writeSearchIndexInWorker(shards, shards.filter((s) => !kept.has(s)), tmp, (ms) => clock.add('search index', ms));
    const render = clock.time('eleventy', () => renderSite(site, tmp, o.pathPrefix, absolute, salt ? pagesToRender(pages, (p) => kept.has(p)) : site));
    const [searched, rendered] = await Promise.allSettled([search, render]);
    for (const r of [rendered, searched]) if (r.status === 'rejected') throw r.reason;
    await clock.time('data', async () => {
      await mkdir(path.join(tmp, 'data/schema'), { recursive: true });
      for (const [kind, rows] of Object.entries(data)) await writeFile(path.join(tmp, 'data', `${kind}.json`), json(rows));
      for (const [kind, schema] of Object.entries(openDataJsonSchemas())) await writeFile(path.join(tmp, 'data/schema', `${kind}.json`), json(schema));
      // The summary as data, without times: two builds of the same input stay byte-identical.
      const report = { ...site.stats, warnings: result.diagnostics.map(formatDiagnostic), review: review.map((r) => ({ name: r.name, file: r.file, looksLike: r.looksLike, reason: r.reason })) };
      await writeFile(path.join(tmp, 'build-report.json'), json(report));
    });
    await clock.time('verify', () => verifyOutput(tmp, site));
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    o.error(`internal error while writing the site: ${(err as Error).message}`);
    o.error('nothing was published; the previous site is unchanged. Please report this.');
    return 2;
  }
  await clock.time('swap', () => swapIn(tmp, o.out));
  if (salt) await clock.time('keep output', () => writeManifest(o.root, o.out, [...pages, ...shards]));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  o.log(
    `Built ${site.stats.articles} articles in ${site.stats.stories} ${site.stats.stories === 1 ? 'story' : 'stories'} (${site.stats.copies} copies), ${site.stats.sources} sources, ${site.stats.people} people, ${site.stats.figures} figures (${site.stats.conflicts} conflicting), ${site.stats.quotes} quotes, ${site.stats.citations} citations; ${warnings} warning${warnings === 1 ? '' : 's'}, ${review.length} to review; ${seconds} s → ${path.relative(process.cwd(), o.out) || o.out}`,
  );
  return 0;
}

/**
 * Replaces `out` by `tmp`: the new site appears in one rename. The old one
 * (tens of thousands of files, seconds to delete) is removed by a detached
 * process, so the build is done once the new site is in place; that
 * process also sweeps any old site an interrupted build left behind.
 */
async function swapIn(tmp: string, out: string): Promise<void> {
  // Unique even within one process: the preview server builds again while the last old site may still be being deleted.
  const old = `${out}.old-${process.pid}-${randomUUID()}`;
  if (existsSync(out)) await rename(out, old);
  await rename(tmp, out);
  const sweep = `const fs = require('node:fs'), path = require('node:path'); const [dir, prefix] = process.argv.slice(1);
for (const name of fs.readdirSync(dir)) if (name.startsWith(prefix)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });`;
  spawn(process.execPath, ['-e', sweep, path.dirname(out), `${path.basename(out)}.old-`], { detached: true, stdio: 'ignore' }).unref();
}
