import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_FILE } from '../load/cache.ts';
import type { ArticleResult } from '../pipeline/process-article.ts';

/**
 * Stores the results of this build's articles, `keys` in order: those read
 * from the cache as they were (`cached`), the `fresh` ones as JSON. Entries
 * no article uses any more are left out, so the cache does not grow without
 * bound. Written to a temporary name and renamed, so a reader never sees
 * half a file; not written at all when nothing changed.
 */
export function writeCache(root: string, keys: readonly string[], cached: ReadonlyMap<string, string>, fresh: ReadonlyMap<string, ArticleResult>): void {
  if (fresh.size === 0 && cached.size === keys.length && keys.every((k) => cached.has(k))) return;
  const lines = keys.map((key) => `${key}\t${cached.get(key) ?? JSON.stringify(fresh.get(key))}\n`);
  const file = path.join(root, CACHE_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, lines.join(''));
  renameSync(`${file}.${process.pid}.tmp`, file);
}
