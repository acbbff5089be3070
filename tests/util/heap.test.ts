import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Heap } from '../../src/util/heap.ts';

describe('Heap', () => {
  it('gives its items back in order, ties in the order the comparison says', () => {
    const heap = new Heap<[number, string]>((a, b) => (a[0] !== b[0] ? a[0] > b[0] : a[1] < b[1]));
    const items: [number, string][] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3].map((n, i) => [n, `k${i}`]);
    for (const item of items) heap.push(item);
    assert.equal(heap.size, items.length);
    const out: [number, string][] = [];
    for (let x = heap.pop(); x; x = heap.pop()) out.push(x);
    assert.deepEqual(
      out,
      [...items].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1)),
    );
    assert.equal(heap.pop(), undefined);
  });
});
