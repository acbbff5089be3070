// The hand annotation (gold.json's format), read into "parts": dev is the corpus's gold.json plus the project's
// extra file; held-out is scored only when asked. An annotation is keyed by the corpus file, mapped to the slug.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ManifestRecord } from './corpus.ts';

export interface GoldPerson {
  name: string;
  forms: string[];
  furniture?: boolean;
}

export interface GoldQuote {
  text: string;
  speaker: string | null;
  speaker_type?: string;
  fragment?: boolean;
  in_headline?: boolean;
  in_furniture?: boolean;
  /** The text is only the quote's first 8 words. */
  excerpt?: boolean;
}

export interface SameMeasure {
  file: string;
  words: string;
  agrees: boolean;
}

export interface GoldNumber {
  words: string;
  /** A number, a clock time ("11:36"), a tally ({"for": 97, "against": 1}) or null (vague). */
  value?: number | string | Record<string, number> | null;
  low?: number | null;
  high?: number | null;
  unit: string;
  measure: string;
  in_headline?: boolean;
  in_furniture?: boolean;
  same_measure_elsewhere?: SameMeasure[];
}

export interface GoldArticleFile {
  event: string;
  furniture_lines: number[];
  people: GoldPerson[];
  quotes: GoldQuote[];
  numbers: GoldNumber[];
  not_numbers?: { words: string; why: string }[];
}

/** One annotated article, with the slug (the article id in the open data) and the corpus file it annotates. */
export interface AnnotatedArticle extends GoldArticleFile {
  id: string;
  file: string;
}

export interface GoldPart {
  name: string;
  articles: AnnotatedArticle[];
  /** Files read (those missing are skipped). */
  files: string[];
}

/**
 * Reads the annotation files that exist, in order; an article annotated twice keeps its first annotation, and an
 * annotation of a file the manifest does not list is skipped. Both are reported through `warn`.
 */
export async function readGoldPart(
  name: string,
  files: string[],
  manifest: ManifestRecord[],
  warn: (line: string) => void,
): Promise<GoldPart> {
  const slugOf = new Map(manifest.map((r) => [r.file, r.slug]));
  const byId = new Map<string, AnnotatedArticle>();
  const read: string[] = [];
  for (const file of files.filter((f) => existsSync(f))) {
    read.push(file);
    const { articles } = JSON.parse(await readFile(file, 'utf8')) as { articles: Record<string, GoldArticleFile> };
    for (const [textFile, annotation] of Object.entries(articles)) {
      const id = slugOf.get(textFile);
      if (!id) warn(`${file}: ${textFile} is not in the corpus manifest; skipped`);
      else if (byId.has(id)) warn(`${file}: ${textFile} is annotated twice; the first annotation is kept`);
      else byId.set(id, { ...annotation, id, file: textFile });
    }
  }
  const articles = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { name, articles, files: read };
}
