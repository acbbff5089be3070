import { createHash } from 'node:crypto';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { slugKey } from '../model/common.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';

/**
 * The second pass: what one article cannot check alone. Slugs must be unique across folders; an article
 * with the same text and publisher as another is probably imported twice (a warning: it may be meant).
 */
export function checkAcrossArticles(articles: readonly ProcessedArticle[]): Diagnostic[] {
  return [...duplicateSlugs(articles), ...duplicateTexts(articles)];
}

function duplicateSlugs(articles: readonly ProcessedArticle[]): Diagnostic[] {
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

/**
 * Compares a hash of each article's text (its paragraphs once cleaned, so whitespace and site furniture
 * aside) with its publisher's other articles'; the later file is the one warned about, at its first line of
 * text. Two unknown publishers count as the same: an unknown outlet's text imported twice is still twice.
 */
function duplicateTexts(articles: readonly ProcessedArticle[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const a of articles) {
    if (a.paragraphs.length === 0) continue;
    const key = `${a.meta.publisher ?? 'unknown'}\n${textHash(a)}`;
    const other = seen.get(key);
    if (other === undefined) seen.set(key, a.file);
    else diagnostics.push(diagnostic(a.file, { line: a.paragraphs[0]!.line, column: 1 }, 'body/duplicate', { other }));
  }
  return diagnostics;
}

const textHash = (a: ProcessedArticle): string =>
  createHash('sha256')
    .update(a.paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim()).join('\n'))
    .digest('hex');
