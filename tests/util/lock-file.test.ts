import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { acquireLock, type LockHolder } from '../../src/util/lock-file.ts';

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('the lock file', () => {
  let dir: string;
  before(async () => (dir = await mkdtemp(path.join(tmpdir(), 'triangulate-lock-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  it('names its holder while held and is gone once released', async () => {
    const file = path.join(dir, 'held/build.lock');
    const release = await acquireLock(file);
    const holder = JSON.parse(await readFile(file, 'utf8')) as LockHolder;
    assert.equal(holder.pid, process.pid);
    assert.equal(holder.host, hostname());
    release();
    assert.ok(!existsSync(file));
  });

  it('takes over a lock whose holder no longer runs, without waiting', async () => {
    const file = path.join(dir, 'stale.lock');
    const stale = { pid: deadPid(), host: hostname(), since: '2026-01-01T00:00:00.000Z', token: 'stale' };
    await writeFile(file, JSON.stringify(stale));
    let waited = false;
    const release = await acquireLock(file, { onWait: () => (waited = true) });
    assert.equal(waited, false);
    assert.equal((JSON.parse(await readFile(file, 'utf8')) as LockHolder).pid, process.pid);
    release();
  });

  it('waits for a live holder, says who it is, and goes on when it is released', async () => {
    const file = path.join(dir, 'live.lock');
    // A live process holds it: this one's parent, which outlives the test.
    const live = { pid: process.ppid, host: hostname(), since: '2026-01-01T00:00:00.000Z', token: 'live' };
    await writeFile(file, JSON.stringify(live));
    const seen: (LockHolder | undefined)[] = [];
    const acquired = acquireLock(file, { onWait: (h) => seen.push(h), pollMs: 20 });
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(seen, [live], 'told once who holds it');
    assert.equal((JSON.parse(await readFile(file, 'utf8')) as LockHolder).token, 'live', 'the holder keeps it');
    await rm(file);
    const release = await acquired;
    release();
  });

  it('gives it in turn to callers in the same process', async () => {
    const file = path.join(dir, 'turns.lock');
    const order: string[] = [];
    const run = async (name: string) => {
      const release = await acquireLock(file);
      order.push(`${name} in`);
      await new Promise((r) => setTimeout(r, 30));
      order.push(`${name} out`);
      release();
    };
    await Promise.all([run('a'), run('b'), run('c')]);
    assert.deepEqual(order, ['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
    assert.ok(!existsSync(file));
  });
});
