// A corpus in the multi-outlet format: manifest.json, outlets.json and texts/<slug>.txt.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ManifestRecord {
  file: string;
  slug: string;
  publisher: string;
  date: string | null;
  event: string;
  related_events?: string[];
}

export interface Outlet {
  id: string;
  aliases: string[];
  homepage: string;
  country: string;
  kind: string;
}

export interface Corpus {
  dir: string;
  articles: ManifestRecord[];
  /** Outlet name → its registry entry. */
  outlets: Record<string, Outlet>;
}

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;

export async function readCorpus(dir: string): Promise<Corpus> {
  const { articles } = await readJson<{ articles: ManifestRecord[] }>(path.join(dir, 'manifest.json'));
  const outlets = await readJson<Record<string, Outlet>>(path.join(dir, 'outlets.json'));
  return { dir, articles, outlets };
}

/** UTF-8, or Windows-1252 where the bytes are not valid UTF-8 (as the import command reads them). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The lines of a corpus text: index 0 is line 1 (the headline). */
export async function readLines(corpusDir: string, file: string): Promise<string[]> {
  return decodeText(await readFile(path.join(corpusDir, file)))
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n');
}
