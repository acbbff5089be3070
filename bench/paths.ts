// Where the benchmark finds the repo and the shared data beside it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The BBC corpus: read, never written. */
export const CORPUS = path.resolve(REPO, '../shared/corpus/bbc');
