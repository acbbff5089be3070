import path from 'node:path';
import { cacheKey } from '../cache/article-cache.ts';
import { diagnostic, hasErrors, compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ProjectFiles } from '../load/loader.ts';
import type { Registries } from '../model/registries.ts';
import { checkReferences } from '../validate/references.ts';
import { parseRegistries } from '../validate/registries.ts';
import { processAll, type ParallelOptions } from './process-all.ts';
import type { ArticleResult, ProcessedArticle } from '../model/processed-article.ts';

export interface PipelineResult {
  articles: ProcessedArticle[];
  registries: Registries;
  diagnostics: Diagnostic[];
  ok: boolean;
  /** Results computed in this run, by cache key, for the caller to store. */
  fresh: Map<string, ArticleResult>;
  /** Every key this build used, in article order. */
  keys: string[];
}

export interface PipelineOptions extends ParallelOptions {
  /** Salt of the cache keys (code and registries); without it nothing is cached. */
  salt?: string;
  /** Previously computed results by key, as JSON (see load/cache.ts). */
  cached?: ReadonlyMap<string, string>;
}

/**
 * Validates and processes every file; all problems of all files are
 * collected, none stops the others. Results come from the cache where the
 * key (code, registries, path and bytes) matches, else are computed.
 */
export async function runPipeline(files: ProjectFiles, o: PipelineOptions = {}): Promise<PipelineResult> {
  const { registries, diagnostics } = parseRegistries(files.sources, files.people, files.measures);
  for (const file of files.ignored)
    diagnostics.push(
      diagnostic(
        file,
        { line: 1, column: 1 },
        'load/ignored-file',
        path.basename(file).startsWith('.') ? { hidden: 'yes' } : {},
      ),
    );
  const keys = files.articles.map((a) => (o.salt ? cacheKey(o.salt, a.file, a.bytes) : ''));
  const hits = keys.map((key) => fromCache(o.cached?.get(key)));
  const missing = files.articles.map((_, i) => i).filter((i) => !hits[i]);
  const computed = await processAll(
    missing.map((i) => files.articles[i]!),
    registries,
    o,
  );
  const byIndex = new Map(missing.map((i, k) => [i, computed[k]!]));
  const fresh = new Map<string, ArticleResult>();
  if (o.salt) for (const [i, result] of byIndex) fresh.set(keys[i]!, result);
  const articles: ProcessedArticle[] = [];
  files.articles.forEach((_, i) => {
    const result = byIndex.get(i) ?? hits[i]!;
    diagnostics.push(...result.diagnostics);
    if (result.article) articles.push(result.article);
  });
  diagnostics.push(...checkReferences(articles));
  diagnostics.sort(compareDiagnostics);
  return { articles, registries, diagnostics, ok: !hasErrors(diagnostics), fresh, keys: keys.filter(Boolean) };
}

/** A cached result, or nothing when there is none or it is damaged (then it is computed again). */
function fromCache(json: string | undefined): ArticleResult | undefined {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json) as ArticleResult;
  } catch {
    return undefined;
  }
}
