import { spawn } from 'node:child_process';
import { renameSync } from 'node:fs';
import { leftovers, trashName } from './site-folders.ts';

/**
 * How long a version stays after it stops being published: the preview
 * resolves the published version once per request and reads from it (so a
 * page is never half one version, half the next), and a request started
 * just before the switch must find it whole.
 */
const GRACE_MS = 1000;

/**
 * Removes what lies beside `out` that no running build needs (see
 * site-folders.ts): old sites, and the folders of builds that were killed.
 * Deleting tens of thousands of files takes seconds, so a detached process
 * does it and the build goes on. Called with the project's build lock held:
 * abandoned folders are first renamed out of the way, so that a build that
 * comes later under the same process id can never lose its folder.
 */
export function sweepLeftovers(out: string): void {
  const { versions, abandoned, old } = leftovers(out);
  const doomed = [...versions, ...old];
  for (const folder of abandoned) {
    const trash = trashName(out);
    try {
      renameSync(folder, trash);
      doomed.push(trash);
    } catch {
      // Gone already: another sweep got there first.
    }
  }
  if (doomed.length > 0) removeInBackground(doomed);
}

function removeInBackground(paths: readonly string[]): void {
  const remove = `const fs = require('node:fs');
setTimeout(() => { for (const p of process.argv.slice(1)) try { fs.rmSync(p, { recursive: true, force: true }); } catch {} }, ${GRACE_MS});`;
  spawn(process.execPath, ['-e', remove, ...paths], { detached: true, stdio: 'ignore' }).unref();
}
