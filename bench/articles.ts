// The articles a benchmark row builds, each as the file Triangulate reads
// and the Markdown body the baselines render: the repo's samples, generated
// distinct articles, or the BBC texts repeated under other outlets.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { articleFile } from './article-file.ts';
import type { CorpusText } from './corpus.ts';
import type { GeneratedArticle } from './generate/generator.ts';

export interface BenchArticle {
  slug: string;
  headline: string;
  /** The article file as Triangulate reads it. */
  file: string;
  /** Its Markdown body, for the baselines. */
  body: string;
}

const FRONT_MATTER_END = '\n---\n';

/** Splits an article file at the end of its front matter; the headline is read from it unless given. */
export function benchArticle(slug: string, file: string, headline?: string): BenchArticle {
  const end = file.indexOf(FRONT_MATTER_END, 4);
  if (!file.startsWith('---\n') || end < 0) throw new Error(`${slug}.md: no front matter`);
  const title = headline ?? String((parse(file.slice(4, end)) as { headline?: string }).headline ?? slug);
  return { slug, headline: title, file, body: file.slice(end + FRONT_MATTER_END.length) };
}

/** The repo's sample articles, unchanged. */
export async function sampleArticles(dir: string): Promise<BenchArticle[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  const read = async (f: string) => benchArticle(f.replace(/\.md$/, ''), await readFile(path.join(dir, f), 'utf8'));
  return Promise.all(names.map(read));
}

/** A generated article, one paragraph per line. */
export function generatedArticle(a: GeneratedArticle): BenchArticle {
  const file = articleFile(a.paragraphs.join('\n'), { headline: a.headline, publisher: a.publisher, date: a.date });
  return benchArticle(a.slug, file, a.headline);
}

/**
 * Item `i` (from 0) of the endless syndicated sequence: copy 1 of each text
 * is the BBC's own; copy k ≥ 2 is the same text under another outlet and a
 * `-k` slug, as a syndicated copy would be. Dates are unknown: the corpus has none.
 */
export function syndicatedArticle(texts: CorpusText[], others: string[], i: number): BenchArticle {
  const text = texts[i % texts.length]!;
  const copy = Math.floor(i / texts.length) + 1;
  const slug = `${text.topic}-${text.number}${copy > 1 ? `-${copy}` : ''}`;
  const publisher = copy > 1 ? others[(copy - 2) % others.length]! : 'bbc';
  const origin = `../shared/corpus/bbc/${text.topic}/${text.number}.txt`;
  const file = articleFile(text.body, { headline: text.headline, publisher, date: 'unknown', origin });
  return benchArticle(slug, file, text.headline);
}

/** Every source id of the registry. */
export async function publisherIds(sourcesFile: string): Promise<string[]> {
  return (parse(await readFile(sourcesFile, 'utf8')) as { id: string }[]).map((s) => s.id);
}
