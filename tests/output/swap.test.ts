import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { addPreviousSite, makeProject, removeProject, runBuild } from '../support/helpers.ts';

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

/** The entries beside dist/ once the background deletion is done (it waits a moment, then deletes). */
async function besideDist(root: string, expected: number): Promise<string[]> {
  const entries = async () => (await readdir(root)).filter((f) => f.startsWith('dist')).sort();
  for (let i = 0; i < 100 && (await entries()).length > expected; i++) await new Promise((r) => setTimeout(r, 100));
  return entries();
}

describe('publishing the site', () => {
  it('makes dist a link to a whole site beside it, switched in one rename', async () => {
    const root = await makeProject();
    try {
      assert.equal((await runBuild(root)).code, 0);
      const dist = path.join(root, 'dist');
      assert.ok((await lstat(dist)).isSymbolicLink(), 'dist is a link');
      const version = await readlink(dist);
      assert.match(version, /^dist\.site-[0-9a-f]+$/, 'to a folder beside it, by a relative name');
      assert.ok((await lstat(path.join(root, version))).isDirectory());
      assert.ok(existsSync(path.join(dist, 'index.html')));
      // Something changed, or the build would stop early with nothing to publish.
      await appendFile(path.join(root, 'articles/ukraine-advances-into-russias-kursk-region.md'), '\nOne more line.\n');
      assert.equal((await runBuild(root)).code, 0);
      assert.notEqual(await readlink(dist), version, 'each build that publishes publishes a new version');
      assert.deepEqual(await besideDist(root, 2), ['dist', await readlink(dist)], 'and the old one goes');
    } finally {
      await removeProject(root);
    }
  });

  it('keeps dist a whole site at every moment while builds publish', { timeout: 300_000 }, async () => {
    const root = await makeProject();
    try {
      assert.equal((await runBuild(root)).code, 0);
      // Another process looks at the published site as fast as it can, as a web server would.
      const watcher = spawn(
        process.execPath,
        [
          '-e',
          `const fs = require('node:fs'); let looks = 0, misses = 0;
         const timer = setInterval(() => {}, 1000);
         process.on('message', () => { clearInterval(timer); process.send({ looks, misses }); process.exit(); });
         (function look() { for (let i = 0; i < 200; i++) { looks++; if (!fs.existsSync(process.argv[1])) misses++; } setImmediate(look); })();`,
          path.join(root, 'dist/articles/index.html'),
        ],
        { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
      );
      for (let i = 0; i < 3; i++) {
        await writeFile(
          path.join(root, 'articles', `added-${i}.md`),
          `---\nheadline: Added ${i}\npublisher: cnn\ndate: 2024-08-1${i}\nlanguage: en\n---\n\nA paragraph ${i}.\n`,
        );
        const run = await runBuild(root);
        assert.equal(run.code, 0, run.stderr);
      }
      const seen = await new Promise<{ looks: number; misses: number }>((resolve) => {
        watcher.once('message', resolve);
        watcher.send('stop');
      });
      assert.ok(seen.looks > 1000, `looked ${seen.looks} times`);
      assert.equal(seen.misses, 0, 'the site was never missing');
    } finally {
      await removeProject(root);
    }
  });

  it('replaces a plain dist/ folder of an earlier release by the link', async () => {
    const root = await makeProject();
    try {
      await addPreviousSite(root);
      assert.equal((await runBuild(root)).code, 0);
      assert.ok((await lstat(path.join(root, 'dist'))).isSymbolicLink());
      assert.notEqual(await readFile(path.join(root, 'dist/index.html'), 'utf8'), 'previous site');
      assert.deepEqual(await besideDist(root, 2), ['dist', await readlink(path.join(root, 'dist'))]);
    } finally {
      await removeProject(root);
    }
  });

  it('removes what killed builds left, and nothing a running build or anyone else uses', async () => {
    const root = await makeProject();
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      const dead = deadPid();
      for (const folder of [`dist.tmp-${dead}`, `dist.tmp-${running.pid}`, 'dist.site-0123456789ab', 'dist.old-1-x'])
        await mkdir(path.join(root, folder, 'articles'), { recursive: true });
      await symlink(`dist.tmp-${dead}`, path.join(root, `dist.link-${dead}`));
      await writeFile(path.join(root, 'dist.zip'), 'not ours');
      assert.equal((await runBuild(root)).code, 0);
      const published = await readlink(path.join(root, 'dist'));
      assert.deepEqual(await besideDist(root, 4), ['dist', published, `dist.tmp-${running.pid}`, 'dist.zip'].sort());
    } finally {
      running.kill();
      await removeProject(root);
    }
  });
});
