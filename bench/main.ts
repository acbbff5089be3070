// `npm run bench [-- --sizes 5,1000,2225,10000 --runs 3 --timeout 60]`: builds
// each size with the real CLI and with plain Eleventy, prints the tables and
// writes them to bench/results.md. Targets are reported, never enforced: the
// exit code is non-zero only if the benchmark itself broke.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bbcArticle, bbcArticles, otherPublishers, sampleArticles } from './articles.ts';
import { REPO } from './builds.ts';
import { readCorpus } from './corpus.ts';
import { describe, snapshot } from './snapshot.ts';
import { buildNotes, METHOD } from './notes.ts';
import { memoryTable, stagesTable, totalsTable } from './report.ts';
import { runSize, type SizeResult } from './size.ts';
import { markdownTable, textTable } from './table.ts';
import { targetLines } from './targets.ts';

const CORPUS = path.resolve(REPO, '../shared/corpus/bbc');
/** Size 5 means the repo's five sample articles; any other number, that many BBC articles. */
const SAMPLES = 5;

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      sizes: { type: 'string', default: '5,1000,2225,10000' },
      runs: { type: 'string', default: '3' },
      timeout: { type: 'string', default: '60' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  const timeoutMin = Number(values.timeout);
  if (!sizes.every((n) => Number.isInteger(n) && n > 0) || !(Number.isInteger(runs) && runs > 0) || !(timeoutMin > 0)) {
    throw new Error('usage: npm run bench -- [--sizes 5,1000,2225,10000] [--runs 3] [--timeout MINUTES per build]');
  }
  return { sizes, runs, timeoutMs: timeoutMin * 60_000 };
}

/** The load average says whether other work shared the machine (then wall times run long; CPU times less so). */
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(', ');

function header(loadAtStart: string, code: string): string[] {
  const args = process.argv.slice(2).join(' ');
  return [
    `Date: ${execFileSync('date', ['-u'], { encoding: 'utf8' }).trim()}`,
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}`,
    `Command: npm run bench${args ? ` -- ${args}` : ''}`,
    `Code: ${code}`,
    `Load average (1, 5, 15 min): ${loadAtStart} at the start, ${load()} at the end`,
  ];
}

async function run(o: ReturnType<typeof options>): Promise<SizeResult[]> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'triangulate-bench-'));
  const results: SizeResult[] = [];
  try {
    const code = await snapshot(REPO, await mkdtemp(path.join(tmp, 'code-')));
    const registries = path.join(code, 'registries');
    const texts = await readCorpus(CORPUS);
    const others = await otherPublishers(path.join(registries, 'sources.yaml'));
    for (const n of o.sizes) {
      const [label, articles] =
        n === SAMPLES
          ? ['samples', await sampleArticles(path.join(code, 'articles'))]
          : [n.toLocaleString('en-US'), bbcArticles(texts, others, n)];
      // The rebuild adds the article that would come next (for the samples, the first BBC one).
      const extra = bbcArticle(texts, others, n === SAMPLES ? 0 : n);
      results.push(
        await runSize(label, articles, extra, {
          tmp,
          code,
          registries,
          runs: o.runs,
          timeoutMs: o.timeoutMs,
          progress: (l) => console.error(`[bench] ${l}`),
        }),
      );
    }
    return results;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const o = options();
  const [loadAtStart, code] = [load(), describe(REPO)];
  const results = await run(o);
  const head = header(loadAtStart, code);
  const tables = [totalsTable(results, o.runs), memoryTable(results), stagesTable(results)];
  const targets = targetLines(results);
  const notes = [...buildNotes(results), ...METHOD];
  console.log(
    [...head, '', ...tables.map(textTable).join('\n\n').split('\n'), '', ...targets, '', ...notes].join('\n'),
  );
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
  console.error(err.stack ?? err.message);
  process.exitCode = 2;
});
