import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CACHE_FILE } from '../../src/cache/article-cache.ts';
import { loadProject } from '../../src/load/project.ts';
import { processAll } from '../../src/per-article/process-all.ts';
import { parseRegistries } from '../../src/validate/registries.ts';
import { assertSameSite, makeProject, removeProject, runBuild } from '../support/helpers.ts';

/** The keys in the cache file, in its order. */
const entries = async (root: string) =>
  (await readFile(path.join(root, CACHE_FILE), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t')[0]!);

describe('the content cache', () => {
  let root: string;
  before(async () => {
    root = await makeProject();
    await writeFile(
      path.join(root, 'articles/with-html.md'),
      '---\nheadline: A test\npublisher: cnn\ndate: 2024-08-14\nlanguage: en\n---\n\nSome <b>bold</b> words.\n',
    );
  });
  after(() => removeProject(root));

  it('gives a cached build byte-identical to a cold one, warnings included', async () => {
    const cold = await runBuild(root, { out: path.join(root, 'cold') });
    assert.equal(cold.code, 0, cold.stderr);
    assert.equal((await entries(root)).length, 6);
    const warm = await runBuild(root, { out: path.join(root, 'warm') });
    assert.equal(warm.code, 0);
    assert.equal(warm.stderr, cold.stderr, 'the same warnings, read back from the cache');
    assert.match(warm.stderr, /body\/raw-html/);
    await assertSameSite(path.join(root, 'cold'), path.join(root, 'warm'));
  });

  it('recomputes everything when a registry changes, and drops entries nothing uses', async () => {
    const before = await entries(root);
    const people = path.join(root, 'registries/people.yaml');
    await writeFile(
      people,
      `${await readFile(people, 'utf8')}- id: ilse-drommer\n  name: Ilse Drommer\n  role: Finance minister\n`,
    );
    assert.equal((await runBuild(root, { out: path.join(root, 'after-registry') })).code, 0);
    const now = await entries(root);
    assert.equal(now.length, 6);
    assert.equal(now.filter((e) => before.includes(e)).length, 0, 'no stale entry survives');
  });

  it('survives a damaged entry by computing it again', async () => {
    const file = path.join(root, CACHE_FILE);
    const [first, ...rest] = (await readFile(file, 'utf8')).split('\n');
    // A torn line: the key, then JSON cut short.
    await writeFile(file, [first!.slice(0, 200), ...rest].join('\n'));
    const run = await runBuild(root, { out: path.join(root, 'damaged') });
    assert.equal(run.code, 0, run.stderr);
    await assertSameSite(path.join(root, 'after-registry'), path.join(root, 'damaged'));
  });
});

describe('worker threads', () => {
  it('give the same results, in the same order, as one thread', async () => {
    const root = await makeProject();
    try {
      const files = await loadProject(root);
      const { registries } = parseRegistries(files.sources, files.people, files.measures);
      // Enough articles for the pool to start: the five samples under many names.
      const inputs = Array.from({ length: 120 }, (_, i) => ({
        ...files.articles[i % files.articles.length]!,
        file: `articles/copy-${i}.md`,
      }));
      const single = await processAll(inputs, registries, { workers: 0 });
      let progress = 0;
      const pooled = await processAll(inputs, registries, { workers: 2, progress: (done) => (progress = done) });
      assert.equal(progress, 120);
      assert.deepEqual(pooled, single);
    } finally {
      await removeProject(root);
    }
  });
});
