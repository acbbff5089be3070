import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ArticleResult } from '../model/processed-article.ts';
import type { Registries } from '../model/registries.ts';
import { processArticle } from './process-article.ts';
import type { WorkerJob, WorkerReply } from './worker.ts';

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

const ENTRY = new URL('./worker-entry.mjs', import.meta.url).href;

/** Below this many articles, starting threads costs more than it saves. */
const MIN_PER_WORKER = 48;
const CHUNK = 64;

/**
 * Runs processArticle over every input, spread over a pool of worker
 * threads in chunks, and returns the results in input order: the output is
 * the same whatever the number of threads.
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
  const pool = new Piscina<WorkerJob, WorkerReply>({
    filename: ENTRY,
    minThreads: workers,
    maxThreads: workers,
    workerData: { registries },
    // The entry registers the TypeScript loader itself; the main thread's flags (--test among them) stay out.
    execArgv: [],
  });
  let done = 0;
  try {
    const chunks = [];
    for (let from = 0; from < inputs.length; from += CHUNK) {
      const inputsOf = inputs
        .slice(from, from + CHUNK)
        .map((x, k) => ({ index: from + k, file: x.file, bytes: x.bytes }));
      chunks.push(
        pool.run({ inputs: inputsOf }).then((reply) => {
          for (const { index, result } of reply.results) results[index] = result;
          for (const [stage, ms] of Object.entries(reply.timings)) o.clock?.(stage, ms);
          done += reply.results.length;
          o.progress?.(done, inputs.length);
        }),
      );
    }
    await Promise.all(chunks);
  } finally {
    await pool.destroy();
  }
  return results;
}
