// `npm run eval`: imports a multi-outlet corpus into a temporary project as an editor would, builds it, and scores
// the open data against the corpus's gold (plus the sample articles and a BBC sample). Prints one Markdown table
// and the details behind it, writes them as JSON, and with --check fails when a metric is past its floor.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkFloors, readFloors } from './floors.ts';
import { readGoldPart, type GoldPart } from './gold.ts';
import { parseOptions, type Options } from './options.ts';
import { BBC_CORPUS, EVAL_DIR, SHARED } from './paths.ts';
import { report, type Results } from './report/print.ts';
import { bbcRows, corpusRows, partRows, seedsRows, type Row } from './report/rows.ts';
import { metricsOf } from './report/table.ts';
import { runBbc } from './runs/bbc.ts';
import { buildCorpus, type CorpusBuild } from './runs/multi-outlet.ts';
import { runSeeds } from './runs/seeds.ts';
import { scoreCorpus, scorePart } from './score-corpus.ts';

const started = Date.now();
/** Progress on stderr, with the time since the start: where the run's minutes go. */
const seconds = () => Math.round((Date.now() - started) / 1000);
const progress = (line: string) => process.stderr.write(`[eval ${seconds()} s] ${line}\n`);

/** The corpora live beside the repo, never in it; without them there is nothing to measure. */
function missingInput(o: Options): string | null {
  const missing = [o.corpus, ...(o.bbc > 0 ? [BBC_CORPUS] : [])].find((d) => !existsSync(d));
  if (!missing) return null;
  const inShared = missing.startsWith(`${SHARED}${path.sep}`) && !existsSync(SHARED);
  const where = inShared ? `${SHARED} (the shared corpora)` : missing;
  return `npm run eval: ${where} not found; the evaluation reads its corpora from there, so nothing was measured.`;
}

/** dev: the corpus's gold.json and the project's extra file for that corpus; held-out only when asked. */
async function readParts(o: Options, build: CorpusBuild): Promise<GoldPart[]> {
  const extra = (kind: string) => path.join(EVAL_DIR, 'gold', `${path.basename(o.corpus)}-${kind}.json`);
  const warn = (line: string) => progress(`warning: ${line}`);
  const { articles } = build.corpus;
  const parts = [await readGoldPart('dev', [path.join(o.corpus, 'gold.json'), extra('dev')], articles, warn)];
  if (o.heldOut) parts.push(await readGoldPart('held-out', [extra('held-out')], articles, warn));
  return parts;
}

async function measure(o: Options, tmp: string): Promise<Results> {
  const build = await buildCorpus(o.corpus, tmp, progress);
  const parts = (await readParts(o, build)).map((part) => ({ part, scores: scorePart(part, build) }));
  const whole = scoreCorpus(build);
  const seeds = await runSeeds(tmp, progress);
  const bbc = o.bbc > 0 ? await runBbc(BBC_CORPUS, o.bbc, tmp, progress) : null;
  return { corpus: o.corpus, parts, whole, seeds, bbc };
}

const rowsOf = (r: Results): Row[] => [
  ...partRows(r.parts.map((p) => p.scores)),
  ...corpusRows(r.whole),
  ...seedsRows(r.seeds),
  ...(r.bbc ? bbcRows(r.bbc) : []),
];

/** Prints which metrics are past their floor; true when none is. */
async function withinFloors(metrics: Record<string, number | null>): Promise<boolean> {
  const check = checkFloors(metrics, await readFloors(path.join(EVAL_DIR, 'floors.json')));
  for (const key of check.unmeasured) console.log(`floor not checked (not measured in this run): ${key}`);
  for (const line of check.failed) console.log(`FLOOR FAILED  ${line}`);
  const n = check.failed.length;
  console.log(n ? `${n} metrics past their floor` : 'every metric within its floor');
  return n === 0;
}

async function main(): Promise<number> {
  const o = parseOptions(process.argv.slice(2));
  const missing = missingInput(o);
  if (missing) {
    console.error(missing);
    return 1;
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'triangulate-eval-'));
  try {
    const results = await measure(o, tmp);
    const rows = rowsOf(results);
    console.log(report(results, rows, seconds()));
    const metrics = metricsOf(
      rows,
      results.parts.map((p) => p.part.name),
    );
    const { parts, whole, seeds, bbc } = results;
    const scores = { parts: parts.map((p) => p.scores), whole, seeds, bbc };
    await mkdir(path.dirname(o.json), { recursive: true });
    const json = { corpus: o.corpus, runSeconds: seconds(), metrics, rows, scores };
    await writeFile(o.json, `${JSON.stringify(json, null, 2)}\n`);
    progress(`wrote ${path.relative(process.cwd(), o.json)}`);
    return !o.check || (await withinFloors(metrics)) ? 0 : 1;
  } finally {
    if (o.keep) progress(`kept the projects in ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    console.error(err.message);
    process.exitCode = 2;
  },
);
