import { createHash } from 'node:crypto';
import { updateWithJson } from '../util/json-hash.ts';
import type { SearchRecord } from './search-records.ts';

/**
 * The search index is split into Pagefind indexes by a hash of each
 * record's address, and the search page merges them. A new article changes
 * a few records (its own, its story's, its people's), so a rebuild writes
 * the few shards holding them again and keeps the rest: the more shards,
 * the less is written, but each adds a few small requests to a reader's
 * first search (merged indexes share the first one's WebAssembly, and each
 * adds a metadata file and one small chunk per searched word). So the count
 * grows with the site, in powers of two, about this many records a shard...
 */
const RECORDS_PER_SHARD = 400;
/** ...up to this many. */
const MAX_SHARDS = 64;

/** How many shards `records` records are split into: one for a small site, more as it grows. */
export function shardCount(records: number): number {
  let n = 1;
  while (n < MAX_SHARDS && n * RECORDS_PER_SHARD < records) n *= 2;
  return n;
}

export interface SearchShard {
  /** The shard's folder in the site. */
  dir: string;
  records: SearchRecord[];
  /** Changes whenever its records or anything else the index is made of (`salt`) changes. */
  fingerprint: string;
}

/** Where the search page finds the list of shards. */
export const SHARD_LIST = 'pagefind/shards.json';

const shardOf = (url: string, count: number) => createHash('sha256').update(url).digest().readUInt32BE(0) % count;

/** The records by shard, each in their given order; shards without records are left out. */
export function searchShards(records: readonly SearchRecord[], salt: string): SearchShard[] {
  const count = shardCount(records.length);
  const byShard = Array.from({ length: count }, () => [] as SearchRecord[]);
  for (const r of records) byShard[shardOf(r.url, count)]!.push(r);
  return byShard.flatMap((records, i) =>
    records.length === 0
      ? []
      : [
          {
            dir: `pagefind/${i}`,
            records,
            fingerprint: updateWithJson(createHash('sha256').update(salt).update('\0'), records).digest('base64url'),
          },
        ],
  );
}
