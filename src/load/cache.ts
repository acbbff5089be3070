import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
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
  await hashFiles(hash, 'src', /\.(ts|mjs)$/);
  const lock = path.join(PACKAGE_ROOT, 'package-lock.json');
  if (existsSync(lock)) hash.update(await readFile(lock));
  for (const bytes of registryBytes) hash.update(String(bytes.length)).update(bytes);
  return hash.digest('hex');
}

/**
 * What every page kept from the previous build depends on besides its own
 * data: the code and registries (`salt`), the templates, and `settings`
 * (the site's title and address).
 */
export async function pageSalt(salt: string, settings: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(salt);
  await hashFiles(hash, 'templates', /./);
  hash.update(await readFile(path.join(PACKAGE_ROOT, '.eleventy.js')));
  for (const s of settings) hash.update('\0').update(s);
  return hash.digest('hex');
}

async function hashFiles(hash: Hash, dir: string, name: RegExp): Promise<void> {
  const entries = await readdir(path.join(PACKAGE_ROOT, dir), { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && name.test(e.name)).map((e) => path.relative(path.join(PACKAGE_ROOT, dir), path.join(e.parentPath, e.name))).sort();
  for (const f of files) hash.update(f).update('\0').update(await readFile(path.join(PACKAGE_ROOT, dir, f)));
}

/** The key of one article's result: its path, its bytes and the salt. */
export const cacheKey = (salt: string, file: string, bytes: Uint8Array) => createHash('sha256').update(salt).update(file).update('\0').update(bytes).digest('hex').slice(0, 40);

/** Reads the cached results for these keys (synchronously, as the loader does); a missing or unreadable entry is simply recomputed. */
export async function readCache(root: string, keys: readonly string[]): Promise<Map<string, ArticleResult>> {
  const found = new Map<string, ArticleResult>();
  const dir = path.join(root, CACHE_DIR);
  if (!existsSync(dir)) return found;
  for (const key of keys) {
    try {
      found.set(key, JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8')) as ArticleResult);
    } catch {
      // Not cached (or a torn write): computed afresh.
    }
  }
  return found;
}
