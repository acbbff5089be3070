import { setTimeout as sleep } from 'node:timers/promises';

/** Long enough for the writes already past their last await to finish. */
const SETTLE_MS = 100;

/**
 * Eleventy renders pages concurrently and gives up at the first one that
 * fails to write, but the others go on rendering and writing into the
 * output folder after it has returned: on a full disk, the folder the build
 * removes filled up again behind it. The transform runs on every page just
 * before it is written and stops each one once `stop` is called; `stop`
 * then waits for the writes already past it.
 */
export function stopOnFailure() {
  let stopped = false;
  return {
    transform(content: string): string {
      if (stopped) throw new Error('not written: an earlier page failed');
      return content;
    },
    async stop(): Promise<void> {
      stopped = true;
      await sleep(SETTLE_MS);
    },
  };
}
