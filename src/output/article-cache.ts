import path from 'node:path';
import { CACHE_FILE } from '../cache/article-cache.ts';
import { writeFileAtomic } from './write-file-atomic.ts';
import type { ArticleResult } from '../model/processed-article.ts';

/**
 * Stores the results of this build's articles, `keys` in order: those read
 * from the cache as they were (`cached`), the `fresh` ones as JSON. Entries
 * no article uses any more are left out, so the cache does not grow without
 * bound. Not written at all when nothing changed.
 */
export function writeCache(
  root: string,
  keys: readonly string[],
  cached: ReadonlyMap<string, string>,
  fresh: ReadonlyMap<string, ArticleResult>,
): void {
  if (fresh.size === 0 && cached.size === keys.length && keys.every((k) => cached.has(k))) return;
  const lines = keys.map((key) => `${key}\t${cached.get(key) ?? JSON.stringify(fresh.get(key))}\n`);
  writeFileAtomic(path.join(root, CACHE_FILE), lines.join(''));
}
