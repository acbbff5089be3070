import { createHash } from 'node:crypto';
import { STOP_WORDS } from '../text/words.ts';
import type { Paragraph } from '../model/analysis.ts';
import type { ArticleFeatures } from '../model/analysis.ts';

export const tokens = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));

const SHINGLE = 5;
const HASHES = 64;
// Fixed odd multipliers: the same signature on every machine and run.
const SEEDS = Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function articleFeatures(headline: string, paragraphs: readonly Paragraph[]): ArticleFeatures {
  const terms: Record<string, number> = {};
  const body = paragraphs.map((p) => p.text).join('\n');
  for (const t of [...tokens(headline), ...tokens(headline), ...tokens(body)]) terms[t] = (terms[t] ?? 0) + 1;
  const words = body
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // Shingles are hashed from their words' hashes, so no shingle string is ever built.
  const wordHashes = words.map(fnv1a);
  const minhash = new Array<number>(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) h = Math.imul(h ^ (wordHashes[k] ?? 0), 0x01000193);
    h >>>= 0;
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h, SEEDS[k]!) ^ (h >>> 15)) >>> 0;
      if (v < minhash[k]!) minhash[k] = v;
    }
  }
  const fingerprint = createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 32);
  return { terms, minhash, fingerprint };
}

/** Estimated Jaccard similarity of two shingle sets. */
export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}
