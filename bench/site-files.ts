// How many files a build's output holds and how many the build wrote: a
// rebuild hard-links the pages it keeps from the last site, so a file whose
// inode was in the last site was kept, any other was written.
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Inode of every file under `dir` (none if it does not exist). */
export function inodesUnder(dir: string): Set<number> {
  const inodes = new Set<number>();
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return inodes;
  }
  for (const e of entries) if (e.isFile()) inodes.add(lstatSync(path.join(e.parentPath, e.name)).ino);
  return inodes;
}

/** Files of `now` that were not in `before`. */
export function writtenSince(now: ReadonlySet<number>, before: ReadonlySet<number>): number {
  let written = 0;
  for (const ino of now) if (!before.has(ino)) written++;
  return written;
}
