// The multi-outlet corpus imported into a fresh project as an editor would, built cold, its open data read.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, readCorpus, type Corpus } from '../corpus.ts';
import { importCorpus } from '../import-corpus.ts';
import { readOpenData, type OpenData } from '../open-data.ts';
import { addOutlets, buildProject, makeProject, readTimings } from '../project.ts';

export interface CorpusBuild {
  corpus: Corpus;
  data: OpenData;
  /** Stage times of the build (ms), from --timings. */
  stages: Record<string, number>;
  summary: string;
  /** Each article's raw text, by slug. */
  texts: Map<string, string>;
}

export async function buildCorpus(dir: string, tmp: string, progress: (line: string) => void): Promise<CorpusBuild> {
  const corpus = await readCorpus(dir);
  const root = await makeProject(tmp, 'corpus');
  await addOutlets(root, corpus.outlets);
  progress(`importing ${corpus.articles.length} texts of ${dir}`);
  const records = corpus.articles.map((a) => ({ ...a, text: path.join(dir, a.file) }));
  await importCorpus(records, root);
  progress('building them');
  const timings = path.join(tmp, 'corpus-timings.json');
  const summary = await buildProject(root, timings);
  const texts = new Map<string, string>();
  for (const a of corpus.articles) texts.set(a.slug, decodeText(await readFile(path.join(dir, a.file))));
  return { corpus, data: await readOpenData(root), stages: await readTimings(timings), summary, texts };
}
