import { statSync } from 'node:fs';
import path from 'node:path';
import { PUBLISHED_FILE, type FileIdentity, type PublishedState } from '../cache/published.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** The identity of the folder `out` leads to (following the link to the published version). */
const folderIdentity = (out: string): FileIdentity | undefined => {
  const s = statSync(out, { throwIfNoEntry: false });
  return s && [s.ino, s.size, s.mtimeMs];
};

/**
 * Whether `out` still leads to the folder `state` recorded: then a build
 * with unchanged inputs has nothing to do.
 */
export function publishedIntact(state: PublishedState, out: string): boolean {
  const now = folderIdentity(out);
  return state.out === path.resolve(out) && !!now && now.every((x, i) => x === state.folder[i]);
}

/** Records the site just published in `out`: its inputs' fingerprint, what the build said, its folder's identity. */
export function writePublished(root: string, out: string, state: Omit<PublishedState, 'folder' | 'out'>): void {
  const folder = folderIdentity(out);
  if (!folder) throw new Error(`${out} is missing just after it was published`);
  const full: PublishedState = { ...state, out: path.resolve(out), folder };
  writeFileAtomic(path.join(root, PUBLISHED_FILE), JSON.stringify(full));
}
