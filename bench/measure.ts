// Runs one command as a child process and measures it from outside, the same
// way for Triangulate and the baselines: wall time here, CPU time (user +
// system, threads and child processes included) from GNU time, and peak RSS:
// the higher of GNU time's (the largest single process, exact) and the
// sampled sum over the process group (helper processes included).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { groupMembers, sampleGroupRss } from './group-rss.ts';

export const GNU_TIME = '/usr/bin/time';
/** After a timeout, how long the measured processes' killing may take before GNU time is killed too. */
const GRACE_MS = 10_000;

export interface Measured {
  /** "exit 0", "exit 1", "signal 6", "timeout after N s". */
  exit: string;
  ok: boolean;
  timedOut: boolean;
  wallMs: number;
  /** NaN where GNU time could not report (it was killed too). */
  cpuMs: number;
  /** The higher of the two below: what the machine had to hold at once, at the least. */
  peakRssMB: number;
  /** GNU time's peak of the largest single process (exact). */
  largestRssMB: number;
  /** The highest sampled sum over the process group (a helper beside Node counts too). */
  groupRssMB: number;
}

/** A field of `time -v`'s report, as a number (NaN if missing). */
function field(report: string, name: string): number {
  const line = report.split('\n').find((l) => l.trim().startsWith(name));
  return line ? Number(line.slice(line.lastIndexOf(':') + 1).trim()) : NaN;
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Kills what GNU time measures but not GNU time itself, so that it still
 * reports the CPU time used until then; GNU time too if it lingers.
 */
function stop(pgid: number): void {
  for (const pid of groupMembers(pgid)) if (pid !== pgid) kill(pid);
  setTimeout(() => kill(-pgid), GRACE_MS).unref();
}

/** The environment of a measured build: Node's defaults (no NODE_OPTIONS, e.g. no larger heap). */
function defaultNodeEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}

/** Runs `command` in `cwd`; its stdout and stderr go to the files `log`.out and `log`.err. */
export async function measure(command: string[], cwd: string, log: string, timeoutMs: number): Promise<Measured> {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing: install GNU time (apt-get install time)`);
  const report = `${log}.time`;
  const [out, err] = await Promise.all([open(`${log}.out`, 'w'), open(`${log}.err`, 'w')]);
  const start = performance.now();
  // Its own process group, so a timeout stops the build and anything it started.
  const child = spawn(GNU_TIME, ['-v', '-o', report, ...command], {
    cwd,
    detached: true,
    env: defaultNodeEnv(),
    stdio: ['ignore', out.fd, err.fd],
  });
  const stopSampling = sampleGroupRss(child.pid!);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stop(child.pid!);
  }, timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (c, s) => resolve([c, s]));
  });
  const wallMs = performance.now() - start;
  clearTimeout(timer);
  const groupRssMB = stopSampling();
  // A build that crashed may leave a helper behind (Pagefind's indexer): it must not run into the next measurement.
  for (const pid of groupMembers(child.pid!)) kill(pid);
  await Promise.all([out.close(), err.close()]);
  const text = existsSync(report) ? await readFile(report, 'utf8') : '';
  // GNU time exits with the command's status; a command killed by a signal is named in its report.
  const killed = /Command terminated by signal (\d+)/.exec(text)?.[1];
  const largestRssMB = field(text, 'Maximum resident set size (kbytes)') / 1024;
  const exit = timedOut
    ? `timeout after ${Math.round(timeoutMs / 1000)} s`
    : killed
      ? `signal ${killed}`
      : signal
        ? `signal ${signal}`
        : `exit ${code}`;
  return {
    exit,
    ok: exit === 'exit 0',
    timedOut,
    wallMs,
    cpuMs: (field(text, 'User time (seconds)') + field(text, 'System time (seconds)')) * 1000,
    peakRssMB: Math.max(largestRssMB || 0, groupRssMB),
    largestRssMB,
    groupRssMB,
  };
}
