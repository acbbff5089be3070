import { availableParallelism } from 'node:os';
import type { Registries } from '../model/registries.ts';
import { tsWorker } from '../util/ts-worker.ts';
import { processArticle } from './process-article.ts';
import type { WorkerJob, WorkerReply } from './worker.ts';
import type { ArticleResult } from '../model/processed-article.ts';

export interface Input {
  file: string;
  bytes: Uint8Array;
}

export interface ParallelOptions {
  clock?: (stage: string, ms: number) => void;
  /** Called as results come in, for progress on long runs. */
  progress?: (done: number, total: number) => void;
  /** Worker threads to use; 0 runs everything on this thread. Default: one per core when the work is large enough. */
  workers?: number;
}

const WORKER = new URL('./worker.ts', import.meta.url);

/** Below this many articles, starting threads costs more than it saves. */
const MIN_PER_WORKER = 48;
const CHUNK = 64;

/**
 * Runs processArticle over every input, spread over worker threads in
 * chunks (a free worker takes the next chunk), and returns the results in
 * input order: the output is the same whatever the number of threads.
 */
export async function processAll(
  inputs: readonly Input[],
  registries: Registries,
  o: ParallelOptions = {},
): Promise<ArticleResult[]> {
  const wanted = o.workers ?? availableParallelism();
  const workers = Math.min(wanted, Math.floor(inputs.length / MIN_PER_WORKER));
  const results = new Array<ArticleResult>(inputs.length);
  if (workers <= 1) {
    inputs.forEach((input, i) => {
      results[i] = processArticle(input.file, input.bytes, registries, o.clock);
      if (i % CHUNK === CHUNK - 1) o.progress?.(i + 1, inputs.length);
    });
    return results;
  }
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: workers }, () => tsWorker(WORKER));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= inputs.length) return resolve();
              const from = next;
              next = Math.min(inputs.length, next + CHUNK);
              const job: WorkerJob = {
                registries,
                inputs: inputs.slice(from, next).map((x, k) => ({ index: from + k, file: x.file, bytes: x.bytes })),
              };
              worker.postMessage(job);
            };
            worker.on('message', (reply: WorkerReply) => {
              for (const { index, result } of reply.results) results[index] = result;
              for (const [stage, ms] of Object.entries(reply.timings)) o.clock?.(stage, ms);
              done += reply.results.length;
              o.progress?.(done, inputs.length);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
