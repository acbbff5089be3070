// The one place the benchmark uses Triangulate's own code: the import
// step's text-to-article conversion (front matter, Markdown escaping), so
// that the generated files are exactly what `npm run import` would write.
// If src/ moves, only this path changes.
import { escapeMarkdown, textToArticle } from '../src/import/text-to-article.ts';

export interface ArticleMeta {
  headline: string;
  /** A source id of registries/sources.yaml. */
  publisher: string;
  /** YYYY-MM-DD, or "unknown". */
  date: string;
  /** Where the text came from, when it is a corpus file. */
  origin?: string;
}

/** An article file in the project's format: YAML front matter, then one Markdown paragraph per line of `text`. */
export const articleFile = (text: string, meta: ArticleMeta): string =>
  textToArticle(text, { ...meta, language: 'en' });

/** A line of plain text as Markdown that renders to exactly those words. */
export const markdownLine = (line: string): string => escapeMarkdown(line);
