// The benchmark's tables: totals beside the baseline, and Triangulate's stages.
import type { Sample } from './builds.ts';
import { PHASES, type SizeResult } from './size.ts';
import { fmt, median, medianOf, medianStage } from './stats.ts';
import type { Table } from './table.ts';

const ms = (x: number) => fmt(x / 1000);

export function totalsTable(results: SizeResult[], runs: number): Table {
  const cells = (s: Sample[]) => [
    ms(medianOf(s, 'wallMs')),
    ms(medianOf(s, 'cpuMs')),
    fmt(medianOf(s, 'peakRssMB'), 0),
  ];
  return {
    title: `Whole build, median of ${runs} run${runs === 1 ? '' : 's'} (wall and CPU in s, peak RSS in MB)`,
    head: [
      'size',
      'build',
      'Triangulate wall',
      'CPU',
      'RSS',
      'Eleventy wall',
      'CPU',
      'RSS',
      'wall ÷ Eleventy',
      'CPU ÷ Eleventy',
    ],
    rows: results.flatMap((r) =>
      PHASES.map((p) => {
        const ratio = (key: 'wallMs' | 'cpuMs') => fmt(medianOf(r.ours[p], key) / medianOf(r.baseline[p], key));
        return [r.label, p, ...cells(r.ours[p]), ...cells(r.baseline[p]), ratio('wallMs'), ratio('cpuMs')];
      }),
    ),
  };
}

export function memoryTable(results: SizeResult[]): Table {
  return {
    title:
      'Triangulate peak memory (RSS in MB, median): all processes of the build, the Node process, the largest process',
    head: ['size', 'build', 'all (sampled sum)', 'Node (--timings)', 'largest (GNU time)'],
    rows: results.flatMap((r) =>
      PHASES.map((p) => {
        const s = r.ours[p];
        return [
          r.label,
          p,
          ...(['groupRssMB', 'nodeRssMB', 'largestRssMB'] as const).map((k) => fmt(median(s.map((x) => x[k])), 0)),
        ];
      }),
    ),
  };
}

/** Every stage the builds reported, in the order they first appear (the build's own order). */
function stageNames(results: SizeResult[]): string[] {
  const names = new Set<string>();
  for (const r of results)
    for (const p of PHASES) for (const s of r.ours[p]) for (const k of Object.keys(s.stages)) names.add(k);
  return [...names];
}

export function stagesTable(results: SizeResult[]): Table {
  const names = stageNames(results);
  const columns = results.flatMap((r) => PHASES.map((p) => ({ head: `${r.label} ${p}`, samples: r.ours[p] })));
  const row = (name: string, value: (s: Sample[]) => number) => [name, ...columns.map((c) => fmt(value(c.samples), 0))];
  return {
    title: 'Triangulate by stage (ms, median; from --timings; stages overlap, see the notes)',
    head: ['stage', ...columns.map((c) => c.head)],
    rows: [...names.map((n) => row(n, (s) => medianStage(s, n))), row('total (wall)', (s) => medianOf(s, 'wallMs'))],
  };
}
