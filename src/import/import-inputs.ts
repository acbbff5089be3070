import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** One thing to import, named as the editor wrote it (`name`), for messages. */
export type ImportInput =
  | { kind: 'text'; name: string; file: string }
  | { kind: 'page'; name: string; file: string }
  | { kind: 'address'; name: string; address: string };

export interface InputList {
  inputs: ImportInput[];
  /** Inputs that cannot be imported at all, one line each. */
  problems: string[];
  /** What was left out of a folder, one line per folder. */
  notes: string[];
}

const KINDS: Record<string, 'text' | 'page'> = { '.txt': 'text', '.html': 'page', '.htm': 'page' };
const SHOWN = 5;

/**
 * The command line's arguments as inputs: an address (anything with a scheme, such as https://; fetching
 * refuses what is not http(s)), a .txt or .html file, or a folder, whose .txt and .html files are imported in
 * name order (its sub-folders are not: a page saved "complete" keeps its pictures and scripts in one).
 */
export function listInputs(args: readonly string[]): InputList {
  const list: InputList = { inputs: [], problems: [], notes: [] };
  for (const arg of args) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) list.inputs.push({ kind: 'address', name: arg, address: arg });
    else addPath(arg, list);
  }
  return list;
}

function addPath(arg: string, list: InputList): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(arg).isDirectory();
  } catch (error) {
    list.problems.push(`${arg}: ${unreadable(error)}`);
    return;
  }
  if (!isFolder) {
    const kind = KINDS[path.extname(arg).toLowerCase()];
    if (kind) list.inputs.push({ kind, name: arg, file: path.resolve(arg) });
    else list.problems.push(`${arg}: not a .txt or .html file; import a raw text (.txt) or a saved web page (.html)`);
    return;
  }
  addFolder(arg, list);
}

function addFolder(folder: string, list: InputList): void {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    list.problems.push(`${folder}: ${unreadable(error)}`);
    return;
  }
  const importable = names.filter((name) => KINDS[path.extname(name).toLowerCase()]);
  const left = names.filter((name) => !KINDS[path.extname(name).toLowerCase()]);
  if (importable.length === 0) {
    list.problems.push(`${folder}: no .txt or .html files in this folder`);
    return;
  }
  for (const name of importable) {
    const file = path.join(folder, name);
    list.inputs.push({ kind: KINDS[path.extname(name).toLowerCase()]!, name: file, file: path.resolve(file) });
  }
  if (left.length > 0) {
    const shown = left.slice(0, SHOWN).join(', ') + (left.length > SHOWN ? ', …' : '');
    list.notes.push(`${folder}: left out ${left.length} file(s) that are neither .txt nor .html (${shown})`);
  }
}

/** What a failed read means, in words: a missing or unreadable file is the editor's to fix, not a crash. */
export function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code) return `cannot be read (${code})`;
  throw error;
}
