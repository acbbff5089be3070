import assert from 'node:assert/strict';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  addPreviousSite,
  assertPreviousSiteKept,
  FIXTURES,
  makeProject,
  removeProject,
  runBuild,
  runCli,
} from '../support/helpers.ts';

const dir = path.join(FIXTURES, 'invalid');
const cases = (await readdir(dir)).sort();

/** A project holding one fixture's articles and a previously built dist/ that must survive. */
async function projectFor(name: string): Promise<string> {
  const root = await makeProject({});
  await cp(path.join(dir, name, 'articles'), path.join(root, 'articles'), { recursive: true });
  await addPreviousSite(root);
  return root;
}

describe('invalid input: every case reports exact located messages, exits 1 and leaves dist/ untouched', () => {
  for (const name of cases) {
    it(name, async () => {
      const root = await projectFor(name);
      try {
        const expected = (await readFile(path.join(dir, name, 'expected.txt'), 'utf8')).trimEnd().split('\n');
        const run = await runBuild(root);
        assert.equal(run.code, 1);
        const lines = run.stderr.split('\n').filter((l) => l.startsWith('articles/'));
        assert.deepEqual(lines, expected);
        assert.match(run.stderr, /nothing was built, dist is unchanged\.$/);
        await assertPreviousSiteKept(root);
      } finally {
        await removeProject(root);
      }
    });
  }

  it('the CLI prints them on stderr with exit code 1 and no stack trace', async () => {
    const root = await projectFor('many-problems');
    try {
      const run = await runCli(['build', '--root', root]);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /^articles\/one\.md:1:1  field\/missing  /m);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(run.stdout, '');
    } finally {
      await removeProject(root);
    }
  });
});
