import type { Removal } from '../clean/furniture.ts';

/** Everything the templates read; they see nothing else. */
export interface SiteData {
  title: string;
  articles: ArticlePage[];
  sources: SourcePage[];
  /** Articles whose publisher is unknown, for the sources index. */
  unknownPublisher: ArticleRef[];
  stats: { articles: number; sources: number; citations: number };
}

export interface SourceRef {
  id: string;
  name: string;
  url: string;
}

export interface ArticleRef {
  slug: string;
  url: string;
  headline: string;
  headlineBy: 'outlet' | 'editor';
  date: string | null;
  dateLabel: string;
  dateInferred: string | null;
  publisher: SourceRef | null;
}

export interface ArticlePage extends ArticleRef {
  file: string;
  language: string;
  origin: string | null;
  originalUrl: string | null;
  author: string | null;
  html: string;
  removed: Removal[];
  citations: { source: SourceRef; text: string }[];
  words: number;
}

export interface SourcePage extends SourceRef {
  homepage: string;
  country: string;
  kind: string;
  aliases: string[];
  published: ArticleRef[];
  citedBy: { article: ArticleRef; text: string }[];
}
