// Near-duplicate measure: the Jaccard similarity of two texts' sets of
// 5-word shingles (lower case, punctuation ignored). Shingles are kept as
// 32-bit hashes made from their words' hashes, so no shingle string is built;
// a collision among a few hundred shingles is too rare to matter.

const SHINGLE = 5;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv1a(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

export function shingles(text: string): Set<number> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(fnv1a);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = FNV_OFFSET;
    for (let k = i; k < i + SHINGLE; k++) h = Math.imul(h ^ words[k]!, FNV_PRIME);
    out.add(h >>> 0);
  }
  return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
