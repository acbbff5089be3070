import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pageSalt } from '../cache/article-cache.ts';
import { renderSite } from '../eleventy/render.ts';
import type { OpenData } from '../model/open-data.ts';
import { openDataJsonSchemas } from './open-data.ts';
import { pagesToRender, planPages } from './page-plan.ts';
import { searchRecords } from './search-records.ts';
import { searchShards } from './search-shards.ts';
import { siteAbsolute } from '../config/site-address.ts';
import type { SiteData } from '../model/site-data.ts';
import { verifyOutput } from './verify.ts';
import { copyKept, keptUnits, writeManifest } from './reuse.ts';
import { writeSearchIndexInWorker } from './search-index.ts';
import type { StageClock } from '../util/stage-clock.ts';

export interface WriteOptions {
  root: string;
  out: string;
  pathPrefix: string;
  /** The cache salt; without it (--no-cache) nothing is kept from the last build. */
  salt: string | undefined;
  clock: StageClock;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes the site into a fresh folder beside the output (pages through
 * Eleventy, the search index on another thread meanwhile, the open data and
 * the build report), checks it, and only then swaps it in. Pages and search
 * shards whose fingerprints are unchanged since the published build are
 * kept from it. On any failure the folder is removed and the published site
 * is untouched.
 */
export async function writeSite(o: WriteOptions, site: SiteData, data: OpenData, report: unknown): Promise<void> {
  const { clock, salt } = o;
  const tmp = `${o.out}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const absolute = siteAbsolute(o.pathPrefix);
  // Pages and search shards whose fingerprint is unchanged since the published build are kept, not written again.
  const outputSalt = salt ? await pageSalt(salt, [site.title, absolute('/')]) : '';
  const { pages, shards } = await clock.time('keep output', () => ({
    pages: salt ? planPages(site, outputSalt, absolute) : [],
    shards: searchShards(searchRecords(site, o.pathPrefix), outputSalt),
  }));
  try {
    const kept = salt
      ? await clock.time('keep output', () => {
          const kept = keptUnits(o.root, o.out, [...pages, ...shards]);
          copyKept(kept, o.out, tmp);
          return kept;
        })
      : new Map();
    // The search index is written on another thread while Eleventy renders; both must finish (or fail) before going on.
    const search = writeSearchIndexInWorker(
      shards,
      shards.filter((s) => !kept.has(s)),
      tmp,
      (ms) => clock.add('search index', ms),
    );
    const render = clock.time('eleventy', () =>
      renderSite(site, tmp, o.pathPrefix, absolute, salt ? pagesToRender(pages, (p) => kept.has(p)) : site),
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
    await clock.time('verify', () => verifyOutput(tmp, site));
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  await clock.time('swap', () => swapIn(tmp, o.out));
  if (salt) await clock.time('keep output', () => writeManifest(o.root, o.out, [...pages, ...shards]));
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
  const had = existsSync(out);
  if (had) await rename(out, old);
  try {
    await rename(tmp, out);
  } catch (err) {
    // Put the published site back: a failed build never leaves it missing.
    if (had) await rename(old, out);
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  const sweep = `const fs = require('node:fs'), path = require('node:path'); const [dir, prefix] = process.argv.slice(1);
for (const name of fs.readdirSync(dir)) if (name.startsWith(prefix)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });`;
  spawn(process.execPath, ['-e', sweep, path.dirname(out), `${path.basename(out)}.old-`], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}
