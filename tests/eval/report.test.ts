import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFloors } from '../../eval/floors.ts';
import { count, share } from '../../eval/report/cells.ts';
import type { Row } from '../../eval/report/rows.ts';
import { markdownTable, metricsOf } from '../../eval/report/table.ts';

const rows: Row[] = [
  {
    key: 'quotes.found',
    label: 'quotes found',
    scope: 'part',
    cells: [share(3, 4), share(1, 2)],
    target: { min: 0.85 },
  },
  { key: 'stories.count', label: 'stories', scope: 'corpus', cells: [count(7)] },
];

describe('eval report', () => {
  it('keys part metrics by part and corpus metrics alone', () => {
    const metrics = metricsOf(rows, ['dev', 'held-out']);
    assert.deepEqual(metrics, { 'dev.quotes.found': 0.75, 'heldOut.quotes.found': 0.5, 'stories.count': 7 });
  });

  it('prints one Markdown table with the targets marked', () => {
    const table = markdownTable(rows, ['dev', 'held-out']).split('\n');
    assert.equal(table[0], '| metric | dev | held-out | target |');
    assert.equal(table[2], '| quotes found | 75.0 % (3/4) ✗ | 50.0 % (1/2) ✗ | ≥ 0.85 |');
    assert.equal(table[3], '| stories | 7 |  |  |');
  });

  it('fails a metric past its floor and lists floors it could not check', () => {
    const check = checkFloors(
      { 'dev.quotes.found': 0.75, 'stories.count': 7, 'bbc.stories': null },
      {
        'dev.quotes.found': { min: 0.8 },
        'stories.count': { max: 10 },
        'bbc.stories': { min: 1 },
        'heldOut.quotes.found': { min: 0.5 },
      },
    );
    assert.deepEqual(check.failed, ['dev.quotes.found = 0.75, floor ≥ 0.8']);
    assert.deepEqual(check.unmeasured, ['bbc.stories', 'heldOut.quotes.found']);
  });
});
