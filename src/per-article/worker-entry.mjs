// Worker threads do not inherit the main thread's TypeScript loader, so the
// worker registers tsx itself before loading the TypeScript module it runs.
import { register } from 'tsx/esm/api';

register();
const { default: processChunk } = await import('./worker.ts');
export default processChunk;
