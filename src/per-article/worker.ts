import { parentPort } from 'node:worker_threads';
import type { Registries } from '../model/registries.ts';
import { processArticle } from './process-article.ts';
import type { ArticleResult } from '../model/processed-article.ts';

/** A chunk of per-article work, run in a worker thread: the same pure function as on the main thread. */
export interface WorkerJob {
  registries: Registries;
  inputs: { index: number; file: string; bytes: Uint8Array }[];
}

export interface WorkerReply {
  results: { index: number; result: ArticleResult }[];
  timings: Record<string, number>;
}

parentPort?.on('message', (job: WorkerJob) => {
  const timings: Record<string, number> = {};
  const clock = (stage: string, ms: number) => (timings[stage] = (timings[stage] ?? 0) + ms);
  const results = job.inputs.map(({ index, file, bytes }) => ({
    index,
    result: processArticle(file, bytes, job.registries, clock),
  }));
  parentPort!.postMessage({ results, timings } satisfies WorkerReply);
});
