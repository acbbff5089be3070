// Medians over the runs that succeeded, and number formatting for the tables.
import type { Sample } from './sample.ts';

export function median(xs: number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export type Measure =
  'wallMs' | 'cpuMs' | 'peakRssMB' | 'groupRssMB' | 'nodeRssMB' | 'largestRssMB' | 'siteFiles' | 'writtenFiles';

/** Median over the successful samples; if none succeeded, the failed one's figure (measured until it failed). */
export function medianOf(samples: Sample[], key: Measure): number {
  const ok = samples.filter((s) => s.ok);
  return median((ok.length ? ok : samples).map((s) => s[key]));
}

/** The highest value over all samples, failed ones included (a cap must hold for every build); NaN if none. */
export function worstOf(samples: Sample[], key: Measure): number {
  const xs = samples.map((s) => s[key]).filter(Number.isFinite);
  return xs.length ? Math.max(...xs) : NaN;
}

/** Median wall ms of one stage, over the successful samples that have it. */
export const medianStage = (samples: Sample[], stage: string) =>
  median(samples.filter((s) => s.ok && stage in s.stages).map((s) => s.stages[stage]!));

/** Median over the runs of two commands run one after the other (Eleventy, then Pagefind): of the sum, or the max. */
export function sequenceOf(a: Sample[], b: Sample[], key: 'wallMs' | 'cpuMs' | 'peakRssMB' | 'siteFiles'): number {
  const both = a.flatMap((x, i) => (x.ok && b[i]?.ok ? [[x[key], b[i]![key]] as const] : []));
  return median(both.map(([x, y]) => (key === 'peakRssMB' ? Math.max(x, y) : x + y)));
}

/** Formats a number, or "—" where there is none. */
export const fmt = (x: number, digits = 2) =>
  Number.isFinite(x)
    ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '—';
