// Medians over the runs that succeeded.
import type { Sample } from './builds.ts';

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export type Measure = 'wallMs' | 'cpuMs' | 'peakRssMB';

export const medianOf = (samples: Sample[], key: Measure) => median(samples.map((s) => s[key]));

/** Median wall ms of one stage, over the samples that have it. */
export const medianStage = (samples: Sample[], stage: string) =>
  median(samples.flatMap((s) => (stage in s.stages ? [s.stages[stage]!] : [])));

/** Formats a number, or "—" where there is none (a failed build). */
export const fmt = (x: number, digits = 2) =>
  Number.isFinite(x)
    ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '—';
