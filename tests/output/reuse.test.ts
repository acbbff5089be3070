import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertSameSite, FIXTURES, makeProject, removeProject, runBuild } from '../support/helpers.ts';

const fixture = (name: string) => readFile(path.join(FIXTURES, 'stories/articles', name), 'utf8');
const inode = async (file: string) => (await stat(file)).ino;

/** Each search shard's entry file's inode, by shard. */
async function shardInodes(dist: string): Promise<Map<string, number>> {
  const shards = JSON.parse(await readFile(path.join(dist, 'pagefind/shards.json'), 'utf8')) as string[];
  return new Map(
    await Promise.all(
      shards.map(async (s) => [s, await inode(path.join(dist, 'pagefind', s, 'pagefind-entry.json'))] as const),
    ),
  );
}

/** The story page whose text contains `words`. */
async function storyPage(dist: string, words: string): Promise<string> {
  const sitemap = await readFile(path.join(dist, 'sitemap.xml'), 'utf8');
  for (const [, url] of sitemap.matchAll(/<loc>[^<]*?(\/stories\/[^<]+\/)<\/loc>/g)) {
    const file = path.join(dist, url!, 'index.html');
    if ((await readFile(file, 'utf8')).includes(words)) return file;
  }
  throw new Error(`no story page mentions ${words}`);
}

describe('a rebuild keeps the pages and search shards that did not change', () => {
  let root: string;
  let dist: string;
  before(async () => {
    root = await makeProject({
      'flood-ap.md': await fixture('flood-ap.md'),
      'flood-reuters.md': await fixture('flood-reuters.md'),
      'transfer-albawaba.md': await fixture('transfer-albawaba.md'),
      'transfer-cnn.md': await fixture('transfer-cnn.md'),
    });
    dist = path.join(root, 'dist');
    const first = await runBuild(root);
    assert.equal(first.code, 0, first.stderr);
  });
  after(() => removeProject(root));

  it('renders only what an added article changes, and the result equals a cold build', async () => {
    const transfer = await storyPage(dist, 'Rieker');
    const flood = await storyPage(dist, 'Moselbach');
    const [transferBefore, floodBefore] = [await inode(transfer), await inode(flood)];
    const shardsBefore = await shardInodes(dist);
    await writeFile(path.join(root, 'articles/flood-bbc-copy.md'), await fixture('flood-bbc-copy.md'));
    const rebuild = await runBuild(root);
    assert.equal(rebuild.code, 0, rebuild.stderr);
    assert.equal(await inode(transfer), transferBefore, 'the transfer story did not change: its page is the same file');
    assert.notEqual(await inode(flood), floodBefore, 'the flood story gained a copy: its page is rendered again');
    assert.match(await readFile(flood, 'utf8'), /Also published, word for word, as/);
    const shardsAfter = await shardInodes(dist);
    // A site this small has one search shard, and the copy's outlet joined a record in it (search-shards.test.ts has the large case).
    assert.equal(shardsAfter.size, 1);
    assert.notEqual(shardsAfter.get('0'), shardsBefore.get('0'), 'the shard with a changed record is written again');
    const cold = await runBuild(root, { out: path.join(root, 'cold'), cache: false });
    assert.equal(cold.code, 0, cold.stderr);
    await assertSameSite(path.join(root, 'cold'), dist);
  });

  it('leaves no old site behind once the new one is in place, not even one an interrupted build left', async () => {
    await mkdir(path.join(root, 'dist.old-1-interrupted/articles'), { recursive: true });
    await writeFile(path.join(root, 'dist.old-1-interrupted/articles/index.html'), 'stale');
    assert.equal((await runBuild(root)).code, 0);
    // dist is a link to the published version, the one folder beside it that stays.
    const published = await readlink(path.join(root, 'dist'));
    const leftovers = async () => (await readdir(root)).filter((f) => f.startsWith('dist.') && f !== published);
    // Old sites are deleted by a detached process after the swap; give it time.
    for (let i = 0; i < 100 && (await leftovers()).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await leftovers(), []);
  });

  it('renders again a page edited by hand in the published site at the next build with work to do', async () => {
    const transfer = await storyPage(dist, 'Rieker');
    const original = await readFile(transfer, 'utf8');
    await writeFile(transfer, 'edited by hand');
    // The inputs are what they were: the build checks them (not every page) and stops.
    const unchanged = await runBuild(root);
    assert.match(unchanged.stdout, /\(nothing changed\)/);
    await writeFile(path.join(root, 'articles/flood-ap.md'), `${await fixture('flood-ap.md')}\nOne more line.\n`);
    const rebuild = await runBuild(root);
    assert.equal(rebuild.code, 0, rebuild.stderr);
    assert.equal(await readFile(transfer, 'utf8'), original, 'the page of a story the change did not touch');
  });

  it('builds again when the published site was removed', async () => {
    await rm(path.join(root, 'dist'), { recursive: true });
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /nothing changed/);
    assert.ok((await readdir(dist)).includes('index.html'));
  });

  it('builds and writes every page again, and says so, when the records of the last build are damaged', async () => {
    for (const damaged of ['{"out": "x", "units": null, "lines": null}', '"x"', '[']) {
      await writeFile(path.join(root, '.cache/pages.json'), damaged);
      await writeFile(path.join(root, '.cache/published.json'), damaged);
      const run = await runBuild(root);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(
        run.stderr.split('\n'),
        [
          '.cache/published.json is damaged; ignored, and the site built again',
          '.cache/pages.json is damaged; ignored, and every page written again',
        ],
        damaged,
      );
    }
    const cold = await runBuild(root, { out: path.join(root, 'cold-after-damage'), cache: false });
    assert.equal(cold.code, 0, cold.stderr);
    await assertSameSite(path.join(root, 'cold-after-damage'), dist);
  });

  it('renders every page again for another site address', async () => {
    const before = await runBuild(root, { pathPrefix: '/news/' });
    assert.equal(before.code, 0, before.stderr);
    const cold = await runBuild(root, { out: path.join(root, 'cold-news'), pathPrefix: '/news/', cache: false });
    assert.equal(cold.code, 0, cold.stderr);
    await assertSameSite(path.join(root, 'cold-news'), dist);
  });
});
