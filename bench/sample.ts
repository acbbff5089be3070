// One measured build: what measure() saw from outside, and what the build
// said (its --timings file, its summary line, the end of its errors).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Measured } from './measure.ts';

export interface Sample extends Measured {
  /** "ok", or why it failed: "out of memory", "timeout", "crash (exit 1)", … */
  result: string;
  /** Wall ms per stage, from --timings (empty for the baselines, or if the build died before writing it). */
  stages: Record<string, number>;
  /** Peak RSS of the Node process alone, from --timings (NaN for the baselines). */
  nodeRssMB: number;
  /** The build's last summary line ("Built …" / "Wrote …"). */
  summary: string;
  /** The end of what it wrote to stderr, when it failed. */
  failure: string;
  /** Files in the output folder after the build, and how many of them it wrote (not kept from the last build). */
  siteFiles: number;
  writtenFiles: number;
}

const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY|Cannot allocate memory|ENOMEM/;

/** What went wrong, in a word or two. */
function resultOf(m: Measured, stderr: string): string {
  if (m.ok) return 'ok';
  if (m.timedOut) return `timeout (${m.exit.replace('timeout after ', '')})`;
  // V8 aborts (signal 6) when the heap is full; the kernel's OOM killer sends signal 9.
  if (OUT_OF_MEMORY.test(stderr) || m.exit === 'signal 9') return `out of memory (${m.exit})`;
  return `crash (${m.exit})`;
}

export async function readSample(m: Measured, log: string, summary: RegExp): Promise<Sample> {
  const timings = `${log}.json`;
  const t = existsSync(timings)
    ? (JSON.parse(await readFile(timings, 'utf8')) as { stages: Record<string, number>; peakRssMB: number })
    : undefined;
  const out = (await readFile(`${log}.out`, 'utf8')).split('\n');
  const err = await readFile(`${log}.err`, 'utf8');
  return {
    ...m,
    result: resultOf(m, err),
    stages: t?.stages ?? {},
    nodeRssMB: t?.peakRssMB ?? NaN,
    summary: out.filter((l) => summary.test(l)).at(-1) ?? '',
    failure: m.ok ? '' : err.trimEnd().split('\n').slice(-8).join('\n'),
    siteFiles: NaN,
    writtenFiles: NaN,
  };
}
