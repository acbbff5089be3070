import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeProject, removeProject, REPO, runBuild } from '../support/helpers.ts';

const SEED = 'ukrainian-forces-advance-in-southern-russia.md';

describe('the second pass over all articles', () => {
  it('warns about an article with the same text and publisher as another, and the build still runs', async () => {
    const text = await readFile(path.join(REPO, 'articles', SEED), 'utf8');
    const reflowed = text.replace(/\n\n(?=[A-Z])/, '\n\n\n').replace(/\. /, '.  ');
    const otherOutlet = text.replace(/^publisher: .*$/m, 'publisher: afp');
    const root = await makeProject({ [SEED]: text, 'web/again.md': reflowed, 'elsewhere.md': otherOutlet });
    try {
      const checked = await runBuild(root, { checkOnly: true });
      assert.equal(checked.code, 0, checked.stderr);
      // Located at the first paragraph of the text the cleaner keeps (the site furniture above it aside).
      const line = reflowed.split('\n').findIndex((l) => l.startsWith('Ukraine says its forces')) + 1;
      assert.deepEqual(checked.stderr.split('\n'), [
        `articles/web/again.md:${line}:1  body/duplicate  warning same text and publisher as articles/${SEED}: a duplicate?`,
      ]);
      const built = await runBuild(root);
      assert.equal(built.code, 0, built.stderr);
      assert.match(built.stdout, /^Built 3 articles .*1 warning,/);
    } finally {
      await removeProject(root);
    }
  });
});
