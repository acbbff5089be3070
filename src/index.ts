/**
 * Triangulate's public API: what the CLI runs, and what scripts, the
 * benchmark and the tests use instead of wiring stages by hand.
 */
import type { SiteData } from './model/site-data.ts';
import { loadProject } from './load/project.ts';
import { processProject, type ProcessedProject } from './per-article/process-project.ts';

export { build, check } from './commands/build.ts';
export { importArticles, type ImportArgs, type ImportOptions } from './commands/import.ts';
export { preview } from './commands/preview.ts';
export { terminal, type Reporter } from './commands/reporter.ts';
export { resolveBuildConfig, SITE_TITLE, type BuildConfig, type BuildOptions } from './config/config.ts';
export { aggregate } from './aggregate/aggregate.ts';
export { buildSiteData } from './site/site-data.ts';
export { buildOpenData } from './output/open-data.ts';
export { textToArticle, escapeMarkdown } from './import/text-to-article.ts';
export { loadProject, type ProjectFiles, type InputFile } from './load/project.ts';
export { processProject, type ProcessedProject } from './per-article/process-project.ts';
export { formatDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
export type { Aggregate } from './model/aggregate.ts';
export type { ProcessedArticle } from './model/processed-article.ts';
export type { SiteData } from './model/site-data.ts';
export type { OpenData } from './model/open-data.ts';

/** A project's articles read, validated and processed (no cache, nothing written): every problem, and the articles. */
export async function readProject(root: string, options: { workers?: number } = {}): Promise<ProcessedProject> {
  return processProject(loadProject(root), options);
}

/**
 * Renders site data through the project's Eleventy templates into `outDir`
 * (all pages; no search index, open data or swap). Eleventy is loaded only
 * when this is called.
 */
export async function renderSite(site: SiteData, outDir: string, absolute: (path: string) => string, pathPrefix = '/') {
  const { renderSite: render } = await import('./eleventy/render.ts');
  return render(site, outDir, pathPrefix, absolute);
}
