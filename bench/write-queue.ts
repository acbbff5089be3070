// Writes many small files while the caller goes on computing: up to `limit`
// writes at once on libuv's threads, the caller waiting only when that many
// are pending (so memory stays bounded). Writing 100,000 article files one
// synchronous call after another left the CPU idle for a large share of the time.
import { writeFile } from 'node:fs/promises';

export class WriteQueue {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly limit = 64) {}

  async write(file: string, data: string): Promise<void> {
    const p: Promise<void> = writeFile(file, data).finally(() => this.pending.delete(p));
    this.pending.add(p);
    if (this.pending.size >= this.limit) await Promise.race(this.pending);
  }

  /** Waits for every pending write (and fails if one did). */
  async flush(): Promise<void> {
    await Promise.all(this.pending);
  }
}
