import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes a file under a temporary name and renames it into place, so a reader never sees half of it. */
export function writeFileAtomic(file: string, data: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(draft, data);
    renameSync(draft, file);
  } catch (err) {
    // A part written on a full disk would only take more room.
    rmSync(draft, { force: true });
    throw err;
  }
}
