import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleResult } from '../pipeline/process-article.ts';
import { PACKAGE_ROOT } from '../site/eleventy.ts';

export const CACHE_DIR = '.cache/articles';

/**
 * What every cached result depends on besides the article itself: the code
 * (every source file and the locked dependencies) and the registries. Any
 * change to them gives new keys, so a stale result can never be used.
 */
export async function cacheSalt(registryBytes: readonly Uint8Array[]): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(path.join(PACKAGE_ROOT, 'src'), { recursive: true })).filter((f) => /\.(ts|mjs)$/.test(f)).sort();
  for (const f of files) hash.update(f).update(await readFile(path.join(PACKAGE_ROOT, 'src', f)));
  const lock = path.join(PACKAGE_ROOT, 'package-lock.json');
  if (existsSync(lock)) hash.update(await readFile(lock));
  for (const bytes of registryBytes) hash.update(String(bytes.length)).update(bytes);
  return hash.digest('hex');
}

/** The key of one article's result: its path, its bytes and the salt. */
export const cacheKey = (salt: string, file: string, bytes: Uint8Array) => createHash('sha256').update(salt).update(file).update('\0').update(bytes).digest('hex').slice(0, 40);

/** Reads the cached results for these keys; a missing or unreadable entry is simply recomputed. */
export async function readCache(root: string, keys: readonly string[]): Promise<Map<string, ArticleResult>> {
  const found = new Map<string, ArticleResult>();
  const dir = path.join(root, CACHE_DIR);
  if (!existsSync(dir)) return found;
  await Promise.all(
    keys.map(async (key) => {
      try {
        found.set(key, JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as ArticleResult);
      } catch {
        // Not cached (or a torn write): computed afresh.
      }
    }),
  );
  return found;
}
