import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file under a temporary name and renames it into place, so a
 * reader never sees half of it. The data may come in parts (the lines of
 * the article cache): they go out through one small buffer, never joined
 * first; joining 170 MB took 1.5 s here, writing the parts 0.15 s.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array | readonly Uint8Array[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(draft, 'w');
    try {
      writeParts(fd, typeof data === 'string' ? [Buffer.from(data)] : data instanceof Uint8Array ? [data] : data);
    } finally {
      closeSync(fd);
    }
    renameSync(draft, file);
  } catch (err) {
    // A part written on a full disk would only take more room.
    rmSync(draft, { force: true });
    throw err;
  }
}

const BUFFER_BYTES = 1 << 20;

function writeParts(fd: number, parts: readonly Uint8Array[]): void {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const flush = () => (writeAll(fd, buffer.subarray(0, used)), (used = 0));
  for (const part of parts) {
    if (used + part.length > BUFFER_BYTES) flush();
    if (part.length > BUFFER_BYTES) writeAll(fd, part);
    else (buffer.set(part, used), (used += part.length));
  }
  flush();
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
}
