import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertSameSite, LAUNCHER, makeProject, removeProject, REPO, runCli, type Run } from '../support/helpers.ts';

/** Starts the CLI in a child process; its pid at once, its run when it ends. */
function startCli(args: string[]): { pid: number; done: Promise<Run> } {
  const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: REPO });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr })));
  return { pid: child.pid!, done };
}

describe('two builds of one project at once', () => {
  it('run one after the other: the second says which build it waits for', { timeout: 300_000 }, async () => {
    const root = await makeProject();
    try {
      const builds = [startCli(['build', '--root', root]), startCli(['build', '--root', root])];
      const runs = await Promise.all(builds.map((b) => b.done));
      for (const run of runs) assert.equal(run.code, 0, run.stderr);
      const waited = runs.map((run, i) =>
        run.stderr.includes(`another build of this project is running (process ${builds[1 - i]!.pid}, since `),
      );
      assert.deepEqual(
        waited.filter(Boolean).length,
        1,
        `exactly one waited for the other: ${runs.map((r) => r.stderr).join('\n---\n')}`,
      );
      // What they left is what one build gives, and what later cached builds keep.
      const cold = await runCli(['build', '--root', root, '--out', path.join(root, 'cold'), '--no-cache']);
      assert.equal(cold.code, 0, cold.stderr);
      await assertSameSite(path.join(root, 'cold'), path.join(root, 'dist'));
    } finally {
      await removeProject(root);
    }
  });
});
