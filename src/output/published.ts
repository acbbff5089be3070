import { statSync } from 'node:fs';
import path from 'node:path';
import { PUBLISHED_FILE, type FileIdentity, type PublishedState } from '../cache/published.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

const identity = (file: string): FileIdentity | undefined => {
  const s = statSync(file, { throwIfNoEntry: false });
  return s && [s.ino, s.size, s.mtimeMs];
};

/**
 * Whether the published folder still holds exactly the files `state`
 * recorded (same identities, no file gone): then a build with unchanged
 * inputs has nothing to do. Stats only (synchronous: tens of thousands of
 * them, nothing else to do meanwhile).
 */
export function publishedIntact(state: PublishedState, out: string): boolean {
  if (state.out !== path.resolve(out)) return false;
  for (const [file, was] of Object.entries(state.files)) {
    const now = identity(path.join(out, file));
    if (!now || now[0] !== was[0] || now[1] !== was[1] || now[2] !== was[2]) return false;
  }
  return true;
}

/** Records the site just published in `out`: its inputs' fingerprint, what the build said, its files' identities. */
export function writePublished(
  root: string,
  out: string,
  state: Omit<PublishedState, 'files' | 'out'>,
  identities: ReadonlyMap<string, { ino: number; size: number; mtimeMs: number }>,
): void {
  const files: Record<string, FileIdentity> = {};
  for (const [file, id] of identities) files[file] = [id.ino, id.size, id.mtimeMs];
  const full: PublishedState = { ...state, out: path.resolve(out), files };
  writeFileAtomic(path.join(root, PUBLISHED_FILE), JSON.stringify(full));
}
