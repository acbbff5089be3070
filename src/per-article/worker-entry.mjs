// The entry of piscina's worker threads: the per-article work of worker.ts.
import { importSource } from '../util/import-source.mjs';

const { default: processChunk } = await importSource(new URL('./worker.ts', import.meta.url));
export default processChunk;
