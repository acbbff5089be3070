import type { Hash } from 'node:crypto';

/**
 * Adds a value's JSON to a hash. Encoded to UTF-8 first: Node's hash of a
 * long string is 2.5 times slower than of the same string made a Buffer,
 * and page fingerprints hash the whole site's data (390 MB at 10,000
 * articles).
 */
export const updateWithJson = (hash: Hash, value: unknown): Hash =>
  hash.update(Buffer.from(JSON.stringify(value) ?? '', 'utf8'));
