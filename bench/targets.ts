// The targets, each printed PASS or FAIL (never an exit code: the
// numbers depend on the machine), for the 10,000 distinct articles, the
// 100,000 when run, and the samples; and the files written per article.
import { PHASE_NAMES, PHASES, type Phase, type RowResult } from './run-row.ts';
import type { Sample } from './sample.ts';
import { fmt, medianOf, sequenceOf, worstOf } from './stats.ts';

const MB_PER_GIB = 1024;
const LIMITS = {
  rssMB: 2 * MB_PER_GIB,
  cpuOverBaseline: 3,
  coldWallS: 90,
  rebuildS: { cold: NaN, unchanged: 2, add: 5, edit: 5 } satisfies Record<Phase, number>,
  growth: 1.1,
  largeWallS: 20 * 60,
  largeRssMB: 4 * MB_PER_GIB,
  samplesS: 2,
};

type Verdict = 'PASS' | 'FAIL' | 'n/a ';

const seconds = (ms: number) => `${fmt(ms / 1000)} s`;
const mb = (x: number) => `${fmt(x, 0)} MB`;
const completed = (samples: Sample[]) => samples.length > 0 && samples.every((x) => x.ok);
const firstFailure = (samples: Sample[]) => samples.find((x) => !x.ok);
/** " (out of memory after 312.00 s)" for a failed build, else nothing. */
const why = (samples: Sample[]) => {
  const f = firstFailure(samples);
  return f ? ` (${f.result} after ${seconds(f.wallMs)})` : '';
};

/** PASS if every build completed and `x` is within `limit`; FAIL if one failed or it is not; n/a if none ran. */
function verdict(samples: Sample[], x: number, limit: number): Verdict {
  if (samples.length === 0) return 'n/a ';
  return completed(samples) && x <= limit ? 'PASS' : 'FAIL';
}

function coldLines(r: RowResult): string[] {
  const cold = r.ours.cold;
  const all = PHASES.flatMap((p) => r.ours[p]);
  const rss = worstOf(all, 'peakRssMB');
  const [cpu, wall] = [medianOf(cold, 'cpuMs'), medianOf(cold, 'wallMs')];
  const baseline = sequenceOf(r.eleventy, r.pagefind, 'cpuMs');
  const ratio = cpu / baseline;
  return [
    `${verdict(cold, 0, 0)}  ${r.label}: cold build completes with Node's default heap${why(cold)}`,
    `${verdict(all, rss, LIMITS.rssMB)}  ${r.label}: peak RSS of all processes, worst build ${mb(rss)} ≤ ` +
      `${mb(LIMITS.rssMB)} (2 GiB)`,
    `${verdict(cold, ratio, LIMITS.cpuOverBaseline)}  ${r.label}: cold build CPU ${seconds(cpu)} ÷ (Eleventy + ` +
      `Pagefind) CPU ${seconds(baseline)} = ${fmt(ratio)} ≤ ${LIMITS.cpuOverBaseline}`,
    `${verdict(cold, wall / 1000, LIMITS.coldWallS)}  ${r.label}: cold build wall ${seconds(wall)} ≤ ` +
      `${LIMITS.coldWallS} s`,
  ];
}

function rebuildLine(r: RowResult, phase: Phase): string {
  const samples = r.ours[phase];
  const wall = medianOf(samples, 'wallMs');
  const limit = LIMITS.rebuildS[phase];
  return (
    `${verdict(samples, wall / 1000, limit)}  ${r.label}: rebuild, ${PHASE_NAMES[phase]}: ${seconds(wall)} ≤ ` +
    `${limit} s${samples.length ? why(samples) : ' (not run)'}`
  );
}

/** log(t10000 / t1000) / log 10 of the median cold CPU time: 1 is linear, 2 quadratic. */
function growthLine(small: RowResult | undefined, large: RowResult | undefined): string {
  if (!small || !large) return 'n/a   growth 1,000 → 10,000: not measured (needs both sizes)';
  const k = (a: Sample[], b: Sample[], key: 'wallMs' | 'cpuMs') =>
    completed(a) && completed(b) ? Math.log10(medianOf(a, key) / medianOf(b, key)) : NaN;
  const cpu = k(large.ours.cold, small.ours.cold, 'cpuMs');
  const both = [...large.ours.cold, ...small.ours.cold];
  return (
    `${verdict(both, cpu, LIMITS.growth)}  growth 1,000 → 10,000 distinct articles, cold build CPU ∝ n^k: ` +
    `k = ${fmt(cpu)} ≤ ${fmt(LIMITS.growth)} (by wall time ${fmt(k(large.ours.cold, small.ours.cold, 'wallMs'))}; ` +
    `Eleventy's k by CPU ${fmt(k(large.eleventy, small.eleventy, 'cpuMs'))}; 1 is linear)`
  );
}

function largeLine(r: RowResult | undefined): string {
  if (!r) return 'n/a   100,000: not run (add --large)';
  const cold = r.ours.cold;
  const [wall, rss] = [medianOf(cold, 'wallMs'), worstOf(cold, 'peakRssMB')];
  const ok = wall / 1000 <= LIMITS.largeWallS && rss <= LIMITS.largeRssMB ? 0 : 1;
  return (
    `${verdict(cold, ok, 0)}  ${r.label}: cold build completes in ${seconds(wall)} ≤ ` +
    `${LIMITS.largeWallS / 60} min with peak RSS ${mb(rss)} ≤ ${mb(LIMITS.largeRssMB)}${why(cold)}`
  );
}

function samplesLine(results: RowResult[]): string {
  const r = results.find((x) => x.kind === 'samples');
  if (!r) return 'n/a   samples: not run (size 5)';
  const wall = medianOf(r.npm, 'wallMs');
  return (
    `${verdict(r.npm, wall / 1000, LIMITS.samplesS)}  samples: npm run build, cold, ${seconds(wall)} < ` +
    `${LIMITS.samplesS} s${why(r.npm)} (the CLI without npm's launcher: ${seconds(medianOf(r.ours.cold, 'wallMs'))})`
  );
}

function filesLine(r: RowResult): string {
  const per = (x: number) => fmt(x / r.articles, 1);
  const written = (p: Phase) => fmt(medianOf(r.ours[p], 'writtenFiles'), 0);
  return (
    `info  ${r.label}: ${per(medianOf(r.ours.cold, 'siteFiles'))} files per article in the site (Eleventy + ` +
    `Pagefind: ${per(sequenceOf(r.eleventy, r.pagefind, 'siteFiles'))}); a rebuild wrote ${written('unchanged')} ` +
    `files with nothing changed, ${written('add')} to add one article, ${written('edit')} to edit one`
  );
}

export function targetLines(results: RowResult[]): string[] {
  const distinct = (n: number) => results.find((r) => r.kind === 'distinct' && r.articles === n);
  const ten = distinct(10_000);
  return [
    ...(ten
      ? [...coldLines(ten), ...(['unchanged', 'add', 'edit'] as const).map((p) => rebuildLine(ten, p))]
      : ['n/a   10,000 distinct articles: not run']),
    growthLine(distinct(1_000), ten),
    largeLine(distinct(100_000)),
    samplesLine(results),
    ...results.map(filesLine),
  ];
}
