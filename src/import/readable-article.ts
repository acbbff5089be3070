import { Readability } from '@mozilla/readability';
import { removePageFurniture } from './page-furniture.ts';

/**
 * The article's own markup, as Mozilla's Readability (Firefox's Reader View) finds it once the page's
 * furniture is gone; null when Readability finds no article. Changes `document`: read the page's metadata
 * first.
 */
export function readableArticleHtml(document: Document): string | null {
  removePageFurniture(document);
  return new Readability(document).parse()?.content ?? null;
}
