import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHART_WIDTH, chartFor } from '../../src/site/chart.ts';
import { dateLabel } from '../../src/site/format.ts';
import type { ClaimView } from '../../src/model/site-data.ts';

/** A claim as the figure pages hold it, with only what a chart reads filled in. */
function claim(
  value: string,
  raw: Partial<ClaimView['raw']>,
  outlet: string,
  claimant: string | null,
  date: string | null,
): ClaimView {
  return {
    value,
    raw: { value: null, low: null, high: null, qualifier: null, unit: 'km', ...raw },
    article: { slug: `${outlet}-${value}`, outlet, date, dateLabel: dateLabel(date) },
    claimant: claimant ? { id: claimant, name: claimant, url: '' } : null,
    claimantWords: null,
  } as ClaimView;
}

const figure = (claims: ClaimView[]) => ({ id: 'depth', name: 'depth of the advance', unit: 'km', claims });

describe('a figure chart', () => {
  const chart = chartFor(
    figure([
      claim('12 km', { value: 12 }, 'Unattributed article 1', 'Alexei Smirnov', null),
      claim('up to 30 km', { value: 30, qualifier: 'up to' }, 'Unattributed article 2', null, '2024-08-12'),
      claim('10–15 km', { low: 10, high: 15 }, 'Reuters', null, '2024-08-13'),
      claim(
        'more than 20 km',
        { value: 20, qualifier: 'more than' },
        'A very long outlet name that would never fit',
        'Someone With A Long Name',
        '2024-08-14',
      ),
    ]),
  )!;

  it('draws every value on one scale: a dot, a range as a range, "up to" and "more than" as open ends', () => {
    const kinds = chart.marks.map((m) => m.kind).filter((k) => k !== 'track' && k !== 'tick');
    assert.deepEqual(kinds, ['dot', 'open', 'dot', 'range', 'open', 'dot', 'axis']);
    const axis = chart.marks.find((m) => m.kind === 'axis')!;
    const [upTo] = chart.marks.filter((m) => m.kind === 'open');
    assert.equal(upTo!.x1, axis.x1, '"up to" is open towards zero');
    const moreThan = chart.marks.filter((m) => m.kind === 'open')[1]!;
    assert.equal(moreThan.x2, axis.x2, '"more than" is open towards the end of the scale');
    assert.deepEqual(
      chart.texts.filter((t) => t.y > axis.y).map((t) => t.text),
      ['0', '25', '50 km'],
      'a labelled scale',
    );
  });

  it('writes the outlet, claimant and date on each row, wrapped so that nothing passes the edge', () => {
    const lines = chart.texts.map((t) => t.text);
    assert.ok(lines.includes('12 km — Unattributed article 1'));
    assert.ok(lines.includes('per Alexei Smirnov, date unknown'));
    assert.ok(lines.includes('claimant not stated, 12 August 2024'));
    for (const t of chart.texts) {
      // 7 units per character is wider than the 12-unit font's widest common letters.
      const width = t.text.length * 7;
      const left = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - width / 2 : t.x - width;
      assert.ok(left >= 0 && left + width <= CHART_WIDTH, `${t.text} fits`);
      assert.ok(t.y <= chart.height, `${t.text} is inside the drawing`);
    }
  });

  it('says the same in one description for screen readers', () => {
    assert.equal(
      chart.description,
      'depth of the advance, on a scale from 0 to 50 km: 12 km, reported by Unattributed article 1 (per Alexei Smirnov, date unknown); up to 30 km, reported by Unattributed article 2 (claimant not stated, 12 August 2024); 10–15 km, reported by Reuters (claimant not stated, 13 August 2024); more than 20 km, reported by A very long outlet name that would never fit (per Someone With A Long Name, 14 August 2024).',
    );
  });

  it('is not drawn when every report gives the same value', () => {
    assert.equal(
      chartFor(
        figure([claim('12 km', { value: 12 }, 'A', null, null), claim('12 km', { value: 12 }, 'B', null, null)]),
      ),
      null,
    );
  });
});
