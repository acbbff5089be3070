// The benchmark's tables: every build with its result, Triangulate's cold
// build against the baselines, its memory, and its stages.
import { PHASE_NAMES, PHASES, type RowResult } from './run-row.ts';
import type { Sample } from './sample.ts';
import { fmt, medianOf, medianStage, sequenceOf } from './stats.ts';
import type { Table } from './table.ts';

const s = (ms: number) => fmt(ms / 1000);
const int = (x: number) => fmt(x, 0);

/** "ok", or the first failure (with its run), or "not run" (after an earlier build of the tool failed). */
function resultOf(samples: Sample[]): string {
  const failed = samples.findIndex((x) => !x.ok);
  if (samples.length === 0) return 'not run';
  return failed < 0 ? 'ok' : `${samples[failed]!.result}, run ${failed + 1}`;
}

function line(r: RowResult, tool: string, build: string, samples: Sample[]): string[] {
  const m = (key: Parameters<typeof medianOf>[1]) => medianOf(samples, key);
  const perArticle = build === PHASE_NAMES.cold || build === 'full build' ? fmt(m('siteFiles') / r.articles, 1) : '';
  return [
    r.label,
    tool,
    build,
    resultOf(samples),
    s(m('wallMs')),
    s(m('cpuMs')),
    int(m('peakRssMB')),
    int(m('siteFiles')),
    int(m('writtenFiles')),
    perArticle,
  ];
}

function baselineLine(r: RowResult): string[] {
  const q = (key: 'wallMs' | 'cpuMs' | 'peakRssMB' | 'siteFiles') => sequenceOf(r.eleventy, r.pagefind, key);
  const result =
    r.eleventy.every((x) => x.ok) && r.pagefind.every((x) => x.ok) && r.pagefind.length ? 'ok' : 'see above';
  return [
    r.label,
    'Eleventy + Pagefind',
    'full build',
    result,
    s(q('wallMs')),
    s(q('cpuMs')),
    int(q('peakRssMB')),
    int(q('siteFiles')),
    int(q('siteFiles')),
    fmt(q('siteFiles') / r.articles, 1),
  ];
}

export function buildsTable(results: RowResult[], runs: number): Table {
  return {
    title:
      `Every build, median of ${runs} run${runs === 1 ? '' : 's'} (wall and CPU in s; peak RSS of all its ` +
      'processes in MB; files in the output, files the build wrote, output files per article)',
    head: ['articles', 'tool', 'build', 'result', 'wall', 'CPU', 'RSS', 'files', 'written', 'per article'],
    rows: results.flatMap((r) => [
      ...PHASES.map((p) => line(r, 'Triangulate', PHASE_NAMES[p], r.ours[p])),
      ...(r.kind === 'samples' ? [line(r, 'npm run build', PHASE_NAMES.cold, r.npm)] : []),
      line(r, 'Eleventy', 'full build', r.eleventy),
      line(r, 'Pagefind CLI', 'index _site', r.pagefind),
      baselineLine(r),
    ]),
  };
}

export function baselineTable(results: RowResult[]): Table {
  const ratio = (r: RowResult, key: 'wallMs' | 'cpuMs', withSearch: boolean) => {
    const base = withSearch ? sequenceOf(r.eleventy, r.pagefind, key) : medianOf(r.eleventy, key);
    return r.ours.cold.some((x) => x.ok) ? fmt(medianOf(r.ours.cold, key) / base) : '—';
  };
  return {
    title: 'Triangulate cold build ÷ the baselines (medians; Eleventy + Pagefind: one after the other, summed)',
    head: [
      'articles',
      'CPU ÷ Eleventy',
      'CPU ÷ (Eleventy + Pagefind)',
      'wall ÷ Eleventy',
      'wall ÷ (Eleventy + Pagefind)',
    ],
    rows: results.map((r) => [
      r.label,
      ratio(r, 'cpuMs', false),
      ratio(r, 'cpuMs', true),
      ratio(r, 'wallMs', false),
      ratio(r, 'wallMs', true),
    ]),
  };
}

export function memoryTable(results: RowResult[]): Table {
  return {
    title:
      'Triangulate peak memory (RSS in MB, median): all processes of the build, the Node process, ' +
      'the largest process',
    head: ['articles', 'build', 'all (sampled sum)', 'Node (--timings)', 'largest (GNU time)'],
    rows: results.flatMap((r) =>
      PHASES.map((p) => [
        r.label,
        PHASE_NAMES[p],
        ...(['groupRssMB', 'nodeRssMB', 'largestRssMB'] as const).map((k) => int(medianOf(r.ours[p], k))),
      ]),
    ),
  };
}

/** Every stage the builds reported, in the order they first appear (the build's own order). */
function stageNames(results: RowResult[]): string[] {
  const names = new Set<string>();
  for (const r of results) {
    for (const p of PHASES) for (const x of r.ours[p]) for (const k of Object.keys(x.stages)) names.add(k);
  }
  return [...names];
}

/** Stages by row and build; a row per stage, a column per row and build (transposed: there are many). */
export function stagesTable(results: RowResult[]): Table {
  const names = stageNames(results);
  const columns = results.flatMap((r) => PHASES.map((p) => ({ head: `${r.label} ${p}`, samples: r.ours[p] })));
  const row = (name: string, value: (x: Sample[]) => number) => [name, ...columns.map((c) => int(value(c.samples)))];
  return {
    title: 'Triangulate by stage (ms, median; from --timings; stages overlap, see the notes)',
    head: ['stage', ...columns.map((c) => c.head)],
    rows: [...names.map((n) => row(n, (x) => medianStage(x, n))), row('total (wall)', (x) => medianOf(x, 'wallMs'))],
  };
}
