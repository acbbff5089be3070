import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT } from '../config/package-root.ts';
import { filesUnder } from '../util/files-under.ts';

/**
 * The cache of per-article results: one file, a line per article (key, a
 * tab, the result as JSON). One file rather than one per article: writing
 * 10,000 small files took 4 to 6 s here, writing them as one 0.75 s.
 */
export const CACHE_FILE = '.cache/articles.jsonl';

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
  const files = filesUnder(path.join(PACKAGE_ROOT, dir)).filter((f) => name.test(path.basename(f)));
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(await readFile(path.join(PACKAGE_ROOT, dir, f)));
}

/** The key of one article's result: its path, its bytes and the salt. */
export const cacheKey = (salt: string, file: string, bytes: Uint8Array) =>
  createHash('sha256').update(salt).update(file).update('\0').update(bytes).digest('hex').slice(0, 40);

/** The cached results by key, as JSON (parsed only when used); a missing or unreadable cache is simply an empty one. */
export function readCache(root: string): Map<string, string> {
  const found = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(path.join(root, CACHE_FILE), 'utf8');
  } catch {
    return found;
  }
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) found.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return found;
}
