// The targets, each printed PASS or FAIL (never an exit code: the
// numbers depend on the machine), and how time grows with the article count.
import type { SizeResult } from './size.ts';
import { fmt, medianOf } from './stats.ts';

const RSS_LIMIT_MB = 1.5 * 1024;
const REBUILD_LIMIT = 0.5;
const BASELINE_LIMIT = 1.0;
const GROWTH_LIMIT = 1.1;
const SAMPLES_LIMIT_S = 3;

const verdict = (x: number, limit: number) => (Number.isFinite(x) ? (x <= limit ? 'PASS' : 'FAIL') : 'not measured');
const bbc = (results: SizeResult[], n: number) => results.find((r) => r.articles === n && r.label !== 'samples');

/**
 * log(t10000 / t1000) / log 10 of the median cold build: 1 is linear, 2
 * quadratic. By CPU time too, as wall time also counts waiting for a CPU
 * when other work shares the machine.
 */
function exponents(results: SizeResult[]): string[] {
  const [small, large] = [bbc(results, 1000), bbc(results, 10000)];
  if (!small || !large) return ['Growth 1,000 → 10,000: not measured (needs both sizes).'];
  const k = (tool: 'ours' | 'baseline', key: 'wallMs' | 'cpuMs') =>
    Math.log10(medianOf(large[tool].cold, key) / medianOf(small[tool].cold, key));
  return [
    `${verdict(k('ours', 'wallMs'), GROWTH_LIMIT)}  growth 1,000 → 10,000 articles, cold build ∝ n^k: Triangulate k = ${fmt(k('ours', 'wallMs'))} by wall time (≤ ${fmt(GROWTH_LIMIT)}), ${fmt(k('ours', 'cpuMs'))} by CPU time; Eleventy k = ${fmt(k('baseline', 'wallMs'))} and ${fmt(k('baseline', 'cpuMs'))} (1 is linear).`,
  ];
}

export function targetLines(results: SizeResult[]): string[] {
  const lines = exponents(results);
  const large = bbc(results, 10000);
  // The cap holds for every build, so the worst run counts, not the median.
  const samples = large ? [...large.ours.cold, ...large.ours.rebuild] : [];
  const worst = (key: 'peakRssMB' | 'nodeRssMB' | 'largestRssMB') =>
    samples.length ? Math.max(...samples.map((s) => s[key])) : NaN;
  const rss = worst('peakRssMB');
  lines.push(
    `${verdict(rss, RSS_LIMIT_MB)}  peak RSS at 10,000 articles (highest run) ${fmt(rss, 0)} MB ≤ ${fmt(RSS_LIMIT_MB, 0)} MB (1.5 GiB); ` +
      `the Node process alone ${fmt(worst('nodeRssMB'), 0)} MB, the largest single process ${fmt(worst('largestRssMB'), 0)} MB`,
  );
  // The issue sets the ratios for 10,000 articles and the time for the samples; other sizes are shown for the trend.
  for (const r of results) {
    const cold = medianOf(r.ours.cold, 'wallMs');
    const rebuild = medianOf(r.ours.rebuild, 'wallMs') / cold;
    const baseline = cold / medianOf(r.baseline.cold, 'wallMs');
    if (r.label === 'samples')
      lines.push(
        `${verdict(cold / 1000, SAMPLES_LIMIT_S)}  samples: cold build ${fmt(cold / 1000)} s < ${SAMPLES_LIMIT_S} s (rebuild ÷ cold ${fmt(rebuild)}, cold ÷ Eleventy ${fmt(baseline)}, for information)`,
      );
    else if (r === large) {
      lines.push(
        `${verdict(rebuild, REBUILD_LIMIT)}  ${r.label}: rebuild ÷ cold ${fmt(rebuild)} ≤ ${fmt(REBUILD_LIMIT)}`,
      );
      lines.push(
        `${verdict(baseline, BASELINE_LIMIT)}  ${r.label}: cold ÷ Eleventy cold ${fmt(baseline)} ≤ ${fmt(BASELINE_LIMIT)}`,
      );
    } else lines.push(`info  ${r.label}: rebuild ÷ cold ${fmt(rebuild)}, cold ÷ Eleventy cold ${fmt(baseline)}`);
  }
  return lines;
}
