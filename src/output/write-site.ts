import { statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderSite } from '../eleventy/render.ts';
import type { OpenData } from '../model/open-data.ts';
import { openDataJsonSchemas } from './open-data.ts';
import { pageSalt, pagesToRender, planPages } from './page-plan.ts';
import { publishSite } from './swap.ts';
import { tmpFolder } from './site-folders.ts';
import { sweepLeftovers } from './sweep.ts';
import { searchRecords } from './search-records.ts';
import { searchShards } from './search-shards.ts';
import type { BuildConfig } from '../config/config.ts';
import type { SiteData } from '../model/site-data.ts';
import { verifyOutput } from './verify.ts';
import { copyKept, forgetManifest, keptUnits, writeManifest, type Identity, type Unit } from './reuse.ts';
import { isDiskFull } from '../util/disk-full.ts';
import { writeSearchIndexInWorker } from './search-index.ts';
import type { StageClock } from '../util/stage-clock.ts';

export interface WriteOptions {
  /** The cache salt; without it (--no-cache) nothing is kept from the last build. */
  salt: string | undefined;
  /** Fingerprint of the templates, which every kept page depends on. */
  templates: string;
  clock: StageClock;
  /** Where a problem that does not stop the build is said. */
  warn: (line: string) => void;
}

/** What is written: the pages' data, the open data and the build report. */
export interface SiteOutput {
  site: SiteData;
  /** Each article's running text (its paragraphs), by slug, for the search index. */
  text: Map<string, string>;
  data: OpenData;
  report: unknown;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes the site into a fresh folder beside the output (pages through
 * Eleventy, the search index on another thread meanwhile, the open data and
 * the build report), checks it, and only then swaps it in. Pages and search
 * shards whose fingerprints are unchanged since the published build are
 * kept from it. On any failure the folder is removed and the published site
 * is untouched. Returns whether the published pages were recorded for the
 * next build (only with the cache).
 */
export async function writeSite(
  config: BuildConfig,
  { site, text, data, report }: SiteOutput,
  o: WriteOptions,
): Promise<boolean> {
  const { clock, salt } = o;
  const { absolute, pathPrefix } = config;
  const tmp = tmpFolder(config.out);
  await rm(tmp, { recursive: true, force: true });
  // Old sites and the folders of killed builds go before this one takes room on the disk.
  sweepLeftovers(config.out);
  // Pages and search shards whose fingerprint is unchanged since the published build are kept, not written again.
  const outputSalt = salt ? pageSalt(salt, o.templates, [site.title, absolute('/')]) : '';
  const { pages, shards } = await clock.time('keep output', () => ({
    pages: salt ? planPages(site, outputSalt) : [],
    shards: searchShards(searchRecords(site, text, pathPrefix), outputSalt),
  }));
  let files: string[] = [];
  let linked = new Map<string, Identity>();
  try {
    const kept = salt
      ? await clock.time('keep output', () => keptUnits(config.root, config.out, [...pages, ...shards], o.warn))
      : new Map();
    linked = await clock.time('keep output', () => copyKept(kept, config.out, tmp));
    // The search index is written on another thread while Eleventy renders; both must finish (or fail) before going on.
    const search = writeSearchIndexInWorker(
      shards,
      shards.filter((s) => !kept.has(s)),
      tmp,
      (ms) => clock.add('search index', ms),
    );
    const render = clock.time('eleventy', () =>
      renderSite(site, tmp, pathPrefix, absolute, salt ? pagesToRender(pages, (p) => kept.has(p)) : site),
    );
    const [searched, rendered] = await Promise.allSettled([search, render]);
    for (const r of [rendered, searched]) if (r.status === 'rejected') throw r.reason;
    await clock.time('data', async () => {
      await mkdir(path.join(tmp, 'data/schema'), { recursive: true });
      for (const [kind, rows] of Object.entries(data))
        await writeFile(path.join(tmp, 'data', `${kind}.json`), json(rows));
      for (const [kind, schema] of Object.entries(openDataJsonSchemas()))
        await writeFile(path.join(tmp, 'data/schema', `${kind}.json`), json(schema));
      await writeFile(path.join(tmp, 'build-report.json'), json(report));
    });
    files = await clock.time('verify', () => verifyOutput(tmp, site));
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  await clock.time('swap', () => publishSite(tmp, config.out));
  if (!salt) return false;
  // Every published file stat'ed once, but those linked from the last site (a rename keeps identities), for the manifest.
  const identities = await clock.time('keep output', () => identitiesOf(config.out, files, linked));
  await clock.time('keep output', () => recordPages(config, [...pages, ...shards], identities, o.warn));
  return true;
}

function identitiesOf(
  out: string,
  files: readonly string[],
  known: ReadonlyMap<string, Identity>,
): Map<string, Identity> {
  const found = new Map<string, Identity>(known);
  for (const f of files) {
    if (known.has(f)) continue;
    const s = statSync(path.join(out, f));
    found.set(f, { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs });
  }
  return found;
}

/**
 * Records the published site's pages for the next build. The site is out
 * by now: failing to record it (a full disk) only means the next build
 * writes every page again, so it is said, not thrown.
 */
function recordPages(
  config: BuildConfig,
  units: readonly Unit[],
  identities: ReadonlyMap<string, Identity>,
  warn: (line: string) => void,
): void {
  try {
    writeManifest(config.root, config.out, units, identities);
  } catch (err) {
    forgetManifest(config.root);
    const why = isDiskFull(err) ? 'no space left on the disk' : (err as Error).message;
    warn(
      `the site is published, but the record of its pages could not be written (${why}); the next build writes every page again`,
    );
  }
}
