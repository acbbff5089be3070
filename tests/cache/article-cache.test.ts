import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CACHE_FILE } from '../../src/cache/article-cache.ts';
import { assertSameSite, makeProject, removeProject, runBuild } from '../support/helpers.ts';

const WARNING = `${CACHE_FILE}: 4 entries damaged; ignored, and their articles processed again`;

describe('the cache', () => {
  let root: string;
  before(async () => (root = await makeProject()));
  after(() => removeProject(root));

  it('is ASCII, and gives back every character of the articles', async () => {
    const cold = await runBuild(root, { out: path.join(root, 'cold') });
    assert.equal(cold.code, 0, cold.stderr);
    const bytes = await readFile(path.join(root, CACHE_FILE));
    assert.ok(
      bytes.every((b) => b < 0x80),
      'only ASCII bytes',
    );
    const articles = await readFile(path.join(root, 'articles', (await readdir(path.join(root, 'articles')))[0]!));
    assert.ok(
      articles.some((b) => b >= 0x80),
      'the sample has characters outside ASCII to give back',
    );
    const cached = await runBuild(root, { out: path.join(root, 'cached') });
    assert.equal(cached.code, 0, cached.stderr);
    await assertSameSite(path.join(root, 'cold'), path.join(root, 'cached'));
  });
});

describe('a damaged cache', () => {
  let root: string;
  let lines: string[];
  before(async () => {
    root = await makeProject();
    const cold = await runBuild(root, { out: path.join(root, 'cold') });
    assert.equal(cold.code, 0, cold.stderr);
    lines = (await readFile(path.join(root, CACHE_FILE), 'utf8')).split('\n').filter(Boolean);
    assert.equal(lines.length, 5);
  });
  after(() => removeProject(root));

  /** The cache with the first four entries' JSON replaced: valid JSON, of the wrong shape or for another file. */
  async function damage(): Promise<void> {
    const keyOf = (line: string) => line.slice(0, line.indexOf('\t'));
    const otherFile = lines[4]!.slice(lines[4]!.indexOf('\t') + 1);
    const wrong = ['{}', '"x"', JSON.stringify({ file: 'x', slug: 'x', diagnostics: null }), otherFile];
    const damaged = lines.map((line, i) => (i < 4 ? `${keyOf(line)}\t${wrong[i]}` : line));
    await writeFile(path.join(root, CACHE_FILE), `${damaged.join('\n')}\n`);
  }

  it('makes the build process those articles again, say so naming the file, and repair it', async () => {
    await damage();
    const run = await runBuild(root, { out: path.join(root, 'damaged') });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, WARNING);
    await assertSameSite(path.join(root, 'cold'), path.join(root, 'damaged'));
    const next = await runBuild(root, { out: path.join(root, 'repaired') });
    assert.equal(next.code, 0, next.stderr);
    assert.equal(next.stderr, '', 'the damaged entries were replaced');
  });

  it('does not stop `check` either', async () => {
    await damage();
    const run = await runBuild(root, { checkOnly: true });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, WARNING);
  });
});
