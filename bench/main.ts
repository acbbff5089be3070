// `npm run bench [-- --sizes 5,1000,10000 --large --copies 10000 --runs 3 --timeout 60]`:
// builds each row (the samples, N generated distinct articles, the old
// syndicated copies) with the real CLI, cold and after no change, one
// article added and one edited, and the same bodies with plain Eleventy and
// with Eleventy + Pagefind; prints the tables and writes them to
// bench/results.md. Targets are reported, never enforced: the exit code is
// non-zero only if the benchmark itself broke.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { publisherIds } from './articles.ts';
import { distinctTexts, readCorpus } from './corpus.ts';
import { buildModels } from './generate/model.ts';
import { buildNotes, METHOD } from './notes.ts';
import { parseOptions, USAGE, type Options } from './options.ts';
import { CORPUS, REPO } from './paths.ts';
import { baselineTable, buildsTable, memoryTable, stagesTable } from './report.ts';
import { distinctRow, samplesRow, syndicatedRow, type Inputs, type Row } from './rows.ts';
import { runRow, type RowResult } from './run-row.ts';
import { describe, snapshot } from './snapshot.ts';
import { markdownTable, textTable } from './table.ts';
import { targetLines } from './targets.ts';

/** Size 5 means the repo's five sample articles; any other number, that many distinct generated articles. */
const SAMPLES = 5;

/** The load average says whether other work shared the machine (then wall times run long; CPU times less so). */
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(', ');

const now = () => execFileSync('date', ['-u'], { encoding: 'utf8' }).trim();

function header(o: Options, start: { date: string; load: string }, code: string): string[] {
  const args = process.argv.slice(2).join(' ');
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return [
    `Date: ${start.date} (finished ${now()})`,
    `Machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ` +
      `Node ${process.version}`,
    `Command: npm run bench${args ? ` -- ${args}` : ''}`,
    `Code: ${code}`,
    `Articles: generator seed ${o.seed}; time-out ${o.timeoutMs / 60_000} min per build`,
    `Load average (1, 5, 15 min): ${start.load} at the start, ${load()} at the end`,
  ];
}

async function inputs(o: Options, code: string): Promise<Inputs> {
  const texts = await readCorpus(CORPUS);
  const publishers = await publisherIds(path.join(code, 'registries/sources.yaml'));
  const models = buildModels(distinctTexts(texts));
  return { models, publishers, seed: o.seed, texts, samplesDir: path.join(code, 'articles') };
}

function rowsOf(o: Options, i: Inputs): Row[] {
  return [
    ...o.sizes.map((n) => (n === SAMPLES ? samplesRow(i) : distinctRow(i, n))),
    ...(o.copies > 0 ? [syndicatedRow(i, o.copies)] : []),
  ];
}

async function run(o: Options): Promise<RowResult[]> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'triangulate-bench-'));
  const progress = (line: string) => console.error(`[bench] ${line}`);
  try {
    const code = await snapshot(REPO, await mkdtemp(path.join(tmp, 'code-')));
    const rows = rowsOf(o, await inputs(o, code));
    const results: RowResult[] = [];
    const registries = path.join(code, 'registries');
    const options = { tmp, code, registries, runs: o.runs, timeoutMs: o.timeoutMs, progress };
    for (const row of rows) results.push(await runRow(row, options));
    return results;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const [start, code] = [{ date: now(), load: load() }, describe(REPO)];
  const results = await run(o);
  const head = header(o, start, code);
  const tables = [buildsTable(results, o.runs), baselineTable(results), memoryTable(results), stagesTable(results)];
  const targets = targetLines(results);
  const notes = [...buildNotes(results), ...METHOD];
  console.log([...head, '', tables.map(textTable).join('\n\n'), '', ...targets, '', ...notes].join('\n'));
  const md = [
    '## Benchmark',
    '',
    ...head.map((l) => `${l}  `),
    '',
    tables.map(markdownTable).join('\n\n'),
    '',
    ...targets.map((l) => `- ${l}`),
    '',
    ...notes.map((l) => `- ${l.trim()}`),
    '',
  ];
  await writeFile(path.join(REPO, 'bench/results.md'), md.join('\n'));
}

main().catch((err: Error) => {
  // A wrong command line is said with the usage; anything else is the bench's own fault, with its stack.
  console.error(err.message.includes(USAGE) ? err.message : (err.stack ?? err.message));
  process.exitCode = 2;
});
