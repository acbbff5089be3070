import { createHash } from 'node:crypto';
import type { ArticleResult } from '../model/processed-article.ts';
import { CachedResult } from './result-schema.ts';

/**
 * The cache of per-article results: one file, a line per article (key, a
 * tab, the result as JSON). One file rather than one per article: writing
 * 10,000 small files took 4 to 6 s here, writing them as one 0.75 s. The
 * loader reads it and the output stage writes it; this module owns its
 * format and its keys.
 */
export const CACHE_FILE = '.cache/articles.jsonl';

/**
 * What every cached result depends on besides the article itself: the code
 * (`code`, a fingerprint of every source file and the locked dependencies)
 * and the registries. Any change to them gives new keys, so a stale result
 * can never be used.
 */
export function cacheSalt(code: string, registryBytes: readonly Uint8Array[]): string {
  const hash = createHash('sha256').update(code);
  for (const bytes of registryBytes) hash.update(String(bytes.length)).update(bytes);
  return hash.digest('hex');
}

/** The key of one article's result: its path, its bytes and the salt. */
export const cacheKey = (salt: string, file: string, bytes: Uint8Array) =>
  createHash('sha256').update(salt).update(file).update('\0').update(bytes).digest('hex').slice(0, 40);

/** The cached results by key, as JSON (parsed only when used); no text is an empty cache. */
export function parseCache(text: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of text?.split('\n') ?? []) {
    const tab = line.indexOf('\t');
    if (tab > 0) found.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return found;
}

/** What the cache holds for an article: its result, nothing, or a damaged entry (computed again, and said). */
export type CacheLookup = { result: ArticleResult } | 'missing' | 'damaged';

/**
 * The cached result for the article `file`, checked: a line cut short, of
 * the wrong shape (`{}`, `"x"`, `"diagnostics": null`) or for another file
 * is damaged, and the article is processed again rather than the build
 * failing on it.
 */
export function cachedResult(json: string | undefined, file: string): CacheLookup {
  if (json === undefined) return 'missing';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return 'damaged';
  }
  const checked = CachedResult.safeParse(value);
  if (!checked.success || checked.data.file !== file) return 'damaged';
  return { result: checked.data as ArticleResult };
}

/**
 * The cache file's new text: the results of this build's articles, `keys`
 * in order, those read from the cache as they were (`cached`), the `fresh`
 * ones as JSON. Entries no article uses any more are left out, so the cache
 * does not grow without bound. Undefined when nothing changed.
 */
export function serialiseCache(
  keys: readonly string[],
  cached: ReadonlyMap<string, string>,
  fresh: ReadonlyMap<string, ArticleResult>,
): string | undefined {
  if (fresh.size === 0 && cached.size === keys.length && keys.every((k) => cached.has(k))) return undefined;
  // A fresh result first: it replaces a damaged line under the same key.
  return keys.map((key) => `${key}\t${fresh.has(key) ? JSON.stringify(fresh.get(key)) : cached.get(key)}\n`).join('');
}
