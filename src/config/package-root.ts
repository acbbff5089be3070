import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the generator's own files (src/, templates/, .eleventy.js, the lock file) live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
