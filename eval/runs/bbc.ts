// A sample of the BBC corpus (which holds groups of byte-identical texts), imported and built: are the identical
// texts folded together, and is nothing else folded?
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeText } from '../corpus.ts';
import { importCorpus } from '../import-corpus.ts';
import { readOpenData } from '../open-data.ts';
import { buildProject, makeProject } from '../project.ts';
import { scoreCopies, type CopiesScore } from '../score/copies.ts';
import { groupsOfEqual, scoreDuplicates, type DuplicatesScore } from '../score/duplicates.ts';

interface BbcText {
  file: string;
  slug: string;
  hash: string;
  text: string;
}

export interface BbcResult {
  articles: number;
  stories: number;
  summary: string;
  duplicates: DuplicatesScore;
  copies: CopiesScore;
}

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

async function readBbc(dir: string): Promise<BbcText[]> {
  const texts: BbcText[] = [];
  const topics = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  for (const topic of topics.sort()) {
    for (const name of (await readdir(path.join(dir, topic))).filter((f) => f.endsWith('.txt')).sort()) {
      const file = path.join(dir, topic, name);
      const bytes = await readFile(file);
      const hash = createHash('sha256').update(bytes).digest('hex');
      texts.push({ file, slug: `bbc-${topic}-${name.replace(/\.txt$/, '')}`, hash, text: decodeText(bytes) });
    }
  }
  return texts;
}

/**
 * The first `n` texts in the order of their content hash: deterministic, spread over the topics, and identical
 * texts sit side by side, so a group is in the sample whole (the last one is completed).
 */
export function sampleByHash<T extends { hash: string; slug: string }>(texts: T[], n: number): T[] {
  const sorted = [...texts].sort(byKey((t) => `${t.hash} ${t.slug}`));
  let end = Math.min(n, sorted.length);
  while (end > 0 && end < sorted.length && sorted[end]!.hash === sorted[end - 1]!.hash) end++;
  return sorted.slice(0, end);
}

export async function runBbc(
  dir: string,
  n: number,
  tmp: string,
  progress: (line: string) => void,
): Promise<BbcResult> {
  const sample = sampleByHash(await readBbc(dir), n);
  const root = await makeProject(tmp, 'bbc');
  progress(`importing ${sample.length} BBC texts`);
  await importCorpus(
    sample.map((t) => ({ text: t.file, slug: t.slug, publisher: 'bbc', date: null })),
    root,
  );
  progress('building them');
  const summary = await buildProject(root, path.join(tmp, 'bbc-timings.json'));
  const { stories } = await readOpenData(root);
  const groups = groupsOfEqual(new Map(sample.map((t) => [t.slug, t.hash])));
  return {
    articles: sample.length,
    stories: stories.length,
    summary,
    duplicates: scoreDuplicates(groups, stories),
    copies: scoreCopies(stories, new Map(sample.map((t) => [t.slug, t.text]))),
  };
}
