import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { assertSameSite, makeProject, removeProject, runBuild, runCli } from './support/helpers.ts';

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
});
