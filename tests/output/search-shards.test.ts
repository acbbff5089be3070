import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchRecord } from '../../src/output/search-records.ts';
import { searchShards, shardCount } from '../../src/output/search-shards.ts';

const record = (i: number, content = `Article number ${i}.`): SearchRecord => ({
  url: `/articles/a-${i}/`,
  content,
  language: 'en',
  meta: { title: `A ${i}`, kind: 'Article' },
});

describe('search shards', () => {
  it('are one for a small site and more, in powers of two up to 64, as it grows', () => {
    assert.deepEqual([0, 5, 400, 401, 3_000, 19_400, 1_000_000].map(shardCount), [1, 1, 1, 2, 8, 64, 64]);
  });

  it('hold every record once, and a changed record changes only its own shard', () => {
    const records = Array.from({ length: 3_000 }, (_, i) => record(i));
    const before = searchShards(records, 'salt');
    assert.equal(before.length, 8);
    assert.equal(
      before.reduce((n, s) => n + s.records.length, 0),
      records.length,
    );
    const edited = records.map((r, i) => (i === 1234 ? record(i, 'Article number 1234, corrected.') : r));
    const after = searchShards(edited, 'salt');
    const changed = after.filter((s, k) => s.fingerprint !== before[k]!.fingerprint).map((s) => s.dir);
    const holder = after.find((s) => s.records.some((r) => r.url === '/articles/a-1234/'))!.dir;
    assert.deepEqual(changed, [holder]);
  });
});
