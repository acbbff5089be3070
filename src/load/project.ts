import { existsSync } from 'node:fs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_FILE } from '../cache/article-cache.ts';
import { PUBLISHED_FILE, PublishedStateFile, type PublishedState } from '../cache/published.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

export interface InputFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  bytes: Uint8Array;
}

export interface ProjectFiles {
  articles: InputFile[];
  /** Files under articles/ that are not built, and files that cannot be read. */
  diagnostics: Diagnostic[];
  sources: InputFile;
  people: InputFile;
  measures: InputFile;
  /** Published story ids; empty bytes when the site has none yet. */
  storyIds: InputFile;
}

export const ARTICLES_DIR = 'articles';
export const SOURCES_FILE = 'registries/sources.yaml';
export const PEOPLE_FILE = 'registries/people.yaml';
export const MEASURES_FILE = 'registries/measures.yaml';
export const STORY_IDS_FILE = 'registries/story-ids.yaml';

/**
 * The only stage that reads the disk: every article (recursively, sorted)
 * and the registries. Reads are synchronous: for thousands of small files
 * that is several times faster than awaiting each (3 s against 0.5 s for
 * 10,000), and the build has nothing else to do meanwhile.
 */
export function loadProject(root: string): ProjectFiles {
  const articles: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const notBuilt = (file: string, kind: string) =>
    diagnostics.push(diagnostic(file, { line: 1, column: 1 }, 'load/ignored-file', { kind }));
  // A file that cannot be read is its own problem, located, never an internal error.
  const read = (file: string): Uint8Array | undefined => {
    try {
      return readFileSync(path.join(root, file));
    } catch (err) {
      diagnostics.push(diagnostic(file, { line: 1, column: 1 }, 'load/unreadable', { reason: readProblem(err) }));
      return undefined;
    }
  };
  const walk = (rel: string) => {
    const entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const child = `${rel}/${e.name}`;
      // Hidden files are an editor's or a tool's (.gitkeep, .DS_Store); a hidden article is reported, not dropped.
      if (e.name.startsWith('.')) {
        if (e.name.endsWith('.md')) notBuilt(child, 'hidden');
        continue;
      }
      // Not followed: a link can lead out of the project, or round in a loop.
      if (e.isSymbolicLink()) notBuilt(child, 'symlink');
      else if (e.isDirectory()) walk(child);
      else if (e.isFile() && e.name.endsWith('.md')) {
        const bytes = read(child);
        if (bytes) articles.push({ file: child, bytes });
      } else notBuilt(child, 'other');
    }
  };
  if (existsSync(path.join(root, ARTICLES_DIR))) walk(ARTICLES_DIR);
  if (articles.length === 0 && !diagnostics.some((d) => d.rule === 'load/unreadable'))
    diagnostics.push(diagnostic(`${ARTICLES_DIR}/`, { line: 1, column: 1 }, 'load/no-articles'));
  // A missing registry is an empty one; one that cannot be read is reported.
  const registry = (file: string): InputFile => ({
    file,
    bytes: (existsSync(path.join(root, file)) && read(file)) || new Uint8Array(),
  });
  const [sources, people, measures, storyIds] = [SOURCES_FILE, PEOPLE_FILE, MEASURES_FILE, STORY_IDS_FILE].map(
    registry,
  ) as [InputFile, InputFile, InputFile, InputFile];
  return { articles, diagnostics, sources, people, measures, storyIds };
}

/** Why a file could not be read, in the editor's words. */
function readProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String(err);
}

/** How many articles the published site `out` holds, as its open data says; 0 for none or no site. */
export function publishedArticleCount(out: string): number {
  try {
    const rows: unknown = JSON.parse(readFileSync(path.join(out, 'data/articles.json'), 'utf8'));
    return Array.isArray(rows) ? rows.length : 0;
  } catch {
    return 0;
  }
}

/** The per-article cache file's bytes, if the project has one (see cache/article-cache.ts). */
export function readArticleCache(root: string): Buffer | undefined {
  try {
    return readFileSync(path.join(root, CACHE_FILE));
  } catch {
    return undefined; // none yet, or unreadable: everything is computed
  }
}

/** The record of the last published build, if there is a readable one (see cache/published.ts). */
export function readPublished(root: string): PublishedState | 'damaged' | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(root, PUBLISHED_FILE), 'utf8');
  } catch {
    return undefined; // none yet, or unreadable: the build runs
  }
  try {
    const checked = PublishedStateFile.safeParse(JSON.parse(text));
    return checked.success ? checked.data : 'damaged';
  } catch {
    return 'damaged';
  }
}
