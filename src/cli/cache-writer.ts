import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_DIR } from '../load/cache.ts';
import type { ArticleResult } from '../pipeline/process-article.ts';

/**
 * Stores fresh results (each written to a temporary name and renamed, so a
 * reader never sees half a file) and removes entries no article uses any
 * more, so the cache does not grow without bound.
 */
export async function writeCache(root: string, fresh: ReadonlyMap<string, ArticleResult>, used: ReadonlySet<string>): Promise<void> {
  const dir = path.join(root, CACHE_DIR);
  await mkdir(dir, { recursive: true });
  for (const [key, result] of fresh) {
    const tmp = path.join(dir, `${key}.${process.pid}.tmp`);
    await writeFile(tmp, JSON.stringify(result));
    await rename(tmp, path.join(dir, `${key}.json`));
  }
  for (const name of await readdir(dir)) {
    if (!used.has(name.replace(/\.json$/, ''))) await rm(path.join(dir, name), { force: true });
  }
}
