// What the builds said (their summary lines), every failure as it happened,
// and how the articles were made and the numbers taken.
import { NEAR_DUPLICATE } from './generate/distinctness.ts';
import type { Failure, RowResult } from './run-row.ts';
import type { Sample } from './sample.ts';

const said = (samples: Sample[]) => samples.find((x) => x.summary)?.summary || '(no summary line)';

function failureNote(r: RowResult, f: Failure): string[] {
  const stages = Object.entries(f.sample.stages).map(([k, v]) => `${k} ${Math.round(v)} ms`);
  return [
    `FAILED: ${r.label}, ${f.tool} ${f.phase} of run ${f.run}: ${f.sample.result} after ` +
      `${(f.sample.wallMs / 1000).toFixed(1)} s, peak RSS ${Math.round(f.sample.peakRssMB)} MB; ` +
      `${stages.length ? `stages: ${stages.join(', ')}` : 'no stage timings (it did not get to write them)'}.`,
    ...f.sample.failure
      .split('\n')
      .filter(Boolean)
      .map((l) => `    ${l}`),
  ];
}

/** The near-duplicate check of a generated row: what the benchmark's input must satisfy. */
function distinctnessNote(r: RowResult): string[] {
  const d = r.distinctness;
  if (!d) return [];
  const verdict = d.max < NEAR_DUPLICATE ? 'distinct' : 'NOT DISTINCT: the benchmark input is broken';
  return [
    `${r.label}: ${verdict}: highest 5-word-shingle Jaccard over ${d.pairs} sampled pairs ${d.max.toFixed(3)} ` +
      `(${d.between?.join(' and ') ?? 'no pair'}; near-duplicates from ${NEAR_DUPLICATE})`,
  ];
}

export function buildNotes(results: RowResult[]): string[] {
  return results.flatMap((r) => [
    `${r.label}: ${r.articles} articles written to both folders in ${(r.writeMs / 1000).toFixed(1)} s` +
      `${r.kind === 'distinct' ? ' (generated on the fly)' : ''}. Triangulate: ${said(r.ours.cold)}`,
    ...distinctnessNote(r),
    `${r.label}: Eleventy: ${said(r.eleventy)}`,
    ...r.failures.flatMap((f) => failureNote(r, f)),
  ]);
}

export const METHOD = [
  'Distinct articles (rows 1,000, 10,000, 100,000): generated at run time by bench/generate/ from the BBC corpus ' +
    "(each text once): order-2 word chains per topic, the corpus's paragraph shapes and quote attributions with its " +
    'own people and organisations, stories of about two articles from different outlets (registries/sources.yaml) ' +
    'sharing key words, people and dates over 2004-05; no paragraph twice, story mates below 0.2 shingle Jaccard. ' +
    'The same seed gives the same files, and a smaller row is the start of a larger one.',
  "Syndicated copies row: the old benchmark's case, kept for comparison: the 2,225 BBC texts in corpus order, then " +
    'again under other outlets with a -2, -3, … slug (dates unknown); past 2,225 nearly every article is a copy, ' +
    'which the build folds and which costs it little.',
  'Per run: cold (no dist/, no .cache/); nothing changed (the same articles again); add one article (the next of ' +
    'the same sequence); edit one article (the last sentence of the longest paragraph of the middle article ' +
    'replaced); dist/ and .cache/ kept between them; then the added article is removed and the edit undone. ' +
    'Eleventy has no cache: any change is a full build, so only its full build is measured.',
  'Baselines, on the same article bodies: plain Eleventy 3.1.7 (the bodies as Markdown, one Nunjucks layout, no ' +
    "config), then Pagefind's CLI on its output (node_modules/pagefind/lib/runner/bin.cjs --site _site, what " +
    '`npx pagefind --site _site` runs, without npm\'s launcher); "Eleventy + Pagefind" sums their wall and CPU ' +
    'times run by run and takes the higher peak RSS (they run one after the other).',
  'Files: in the output after the build; written = not hard-linked from the last site (a new inode). The old ' +
    'site is deleted by a detached process after each Triangulate build; the benchmark waits for it before the ' +
    'next build, outside the measured time.',
  'Stages do not add up to the total: validate, clean+render and analyse are summed over the worker threads; the ' +
    'search index is written on another thread while Eleventy renders; start-up and exit are in no stage.',
  'Wall time around the process (start-up included); CPU = user + system of all its threads and child processes ' +
    "(GNU time -v); peak RSS = the higher of GNU time's largest process and the sampled sum over the process group " +
    "(Pagefind's indexer included); stages from the CLI's --timings. Builds run with Node's default heap " +
    '(NODE_OPTIONS removed) and a time-out; a failed build is shown with what was measured until it failed (CPU ' +
    'of a build killed at its time-out as GNU time saw it), and that tool is not run again for the row. Wall ' +
    'time includes waiting for a CPU: with a load average above the core count, compare CPU times.',
];
