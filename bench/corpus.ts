// The BBC corpus, read (never written) at benchmark time and turned into texts.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface CorpusText {
  topic: string;
  /** The file's number, e.g. "001". */
  number: string;
  headline: string;
  /** Everything after the headline line. */
  body: string;
}

/** UTF-8, or Windows-1252 where the bytes are not valid UTF-8 (one file of the corpus is Latin-1). */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every text in a stable order: topics by name, then files by name (so "the first 1,000" is always the same set). */
export async function readCorpus(dir: string): Promise<CorpusText[]> {
  const texts: CorpusText[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  const topics = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort(byName);
  for (const topic of topics) {
    const files = (await readdir(path.join(dir, topic))).filter((f) => f.endsWith('.txt')).sort(byName);
    for (const file of files) {
      const text = decode(await readFile(path.join(dir, topic, file)));
      const [headline = '', ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
      texts.push({ topic, number: file.replace(/\.txt$/, ''), headline: headline.trim(), body: rest.join('\n') });
    }
  }
  return texts;
}

/**
 * The texts without repeats: the corpus holds groups of byte-identical files
 * (one story syndicated twice); only the first of each group is kept.
 */
export function distinctTexts(texts: readonly CorpusText[]): CorpusText[] {
  const seen = new Set<string>();
  return texts.filter((t) => {
    const key = `${t.headline}\n${t.body}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
