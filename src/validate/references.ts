import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { didYouMean } from '../diagnostics/did-you-mean.ts';
import { slugKey } from '../model/common.ts';
import type { Registries } from '../model/registries.ts';
import type { ProcessedArticle } from '../pipeline/process-article.ts';

/** The second pass: what one article cannot check alone (references, unique slugs). */
export function checkReferences(articles: readonly ProcessedArticle[], registries: Registries): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const sourceIds = registries.sources.map((s) => s.id);
  const known = new Set(sourceIds);
  const slugs = new Map<string, string>();
  for (const a of [...articles].sort((x, y) => (x.file < y.file ? -1 : 1))) {
    const { publisher } = a.meta;
    if (publisher !== 'unknown' && !known.has(publisher)) {
      const hint = didYouMean(publisher, sourceIds);
      diagnostics.push(diagnostic(a.file, a.positions.publisher ?? { line: 1, column: 1 }, 'reference/unknown-source', { field: 'publisher', value: publisher, hint: hint ?? '' }));
    }
    const key = slugKey(a.slug);
    const other = slugs.get(key);
    if (other) diagnostics.push(diagnostic(a.file, { line: 1, column: 1 }, 'load/duplicate-slug', { slug: a.slug, other }));
    else slugs.set(key, a.file);
  }
  return diagnostics;
}
