// Where things are: the repo this harness belongs to, and the shared corpora beside it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(REPO, '../shared');
export const DEFAULT_CORPUS = path.join(SHARED, 'corpus/multi-outlet');
export const BBC_CORPUS = path.join(SHARED, 'corpus/bbc');
export const EVAL_DIR = path.join(REPO, 'eval');
/** The project's own CLI, run as an editor runs it (never imported: only its output is scored). */
export const CLI = path.join(REPO, 'src/launch.mjs');
