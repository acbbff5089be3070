import { Worker } from 'node:worker_threads';

const ENTRY = new URL('./ts-worker-entry.mjs', import.meta.url);

/** A worker thread running a TypeScript module; `data` reaches it as `workerData.data`. */
export const tsWorker = (module: URL, data?: unknown) =>
  new Worker(ENTRY, { execArgv: [], workerData: { module: module.href, data } });
