// Worker threads do not inherit the main thread's TypeScript loader, so the
// worker registers tsx itself before loading the TypeScript module it runs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
