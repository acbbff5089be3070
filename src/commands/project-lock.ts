import { hostname } from 'node:os';
import path from 'node:path';
import { acquireLock, type LockHolder } from '../util/lock-file.ts';
import type { Reporter } from './reporter.ts';

/** The lock a build holds on its project, from loading the articles to recording the published pages. */
export const BUILD_LOCK = '.cache/build.lock';

/**
 * Runs `work` holding the project's build lock. Two builds of one project
 * at once (two terminals, the preview and a build) would each publish and
 * then record their pages, and the second swap could land between the
 * first's swap and its record: later builds would then keep pages of the
 * other input. So the second build waits, and says which build it waits for.
 */
export async function withProjectLock<T>(root: string, io: Reporter, work: () => Promise<T>): Promise<T> {
  const release = await acquireLock(path.join(root, BUILD_LOCK), { onWait: (h) => io.error(waitingFor(h)) });
  try {
    return await work();
  } finally {
    release();
  }
}

function waitingFor(holder: LockHolder): string {
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return `another build of this project is running (process ${holder.pid}${where}, since ${holder.since}); waiting for it to finish (${BUILD_LOCK})`;
}
