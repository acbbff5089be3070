// Peak resident memory of a whole process group, sampled from /proc. GNU
// time reports only the largest single process, but a build may run a
// helper process beside Node (Pagefind's indexer): what the machine must
// hold is their sum.
import { readdirSync, readFileSync } from 'node:fs';

const INTERVAL_MS = 200;

/** The process group of a process, from /proc/PID/stat (NaN if it is gone). */
function groupOf(pid: string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses: state, ppid, pgrp.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
  } catch {
    return NaN;
  }
}

/** The live processes whose process group is `pgid`. */
export function groupMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p) && groupOf(p) === pgid)
    .map(Number);
}

/** Sum of VmRSS (MB) of the live processes of the group. */
function groupRssMB(pgid: number): number {
  let kB = 0;
  for (const pid of groupMembers(pgid)) {
    try {
      kB += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return kB / 1024;
}

/** Samples the group until `stop()` is called, which returns the highest sum seen (0 where /proc is missing). */
export function sampleGroupRss(pgid: number): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, groupRssMB(pgid));
    } catch {
      clearInterval(timer);
    }
  }, INTERVAL_MS);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
