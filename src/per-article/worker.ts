import { workerData } from 'piscina';
import type { ArticleResult } from '../model/processed-article.ts';
import type { Registries } from '../model/registries.ts';
import { processArticle } from './process-article.ts';

/** A chunk of per-article work for a worker thread; the registries reach every worker once, as its workerData. */
export interface WorkerJob {
  inputs: { index: number; file: string; bytes: Uint8Array }[];
}

export interface WorkerReply {
  results: { index: number; result: ArticleResult }[];
  timings: Record<string, number>;
}

const registries = (workerData as { registries: Registries }).registries;

/** The same pure function as on the main thread, over one chunk. */
export default function processChunk(job: WorkerJob): WorkerReply {
  const timings: Record<string, number> = {};
  const clock = (stage: string, ms: number) => (timings[stage] = (timings[stage] ?? 0) + ms);
  const results = job.inputs.map(({ index, file, bytes }) => ({
    index,
    result: processArticle(file, bytes, registries, clock),
  }));
  return { results, timings };
}
