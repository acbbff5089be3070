import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { SHARD_LIST, type SearchShard } from './search-shards.ts';
import { tsWorker } from '../util/ts-worker.ts';

interface Job {
  shards: readonly Pick<SearchShard, 'dir' | 'records'>[];
  siteDir: string;
  /** When the worker was asked (epoch ms). */
  started: number;
}

/**
 * The worker's answer, with the time it took as seen from the worker: the
 * main thread may only read the message once Eleventy lets its event loop
 * turn, so the time it sees the answer arrive says little.
 */
interface Reply {
  error: string | null;
  ms: number;
}

/**
 * Writes the search shards `write` (of all the site's `shards`; the others
 * are kept from the last build) in a worker thread, so that they are written
 * beside the Eleventy render on another core. (On the main thread beside
 * Eleventy it was slower than in turn: Pagefind's replies waited for the
 * busy event loop.) Then lists every shard for the search page.
 */
export async function writeSearchIndexInWorker(
  shards: readonly SearchShard[],
  write: readonly SearchShard[],
  siteDir: string,
  took?: (ms: number) => void,
): Promise<void> {
  if (write.length > 0) {
    await new Promise<void>((resolve, reject) => {
      const worker = tsWorker(new URL(import.meta.url), {
        shards: write.map(({ dir, records }) => ({ dir, records })),
        siteDir,
        started: Date.now(),
      } satisfies Job);
      worker.once('message', ({ error, ms }: Reply) => {
        took?.(ms);
        if (error === null) resolve();
        else reject(new Error(error));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`search index: worker stopped (${code})`)));
    });
  }
  await mkdir(path.join(siteDir, path.dirname(SHARD_LIST)), { recursive: true });
  await writeFile(path.join(siteDir, SHARD_LIST), `${JSON.stringify(shards.map((s) => path.basename(s.dir)))}\n`);
}

/**
 * Writes each shard as a Pagefind index in its folder. Records are added in
 * a fixed order, and carry their facets as metadata rather than Pagefind
 * filters: Pagefind's filter files come out different on every run (its
 * maintainers say so in issue #638), and the site must build byte-identically.
 * The search page filters the results itself. One index at a time, each
 * dropped once written, so the indexer holds one shard in memory.
 */
export async function writeSearchIndex(shards: Job['shards'], siteDir: string): Promise<void> {
  try {
    for (const shard of shards) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`search index: ${errors.join('; ')}`);
      // Sent all at once: the service reads them in this order, and one round trip each would dominate.
      const added = await Promise.all(
        shard.records.map((r) =>
          index.addCustomRecord({ url: r.url, content: r.content, language: r.language, meta: r.meta }),
        ),
      );
      const problems = added.flatMap((a) => a.errors);
      if (problems.length) throw new Error(`search index: ${problems.join('; ')}`);
      const bundle = path.join(siteDir, shard.dir);
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
      await index.deleteIndex();
      // Pagefind's ready-made interfaces are not used (the search page has its own), and one of them differs from build to build.
      for (const f of await readdir(bundle))
        if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f)) await rm(path.join(bundle, f));
    }
  } finally {
    await pagefind.close();
  }
}

if (parentPort && (workerData as { data?: Job } | undefined)?.data) {
  const { shards, siteDir, started } = (workerData as { data: Job }).data;
  const reply = (error: string | null) => parentPort!.postMessage({ error, ms: Date.now() - started } satisfies Reply);
  writeSearchIndex(shards, siteDir).then(
    () => reply(null),
    (err: Error) => reply(err.message),
  );
}
