import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { processAlive } from './process-alive.ts';

/**
 * A lock held by one process at a time: a file naming its holder, put in
 * place only if absent (a hard link, atomic on local disks). A lock whose
 * holder no longer runs (a build killed with kill -9 or a power cut) is
 * stale and taken over; liveness is asked of the process itself, so a dead
 * holder costs no waiting and a live one, however busy, is never judged
 * dead. Within one process, callers queue for it in turn.
 */
export interface LockHolder {
  pid: number;
  host: string;
  /** When it took the lock (ISO time). */
  since: string;
  /** Tells this holding apart from any other by the same process. */
  token: string;
}

export interface LockOptions {
  /** Called once, when the lock is held by another process and this one starts waiting. */
  onWait?: (holder: LockHolder) => void;
  /** How often to look again while waiting, in ms. */
  pollMs?: number;
}

/** An unreadable lock file (damaged: the disk was full, or it was edited) counts as held for this long after it was written. */
const UNREADABLE_GRACE_MS = 10_000;

/** Callers in this process waiting for or holding each lock file, in turn. */
const queues = new Map<string, Promise<void>>();

/** Waits until the lock is this caller's; returns the function that releases it. */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<() => void> {
  const previous = queues.get(file) ?? Promise.resolve();
  let leave!: () => void;
  const turn = previous.then(() => new Promise<void>((resolve) => (leave = resolve)));
  queues.set(file, turn);
  await previous;
  const done = () => {
    leave();
    if (queues.get(file) === turn) queues.delete(file);
  };
  try {
    const held = await takeFileLock(file, options);
    const onExit = () => releaseFileLock(file, held);
    process.once('exit', onExit);
    return () => {
      process.off('exit', onExit);
      releaseFileLock(file, held);
      done();
    };
  } catch (err) {
    done();
    throw err;
  }
}

interface Held {
  token: string;
  ino: number;
}

async function takeFileLock(file: string, { onWait, pollMs = 200 }: LockOptions): Promise<Held> {
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomUUID() };
  let announced = false;
  for (;;) {
    const ino = tryCreate(file, me);
    if (ino !== undefined) return { token: me.token, ino };
    const found = readLock(file);
    if (!found) continue; // released meanwhile: try again at once
    if (isStale(found)) {
      removeStale(file, found.ino);
      continue;
    }
    if (!announced && found.holder) onWait?.(found.holder);
    announced ||= found.holder !== undefined;
    await sleep(pollMs);
  }
}

/**
 * Creates the lock file naming `me`, or returns undefined when it exists.
 * The file is written under another name and linked into place, so it
 * appears whole: a waiter never reads a half-written holder.
 */
function tryCreate(file: string, me: LockHolder): number | undefined {
  mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${me.pid}-${me.token}`;
  writeFileSync(draft, `${JSON.stringify(me)}\n`);
  try {
    linkSync(draft, file);
    return statSync(file).ino;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw err;
  } finally {
    unlinkSync(draft);
  }
}

interface Found {
  holder: LockHolder | undefined;
  ino: number;
  mtimeMs: number;
}

/** The lock file's holder and identity, or undefined when there is no lock file. */
function readLock(file: string): Found | undefined {
  try {
    const { ino, mtimeMs } = statSync(file);
    return { holder: parseHolder(readFileSync(file, 'utf8')), ino, mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    const ok = typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.token === 'string';
    return ok ? { pid: h.pid!, host: h.host!, since: String(h.since ?? ''), token: h.token! } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A holder on this machine whose process is gone. A holder on another
 * machine (the project on a shared disk) cannot be checked from here, so it
 * is waited for.
 */
function isStale({ holder, mtimeMs }: Found): boolean {
  if (!holder) return Date.now() - mtimeMs > UNREADABLE_GRACE_MS;
  return holder.host === hostname() && !processAlive(holder.pid);
}

/**
 * Removes the stale lock file `ino`, and only that one: it is first moved
 * aside in one rename, so that if another waiter took the lock meanwhile,
 * the file moved is seen to be theirs and put back.
 */
function removeStale(file: string, ino: number): void {
  const aside = `${file}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // another waiter removed it first
    throw err;
  }
  if (statSync(aside).ino !== ino) {
    try {
      linkSync(aside, file);
    } catch {
      // A newer lock is in place; the one moved belonged to a holder that has since released it.
    }
  }
  unlinkSync(aside);
}

/** Removes the lock file if it is still this holding's. */
function releaseFileLock(file: string, held: Held): void {
  const found = readLock(file);
  if (found?.ino === held.ino && found.holder?.token === held.token) unlinkSync(file);
}
