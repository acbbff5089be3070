import { createHash } from 'node:crypto';
import { updateWithJson } from '../util/json-hash.ts';
import type { SearchRecord } from './search-records.ts';

/**
 * The search index is split into this many Pagefind indexes by a hash of
 * each record's address, and the search page merges them. A new article
 * changes a few records (its own, its story's, its people's), so a rebuild
 * writes the few shards holding them again and keeps the rest. Readers pay
 * little for it: merged indexes share the first one's WebAssembly, and each
 * adds a small metadata file and one small index chunk per searched word.
 */
export const SEARCH_SHARDS = 16;

export interface SearchShard {
  /** The shard's folder in the site. */
  dir: string;
  records: SearchRecord[];
  /** Changes whenever its records or anything else the index is made of (`salt`) changes. */
  fingerprint: string;
}

/** Where the search page finds the list of shards. */
export const SHARD_LIST = 'pagefind/shards.json';

const shardOf = (url: string) => createHash('sha256').update(url).digest().readUInt32BE(0) % SEARCH_SHARDS;

/** The records by shard, each in their given order; shards without records are left out. */
export function searchShards(records: readonly SearchRecord[], salt: string): SearchShard[] {
  const byShard = Array.from({ length: SEARCH_SHARDS }, () => [] as SearchRecord[]);
  for (const r of records) byShard[shardOf(r.url)]!.push(r);
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
