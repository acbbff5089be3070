import { createHash } from 'node:crypto';
import type { ArticleResult } from '../model/processed-article.ts';
import { CachedResult } from './result-schema.ts';

/**
 * The cache of per-article results: one file, a line per article (key, a
 * tab, the result as JSON). One file rather than one per article: writing
 * 10,000 small files took 4 to 6 s here, writing them as one 0.75 s. The
 * JSON is ASCII, every other character escaped: an ASCII entry decodes to
 * a string of one byte a character, which JSON.parse reads about a third
 * faster (at 10,000 articles, 170 MB: 1.0 s against 1.5 to 2.0 s with the
 * typographic quotes of news left in). The loader reads it and the output
 * stage writes it; this module owns its format and its keys.
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

/**
 * The cached results by key, as the bytes of their JSON (decoded and parsed
 * only when used); no file is an empty cache. Kept as bytes, never as one
 * string: an entry that is used again is written back as it was read.
 */
export function parseCache(bytes: Uint8Array | undefined): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  if (!bytes) return found;
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let start = 0; start < file.length;) {
    const end = file.indexOf(NEWLINE, start);
    const line = file.subarray(start, end < 0 ? file.length : end);
    const tab = line.indexOf(TAB);
    if (tab > 0) found.set(line.toString('latin1', 0, tab), line.subarray(tab + 1));
    start = end < 0 ? file.length : end + 1;
  }
  return found;
}

const [TAB, NEWLINE] = [9, 10];

/** What the cache holds for an article: its result, nothing, or a damaged entry (computed again, and said). */
export type CacheLookup = { result: ArticleResult } | 'missing' | 'damaged';

/**
 * The cached result for the article `file`, checked: a line cut short, of
 * the wrong shape (`{}`, `"x"`, `"diagnostics": null`) or for another file
 * is damaged, and the article is processed again rather than the build
 * failing on it.
 */
export function cachedResult(json: Uint8Array | undefined, file: string): CacheLookup {
  if (json === undefined) return 'missing';
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.length).toString('utf8'));
  } catch {
    return 'damaged';
  }
  const checked = CachedResult.safeParse(value);
  if (!checked.success || checked.data.file !== file) return 'damaged';
  return { result: checked.data as ArticleResult };
}

/**
 * The cache file's new bytes, in parts: the results of this build's
 * articles, `keys` in order, those read from the cache as they were
 * (`cached`), the `fresh` ones as JSON. Entries no article uses any more are
 * left out, so the cache does not grow without bound. Undefined when
 * nothing changed.
 */
export function serialiseCache(
  keys: readonly string[],
  cached: ReadonlyMap<string, Uint8Array>,
  fresh: ReadonlyMap<string, ArticleResult>,
): Uint8Array[] | undefined {
  if (fresh.size === 0 && cached.size === keys.length && keys.every((k) => cached.has(k))) return undefined;
  const tab = Buffer.from('\t');
  const newline = Buffer.from('\n');
  // A fresh result first: it replaces a damaged line under the same key.
  return keys.flatMap((key) => {
    const json = fresh.has(key) ? Buffer.from(asciiJson(fresh.get(key)), 'latin1') : cached.get(key)!;
    return [Buffer.from(key, 'latin1'), tab, json, newline];
  });
}

/** JSON with every character outside ASCII written as its \u escape (each half of a surrogate pair too, as JSON allows). */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
