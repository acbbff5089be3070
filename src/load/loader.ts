import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface InputFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  bytes: Uint8Array;
}

export interface ProjectFiles {
  articles: InputFile[];
  /** Files under articles/ that are not articles (reported, not built). */
  ignored: string[];
  sources: InputFile;
  people: InputFile;
  measures: InputFile;
}

export const ARTICLES_DIR = 'articles';
export const SOURCES_FILE = 'registries/sources.yaml';
export const PEOPLE_FILE = 'registries/people.yaml';
export const MEASURES_FILE = 'registries/measures.yaml';

/** The only stage that reads the disk: every article (recursively, sorted) and both registries. */
export async function loadProject(root: string): Promise<ProjectFiles> {
  const articles: InputFile[] = [];
  const ignored: string[] = [];
  const walk = async (rel: string) => {
    const entries = await readdir(path.join(root, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const child = `${rel}/${e.name}`;
      // Hidden files are an editor's or a tool's (.gitkeep, .DS_Store); a hidden article is reported, not dropped.
      if (e.name.startsWith('.')) {
        if (e.name.endsWith('.md')) ignored.push(child);
        continue;
      }
      if (e.isDirectory()) await walk(child);
      else if (e.isFile() && e.name.endsWith('.md')) articles.push({ file: child, bytes: await readFile(path.join(root, child)) });
      else ignored.push(child);
    }
  };
  if (existsSync(path.join(root, ARTICLES_DIR))) await walk(ARTICLES_DIR);
  const registry = async (file: string): Promise<InputFile> => ({
    file,
    bytes: existsSync(path.join(root, file)) ? await readFile(path.join(root, file)) : new Uint8Array(),
  });
  return { articles, ignored, sources: await registry(SOURCES_FILE), people: await registry(PEOPLE_FILE), measures: await registry(MEASURES_FILE) };
}
