import type { ArticleMeta } from './article.ts';
import type { ArticleAnalysis, ArticleFeatures, Paragraph } from './analysis.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** A block the cleaner removed, kept so the article page can show it. */
export interface Removal {
  rule: 'see-also' | 'site-label' | 'truncated-teaser' | 'repeated-headline' | 'dateline';
  text: string;
  line: number;
}

export interface ProcessedArticle {
  slug: string;
  file: string;
  meta: ArticleMeta;
  /** Sanitised HTML of the cleaned body. */
  html: string;
  removed: Removal[];
  paragraphs: Paragraph[];
  analysis: ArticleAnalysis;
  features: ArticleFeatures;
  words: number;
}

export interface ArticleResult {
  file: string;
  slug: string;
  article?: ProcessedArticle;
  diagnostics: Diagnostic[];
}
