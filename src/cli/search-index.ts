import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../site/search-records.ts';
import { tsWorker } from '../util/ts-worker.ts';

interface Job {
  records: readonly SearchRecord[];
  siteDir: string;
}

/**
 * Writes the search index in a worker thread, so that it runs beside the
 * Eleventy render on another core. (Run on the main thread beside Eleventy,
 * it was slower than in turn: Pagefind's replies waited for the busy event
 * loop.) Resolves when the index is written.
 */
export function writeSearchIndexInWorker(records: readonly SearchRecord[], siteDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = tsWorker(new URL(import.meta.url), { records, siteDir } satisfies Job);
    worker.once('message', (error: string | null) => (error === null ? resolve() : reject(new Error(error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search index: worker stopped (${code})`)));
  });
}

/**
 * Writes the Pagefind index into the site folder. Records are added in a
 * fixed order, and carry their facets as metadata rather than Pagefind
 * filters: Pagefind's filter files come out different on every run (its
 * maintainers say so in issue #638), and the site must build byte-identically.
 * The search page filters the results itself.
 */
export async function writeSearchIndex(records: readonly SearchRecord[], siteDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    // Sent all at once: the service reads them in this order, and one round trip each would dominate.
    const added = await Promise.all(records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: r.language, meta: r.meta })));
    const errors = added.flatMap((a) => a.errors);
    if (errors.length) throw new Error(`search index: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    // Pagefind's ready-made interfaces are not used (the search page has its own), and one of them differs from build to build.
    const bundle = path.join(siteDir, 'pagefind');
    for (const f of await readdir(bundle)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f)) await rm(path.join(bundle, f));
  } finally {
    await pagefind.close();
  }
}

if (parentPort && (workerData as { data?: Job } | undefined)?.data) {
  const { records, siteDir } = (workerData as { data: Job }).data;
  writeSearchIndex(records, siteDir).then(
    () => parentPort!.postMessage(null),
    (err: Error) => parentPort!.postMessage(err.message),
  );
}
