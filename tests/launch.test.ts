import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { assertSameSite, makeProject, removeProject, REPO, runBuild, runCli } from './support/helpers.ts';

/** A checkout of the code at `dir` (its packages linked from this one), without the bundles this one made. */
async function copyCheckout(dir: string): Promise<void> {
  for (const f of ['src', 'templates', '.eleventy.js', 'package.json', 'package-lock.json'])
    await cp(path.join(REPO, f), path.join(dir, f), { recursive: true });
  await symlink(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
}

/** `node CHECKOUT/src/launch.mjs build --root ROOT --out OUT`, rejecting if it fails. */
const buildWith = (checkout: string, root: string, out: string, ...args: string[]) =>
  promisify(execFile)(process.execPath, [
    path.join(checkout, 'src/launch.mjs'),
    'build',
    '--root',
    root,
    '--out',
    out,
    ...args,
  ]);

describe('the launcher (npm run build and the other scripts)', () => {
  it('builds, from its bundle of src/, the same site as the TypeScript sources do', { timeout: 120_000 }, async () => {
    const root = await makeProject();
    try {
      const launched = await runCli(['build', '--root', root, '--out', path.join(root, 'launched'), '--no-cache']);
      assert.equal(launched.code, 0, launched.stderr);
      assert.equal(launched.stderr, '', 'no fallback to tsx, no warning');
      const direct = await runBuild(root, { out: path.join(root, 'direct'), cache: false });
      assert.equal(direct.code, 0, direct.stderr);
      await assertSameSite(path.join(root, 'launched'), path.join(root, 'direct'));
    } finally {
      await removeProject(root);
    }
  });

  it(
    'makes a new bundle for a checkout moved elsewhere, whose old bundle names the old place',
    { timeout: 120_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'moved-'));
      const root = await makeProject();
      try {
        const first = path.join(dir, 'first');
        await copyCheckout(first);
        await buildWith(first, root, path.join(root, 'first'));
        const moved = path.join(dir, 'moved');
        await rename(first, moved);
        const { stderr } = await buildWith(moved, root, path.join(root, 'moved'));
        assert.equal(stderr, '');
        await assertSameSite(path.join(root, 'first'), path.join(root, 'moved'));
      } finally {
        await rm(dir, { recursive: true, force: true });
        await removeProject(root);
      }
    },
  );

  it(
    'runs the TypeScript sources through tsx where it cannot make a bundle, and says so',
    { timeout: 120_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'no-bundle-'));
      const root = await makeProject();
      try {
        await copyCheckout(dir);
        // A file where the bundles' folder belongs: no bundle can be written.
        await mkdir(path.join(dir, '.cache'));
        await writeFile(path.join(dir, '.cache/compiled'), '');
        const { stderr } = await buildWith(dir, root, path.join(root, 'unbundled'), '--no-cache');
        assert.match(stderr, /^\(running without a compiled bundle: /);
        const direct = await runBuild(root, { out: path.join(root, 'direct'), cache: false });
        assert.equal(direct.code, 0, direct.stderr);
        await assertSameSite(path.join(root, 'unbundled'), path.join(root, 'direct'));
      } finally {
        await rm(dir, { recursive: true, force: true });
        await removeProject(root);
      }
    },
  );
});
