// The entry of a worker thread running a TypeScript module of src/ (see ts-worker.ts).
import { workerData } from 'node:worker_threads';
import { importSource } from './import-source.mjs';

await importSource(workerData.module);
