import path from 'node:path';
import { CACHE_FILE } from '../cache/article-cache.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** Stores the per-article cache's new bytes (made by cache/article-cache.ts) in the project. */
export const writeArticleCache = (root: string, bytes: readonly Uint8Array[]): void =>
  writeFileAtomic(path.join(root, CACHE_FILE), bytes);
