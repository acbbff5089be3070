import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { listFiles, makeProject, REPO, removeProject, runCli } from '../helpers.ts';

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

/** Asserts two built sites have the same files with the same bytes, after `map` is applied to the second's text. */
async function assertSameSite(a: string, b: string, map: (text: string) => string = (t) => t) {
  const files = await listFiles(a);
  assert.deepEqual(await listFiles(b), files);
  for (const f of files) {
    const [x, y] = await Promise.all([readFile(path.join(a, f)), readFile(path.join(b, f))]);
    assert.ok(x.equals(Buffer.from(map(y.toString('utf8')))), `${f} differs`);
  }
}

describe('reproducible builds', () => {
  const projects: string[] = [];
  const dists: Record<'plain' | 'reversed' | 'nested', string> = { plain: '', reversed: '', nested: '' };
  // The nested project's article paths, and the flat paths they stand for.
  const moved: [string, string][] = [];

  before(async () => {
    const names = (await readdir(path.join(REPO, 'articles'))).filter((f) => f.endsWith('.md')).sort();
    const text = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(path.join(REPO, 'articles', n))] as const)));
    // Same files, written in the opposite order.
    const reversed = Object.fromEntries([...names].reverse().map((n) => [n, text[n]!]));
    // Sub-folders that make the loader meet the articles in the opposite order ("0/" holds the last one).
    const nested = Object.fromEntries(names.map((n, i) => [`${names.length - 1 - i}/${n}`, text[n]!]));
    for (const nestedName of Object.keys(nested)) moved.push([`articles/${nestedName}`, `articles/${path.basename(nestedName)}`]);
    const roots = await Promise.all([makeProject(text), makeProject(reversed), makeProject(nested)]);
    projects.push(...roots);
    [dists.plain, dists.reversed, dists.nested] = await Promise.all([cliBuild(roots[0]!, HOME), cliBuild(roots[1]!, FOREIGN), cliBuild(roots[2]!, FOREIGN)]);
  });
  after(() => Promise.all(projects.map(removeProject)));

  it('gives byte-identical sites for the same articles, whatever the time zone, locale and file order', async () => {
    await assertSameSite(dists.plain, dists.reversed);
  });

  it('does not depend on the order the loader meets the articles in (only their paths in the repo differ)', async () => {
    // Each article's path is shown on its page and in articles.json; everything else must match byte for byte.
    await assertSameSite(dists.plain, dists.nested, (t) => moved.reduce((s, [from, to]) => s.replaceAll(from, to), t));
  });
});
