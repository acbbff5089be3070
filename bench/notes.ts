// What the builds said (their summary lines), every failure as it happened,
// and how the numbers were taken.
import type { SizeResult, ToolResult } from './size.ts';

const said = (r: ToolResult) => [...r.cold, ...r.rebuild][0]?.summary || '(no summary line)';

function failure(label: string, tool: string, r: ToolResult): string[] {
  if (!r.failed) return [];
  const { phase, run, sample } = r.failed;
  const stages = Object.entries(sample.stages).map(([k, v]) => `${k} ${Math.round(v)} ms`);
  return [
    `FAILED: ${label}, ${tool} ${phase} build of run ${run}: ${sample.exit} after ${(sample.wallMs / 1000).toFixed(1)} s, peak RSS ${Math.round(sample.peakRssMB)} MB; ${stages.length ? `stages: ${stages.join(', ')}` : 'no stage timings (it did not get to write them)'}.`,
    ...sample.failure
      .split('\n')
      .filter(Boolean)
      .map((l) => `    ${l}`),
  ];
}

export function buildNotes(results: SizeResult[]): string[] {
  return results.flatMap((r) => [
    `${r.label} (${r.articles} articles + 1 for the rebuild): Triangulate: ${said(r.ours)}`,
    `${r.label}: Eleventy: ${said(r.baseline)}`,
    ...failure(r.label, 'Triangulate', r.ours),
    ...failure(r.label, 'Eleventy', r.baseline),
  ]);
}

export const METHOD = [
  'BBC sizes: the corpus texts in topic/file order, imported with textToArticle (publisher bbc, date unknown: the corpus has no dates). Past 2,225 the texts repeat under other outlets of registries/sources.yaml with a -2, -3, … slug, so the build folds them as syndicated copies ("copies" above); that is expected.',
  'Cold: no dist/ and no .cache/. Rebuild: the next article of the same sequence added, dist/ and .cache/ kept. Eleventy has no cache: its rebuild is a full build of one more file.',
  'Stages do not add up to the total: validate, clean+render and analyse are summed over the worker threads (about twice their wall time on 2 cores); the search index is written on another thread while Eleventy renders, so those two overlap (its time is measured on that thread); start-up and exit are in no stage. "keep output" is planning and keeping unchanged pages and search shards. The old site is deleted by a detached process after the new one is in place, outside the measured time.',
  "Wall time around the process (start-up included); CPU = user + system of all its threads and child processes (GNU time -v); peak RSS = the higher of GNU time's largest process and the sampled sum over the process group (helpers such as Pagefind's indexer included); stages from the CLI's --timings. Wall time includes waiting for a CPU: with a load average above the core count, compare CPU times.",
];
