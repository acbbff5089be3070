import type { ArticleMeta } from './article.ts';
import type { ArticleAnalysis, ArticleFeatures, Paragraph } from './analysis.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * Why the cleaner removed a block: a teaser or list of links elsewhere (see-also, truncated-teaser,
 * inserted-teaser), a page label (site-label), the headline or outlet's name again (repeated-headline,
 * dateline), a photo's caption or credit (caption), a caption or pull quote restating a paragraph
 * (repeated-text), a call to the reader to sign up, follow or watch (call-to-action), a copyright or print
 * edition line (copyright), credits of the text (credit-line, byline), a time stamp (time-stamp), an
 * embedded post (embed), a video player's label (video), a summary box (highlights).
 */
export type RemovalRule =
  | 'see-also'
  | 'site-label'
  | 'truncated-teaser'
  | 'inserted-teaser'
  | 'repeated-headline'
  | 'dateline'
  | 'caption'
  | 'repeated-text'
  | 'call-to-action'
  | 'copyright'
  | 'credit-line'
  | 'byline'
  | 'time-stamp'
  | 'embed'
  | 'video'
  | 'highlights';

/** A block the cleaner removed, kept so the article page can show it. */
export interface Removal {
  rule: RemovalRule;
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
