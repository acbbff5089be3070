import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { slugKey } from '../model/common.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';

/** The second pass: what one article cannot check alone. Slugs must be unique across folders. */
export function checkAcrossArticles(articles: readonly ProcessedArticle[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const slugs = new Map<string, string>();
  for (const a of articles) {
    const key = slugKey(a.slug);
    const other = slugs.get(key);
    if (other)
      diagnostics.push(diagnostic(a.file, { line: 1, column: 1 }, 'load/duplicate-slug', { slug: a.slug, other }));
    else slugs.set(key, a.file);
  }
  return diagnostics;
}
