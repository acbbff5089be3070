// The targets, each printed PASS or FAIL (never an exit code: the
// numbers depend on the machine), and how time grows with the article count.
import type { SizeResult } from './size.ts';
import { fmt, medianOf } from './stats.ts';

const RSS_LIMIT_MB = 1.5 * 1024;
const REBUILD_LIMIT = 0.5;
const BASELINE_LIMIT = 1.0;

const verdict = (x: number, limit: number) => (Number.isFinite(x) ? (x <= limit ? 'PASS' : 'FAIL') : 'not measured');
const bbc = (results: SizeResult[], n: number) => results.find((r) => r.articles === n && r.label !== 'samples');

/** log(t10000 / t1000) / log 10 of the median cold wall time: 1 is linear, 2 quadratic. */
function exponents(results: SizeResult[]): string[] {
  const [small, large] = [bbc(results, 1000), bbc(results, 10000)];
  if (!small || !large) return ['Growth 1,000 → 10,000: not measured (needs both sizes).'];
  const k = (tool: 'ours' | 'baseline') => Math.log10(medianOf(large[tool].cold, 'wallMs') / medianOf(small[tool].cold, 'wallMs'));
  return [`Growth 1,000 → 10,000 articles, cold wall time ∝ n^k: Triangulate k = ${fmt(k('ours'))}, Eleventy k = ${fmt(k('baseline'))} (1 is linear).`];
}

export function targetLines(results: SizeResult[]): string[] {
  const lines = exponents(results);
  const large = bbc(results, 10000);
  // The cap holds for every build, so the worst run counts, not the median.
  const rss = large ? Math.max(...[...large.ours.cold, ...large.ours.rebuild].map((s) => s.peakRssMB)) : NaN;
  lines.push(`${verdict(rss, RSS_LIMIT_MB)}  peak RSS at 10,000 articles (highest run) ${fmt(rss, 0)} MB ≤ ${fmt(RSS_LIMIT_MB, 0)} MB (1.5 GiB)`);
  for (const r of results) {
    const cold = medianOf(r.ours.cold, 'wallMs');
    const rebuild = medianOf(r.ours.rebuild, 'wallMs') / cold;
    const baseline = cold / medianOf(r.baseline.cold, 'wallMs');
    lines.push(`${verdict(rebuild, REBUILD_LIMIT)}  ${r.label}: rebuild ÷ cold ${fmt(rebuild)} ≤ ${fmt(REBUILD_LIMIT)}`);
    lines.push(`${verdict(baseline, BASELINE_LIMIT)}  ${r.label}: cold ÷ Eleventy cold ${fmt(baseline)} ≤ ${fmt(BASELINE_LIMIT)}`);
  }
  return lines;
}
