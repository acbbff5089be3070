// Worker threads do not inherit the main thread's TypeScript loader, so the
// worker registers tsx itself before loading the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
