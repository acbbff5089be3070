import { absoluteHttpUrl } from './page-metadata.ts';

/**
 * Browsers that save a page ("Save Page As…") may mark where it came from at its top:
 * `<!-- saved from url=(0052)https://www.bbc.co.uk/news/articles/c4g7zq2x1r9o -->` (the number is the
 * address's length). The page states that address about itself, so it names the outlet as the address of a
 * fetched page would. Only the first 2 KB are read: the mark is at the top or nowhere.
 */
export function savedFromAddress(html: string): string | null {
  const match = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(html.slice(0, 2048));
  return match ? absoluteHttpUrl(match[1]!) : null;
}
