import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces `out` by `tmp`: the new site appears in one rename. The old one
 * (tens of thousands of files, seconds to delete) is removed by a detached
 * process, so the build is done once the new site is in place; that
 * process also sweeps any old site an interrupted build left behind.
 */
export async function swapIn(tmp: string, out: string): Promise<void> {
  // Unique even within one process: the preview server builds again while the last old site may still be being deleted.
  const old = `${out}.old-${process.pid}-${randomUUID()}`;
  const had = existsSync(out);
  if (had) await rename(out, old);
  try {
    await rename(tmp, out);
  } catch (err) {
    // Put the published site back: a failed build never leaves it missing.
    if (had) await rename(old, out);
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  sweepOldSites(out);
}

/**
 * Deletes, in a detached process, every old site beside `out` (dist.old-*):
 * the one a swap just replaced, and any an interrupted build left behind.
 */
export function sweepOldSites(out: string): void {
  if (!readdirSync(path.dirname(out)).some((name) => name.startsWith(`${path.basename(out)}.old-`))) return;
  const sweep = `const fs = require('node:fs'), path = require('node:path'); const [dir, prefix] = process.argv.slice(1);
for (const name of fs.readdirSync(dir)) if (name.startsWith(prefix)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });`;
  spawn(process.execPath, ['-e', sweep, path.dirname(out), `${path.basename(out)}.old-`], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}
