import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeProject, removeProject, runBuild } from '../support/helpers.ts';

describe('loading articles', () => {
  it('reports files it does not build (a hidden article, a text file) and ignores tool files', async () => {
    const article = '---\nheadline: A headline\npublisher: cnn\ndate: 2024-08-14\nlanguage: en\n---\n\nBody text.\n';
    const root = await makeProject({
      'real.md': article,
      '.hidden.md': article,
      'notes.txt': 'a note',
      '.gitkeep': '',
    });
    try {
      const run = await runBuild(root);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(
        run.stderr.split('\n').filter((l) => l.startsWith('articles/')),
        [
          'articles/.hidden.md:1:1  load/ignored-file  warning a hidden file (its name starts with a dot); it was not built: rename it to publish it',
          'articles/notes.txt:1:1  load/ignored-file  warning not an article (articles end in .md); it was not built',
        ],
      );
      assert.match(run.stdout, /^Built 1 articles/m);
    } finally {
      await removeProject(root);
    }
  });
});
