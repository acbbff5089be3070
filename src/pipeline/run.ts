import { diagnostic, hasErrors, compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ProjectFiles } from '../load/loader.ts';
import type { Registries } from '../model/registries.ts';
import { checkReferences } from '../validate/references.ts';
import { parseRegistries } from '../validate/registries.ts';
import { processArticle, type ProcessedArticle } from './process-article.ts';

export interface PipelineResult {
  articles: ProcessedArticle[];
  registries: Registries;
  diagnostics: Diagnostic[];
  ok: boolean;
}

/** Validates and processes every file; all problems of all files are collected, none stops the others. */
export function runPipeline(files: ProjectFiles, clock?: (stage: string, ms: number) => void): PipelineResult {
  const { registries, diagnostics } = parseRegistries(files.sources, files.people, files.measures);
  for (const file of files.ignored) diagnostics.push(diagnostic(file, { line: 1, column: 1 }, 'load/ignored-file'));
  const articles: ProcessedArticle[] = [];
  for (const input of files.articles) {
    const result = processArticle(input.file, input.bytes, registries, clock);
    diagnostics.push(...result.diagnostics);
    if (result.article) articles.push(result.article);
  }
  diagnostics.push(...checkReferences(articles));
  diagnostics.sort(compareDiagnostics);
  return { articles, registries, diagnostics, ok: !hasErrors(diagnostics) };
}
