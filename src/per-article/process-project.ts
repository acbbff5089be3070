import { cachedResult, cacheKey } from '../cache/article-cache.ts';
import { compareDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ProjectFiles } from '../load/project.ts';
import type { ArticleResult, ProcessedArticle } from '../model/processed-article.ts';
import type { Registries } from '../model/registries.ts';
import { checkAcrossArticles } from '../validate/across-articles.ts';
import { parseRegistries } from '../validate/registries.ts';
import { processAll, type ParallelOptions } from './process-all.ts';

export interface ProcessedProject {
  articles: ProcessedArticle[];
  registries: Registries;
  /** Every problem of every file, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** No errors (warnings allowed). */
  ok: boolean;
  /** Results computed in this run, by cache key, for the caller to store. */
  fresh: Map<string, ArticleResult>;
  /** Every key this build used, in article order. */
  keys: string[];
  /** Cache entries found damaged, and computed again. */
  damagedCacheEntries: number;
}

export interface ProcessOptions extends ParallelOptions {
  /** Salt of the cache keys (code and registries); without it nothing is cached. */
  salt?: string;
  /** Previously computed results by key, as the bytes of their JSON (see cache/article-cache.ts). */
  cached?: ReadonlyMap<string, Uint8Array>;
}

/**
 * Validates the registries, runs the per-article stages for every article
 * file (in worker threads), and checks what needs all articles at once
 * (unique slugs). All problems of all files are collected, none stops the
 * others. Results come from the cache where the key (code, registries, path
 * and bytes) matches, else are computed.
 */
export async function processProject(files: ProjectFiles, o: ProcessOptions = {}): Promise<ProcessedProject> {
  const { registries, diagnostics } = parseRegistries(files.sources, files.people, files.measures, files.storyIds);
  const keys = files.articles.map((a) => (o.salt ? cacheKey(o.salt, a.file, a.bytes) : ''));
  const lookups = files.articles.map((a, i) => cachedResult(o.cached?.get(keys[i]!), a.file));
  const hits = lookups.map((l) => (typeof l === 'object' ? l.result : undefined));
  const missing = files.articles.map((_, i) => i).filter((i) => !hits[i]);
  // The per-article work never needs the story ids; the workers are not sent them.
  const computed = await processAll(
    missing.map((i) => files.articles[i]!),
    { ...registries, storyIds: [] },
    o,
  );
  const byIndex = new Map(missing.map((i, k) => [i, computed[k]!]));
  const fresh = new Map<string, ArticleResult>();
  if (o.salt) for (const [i, result] of byIndex) fresh.set(keys[i]!, result);
  const articles: ProcessedArticle[] = [];
  diagnostics.push(...files.diagnostics);
  files.articles.forEach((_, i) => {
    const result = byIndex.get(i) ?? hits[i]!;
    diagnostics.push(...result.diagnostics);
    if (result.article) articles.push(result.article);
  });
  diagnostics.push(...checkAcrossArticles(articles));
  diagnostics.sort(compareDiagnostics);
  return {
    articles,
    registries,
    diagnostics,
    ok: !hasErrors(diagnostics),
    fresh,
    keys: keys.filter(Boolean),
    damagedCacheEntries: lookups.filter((l) => l === 'damaged').length,
  };
}
