import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertSameSite, makeProject, REPO, removeProject, runCli } from '../support/helpers.ts';

// A time zone with a +12:45 offset and a locale where "I".toLowerCase() is
// "ı" and sorting differs: output that depends on either shows up here.
const HOME = { TZ: 'UTC', LC_ALL: 'en_US.UTF-8', LANG: 'en_US.UTF-8' };
const FOREIGN = { TZ: 'Pacific/Chatham', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' };

/** Builds a project with the real CLI in a child process; returns its dist folder. */
async function cliBuild(root: string, env: NodeJS.ProcessEnv): Promise<string> {
  const run = await runCli(['build', '--root', root, '--out', path.join(root, 'dist')], REPO, env);
  assert.equal(run.code, 0, run.stderr);
  return path.join(root, 'dist');
}

describe('reproducible builds', () => {
  let roots: string[] = [];
  let plain: string, reversed: string, nested: string;

  before(async () => {
    const names = (await readdir(path.join(REPO, 'articles'))).filter((f) => f.endsWith('.md')).sort();
    const text = Object.fromEntries(
      await Promise.all(names.map(async (n) => [n, await readFile(path.join(REPO, 'articles', n))] as const)),
    );
    roots = await Promise.all([
      makeProject(),
      // The same files, written in the opposite order.
      makeProject(Object.fromEntries([...names].reverse().map((n) => [n, text[n]!]))),
      // In sub-folders that make the loader meet them in the opposite order ("order-0/" holds the last one).
      makeProject(Object.fromEntries(names.map((n, i) => [`order-${names.length - 1 - i}/${n}`, text[n]!]))),
    ]);
    [plain, reversed, nested] = await Promise.all([
      cliBuild(roots[0]!, HOME),
      cliBuild(roots[1]!, FOREIGN),
      cliBuild(roots[2]!, FOREIGN),
    ]);
  });
  after(() => Promise.all(roots.map(removeProject)));

  it('gives byte-identical sites for the same articles, whatever the time zone, locale and file order', async () => {
    await assertSameSite(plain, reversed);
  });

  it('does not depend on the order the loader meets the articles in (only their paths in the repo differ)', async () => {
    // Each article's path is shown on its page and in articles.json; everything else must match byte for byte.
    await assertSameSite(plain, nested, (t) => t.replace(/articles\/order-\d+\//g, 'articles/'));
  });
});
