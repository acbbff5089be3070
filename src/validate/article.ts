import path from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { didYouMean } from '../diagnostics/did-you-mean.ts';
import type { RawArticle } from '../load/article-file.ts';
import { ArticleFrontMatter, REQUIRED_FIELD_HELP, type ArticleMeta } from '../model/article.ts';
import { SLUG_PATTERN } from '../model/common.ts';
import type { Source } from '../model/registries.ts';
import { slugify } from '../text/slug.ts';
import { markdownLimits } from './markdown-limits.ts';
import { todoMarkers } from './todo-markers.ts';
import { zodDiagnostics } from './zod-diagnostics.ts';

const ARTICLE_KEYS = Object.keys(ArticleFrontMatter.shape);
const known = (value: string): string | null => (value === 'unknown' ? null : value);

/** The file name gives the slug, which must be lower-case words joined by hyphens. */
export function checkSlug(file: string): Diagnostic[] {
  return checkSlugOf(file, path.basename(file, '.md'));
}

/** A slug for `file` (such as one the importer is given), with the closest good one as a hint. */
export function checkSlugOf(file: string, slug: string): Diagnostic[] {
  if (SLUG_PATTERN.test(slug)) return [];
  const hint = slugify(slug);
  return [diagnostic(file, { line: 1, column: 1 }, 'load/bad-slug', { slug, hint: hint && hint !== slug ? hint : '' })];
}

/**
 * Validates an article's front matter (zod), its publisher against the
 * sources registry, and its body's size and nesting, and warns of `# TODO`
 * comments left in it; every problem is reported. The metadata comes back
 * with "unknown" as null.
 */
export function validateArticle(
  raw: RawArticle,
  sources: readonly Source[],
): { meta?: ArticleMeta; diagnostics: Diagnostic[] } {
  const { file } = raw;
  const diagnostics: Diagnostic[] = [];
  const parsed = ArticleFrontMatter.safeParse(raw.data);
  if (!parsed.success) {
    const context = { file, data: raw.data, locate: raw.locate, knownKeys: () => ARTICLE_KEYS };
    diagnostics.push(
      ...zodDiagnostics(parsed.error, { ...context, help: REQUIRED_FIELD_HELP, invalidRule: 'field/invalid' }),
    );
  }
  diagnostics.push(...checkPublisher(raw, sources), ...todoMarkers(file, raw.frontMatterText));
  if (raw.body.trim() === '') diagnostics.push(diagnostic(file, { line: raw.bodyLine, column: 1 }, 'body/empty'));
  for (const f of markdownLimits(raw.body))
    diagnostics.push(diagnostic(file, { line: f.line + raw.bodyLine - 1, column: f.column }, f.rule, f.params));
  if (!parsed.success || hasErrors(diagnostics)) return { diagnostics };
  return {
    meta: { ...parsed.data, publisher: known(parsed.data.publisher), date: known(parsed.data.date) },
    diagnostics,
  };
}

/** A publisher must be an id of the sources registry, or "unknown". */
function checkPublisher(raw: RawArticle, sources: readonly Source[]): Diagnostic[] {
  const id = (raw.data as { publisher?: unknown }).publisher;
  const ids = sources.map((s) => s.id);
  if (typeof id !== 'string' || id === 'unknown' || ids.includes(id)) return [];
  const params = { field: 'publisher', value: id, hint: didYouMean(id, ids) ?? '' };
  return [diagnostic(raw.file, raw.locate(['publisher']), 'reference/unknown-source', params)];
}
