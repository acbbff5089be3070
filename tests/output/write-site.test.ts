import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { addPreviousSite, makeProject, removeProject, REPO, runCli } from '../support/helpers.ts';

describe('a full disk', () => {
  it(
    'is said in one line; the unfinished site is removed and the published one kept',
    { timeout: 120_000 },
    async () => {
      const root = await makeProject();
      try {
        await addPreviousSite(root);
        // Twenty files into its folder, then the disk is full.
        const run = await runCli(['build', '--root', root], undefined, {
          NODE_OPTIONS: `--import tsx --import ${path.join(REPO, 'tests/support/full-disk.ts')}`,
          TRIANGULATE_TEST_FULL_DISK_AFTER: '20',
        });
        assert.equal(run.code, 1, run.stderr);
        assert.equal(
          run.stderr,
          'no space left on the disk: nothing was published (dist is unchanged) and the unfinished site was removed; free some space and build again\n',
        );
        await new Promise((r) => setTimeout(r, 500));
        assert.deepEqual(
          (await readdir(root)).filter((f) => f.startsWith('dist')),
          ['dist'],
          'no folder left filling the disk',
        );
        assert.equal(await readFile(path.join(root, 'dist/index.html'), 'utf8'), 'previous site');
      } finally {
        await removeProject(root);
      }
    },
  );
});
