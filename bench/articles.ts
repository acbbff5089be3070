// The articles a benchmark size builds: the repo's samples, or a prefix of
// the BBC sequence (every text once from the BBC, then again as copies).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { textToArticle } from '../src/import/text-to-article.ts';
import type { CorpusText } from './corpus.ts';

export interface BenchArticle {
  slug: string;
  headline: string;
  /** The article file as Triangulate reads it. */
  file: string;
  /** Its Markdown body, for the Eleventy baseline. */
  body: string;
}

/** Headline and body of an article file (front matter between the first two `---` lines). */
function split(slug: string, file: string): BenchArticle {
  const end = file.indexOf('\n---\n', 4);
  if (!file.startsWith('---\n') || end < 0) throw new Error(`${slug}.md: no front matter`);
  const data = parse(file.slice(4, end)) as { headline?: string };
  return { slug, headline: String(data.headline ?? slug), file, body: file.slice(end + 5) };
}

/** The repo's sample articles, unchanged. */
export async function sampleArticles(dir: string): Promise<BenchArticle[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  return Promise.all(names.map(async (f) => split(f.replace(/\.md$/, ''), await readFile(path.join(dir, f), 'utf8'))));
}

/**
 * Item `i` (from 0) of the endless BBC sequence: copy 1 of each text is the
 * BBC's own; copy k ≥ 2 is the same text under another outlet and a `-k`
 * slug, as a syndicated copy would be. Dates are unknown: the corpus has none.
 */
export function bbcArticle(texts: CorpusText[], others: string[], i: number): BenchArticle {
  const text = texts[i % texts.length]!;
  const copy = Math.floor(i / texts.length) + 1;
  const slug = `${text.topic}-${text.number}${copy > 1 ? `-${copy}` : ''}`;
  const publisher = copy > 1 ? others[(copy - 2) % others.length]! : 'bbc';
  const origin = `../shared/corpus/bbc/${text.topic}/${text.number}.txt`;
  return split(
    slug,
    textToArticle(text.body, { headline: text.headline, publisher, date: 'unknown', language: 'en', origin }),
  );
}

/** The first `count` items of the BBC sequence. */
export const bbcArticles = (texts: CorpusText[], others: string[], count: number) =>
  Array.from({ length: count }, (_, i) => bbcArticle(texts, others, i));

/** Every source id in the registry but the BBC's: the outlets copies 2, 3, … are published by. */
export async function otherPublishers(sourcesFile: string): Promise<string[]> {
  const sources = parse(await readFile(sourcesFile, 'utf8')) as { id: string }[];
  return sources.map((s) => s.id).filter((id) => id !== 'bbc');
}
