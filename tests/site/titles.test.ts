import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeProject, removeProject, runBuild } from '../support/helpers.ts';

describe('page titles', () => {
  it('escape a headline exactly once in <title> and the description', async () => {
    const root = await makeProject({
      'att.md':
        '---\nheadline: \'AT&T <b> says "hi"\'\npublisher: cnn\ndate: 2024-08-14\nlanguage: en\n---\n\nBody text here.\n',
    });
    try {
      assert.equal((await runBuild(root)).code, 0);
      const html = await readFile(path.join(root, 'dist/articles/att/index.html'), 'utf8');
      assert.match(html, /<title>AT&amp;T &lt;b&gt; says &quot;hi&quot; · /);
      assert.match(html, /<meta name="description" content="Article: AT&amp;T &lt;b&gt; says &quot;hi&quot;">/);
    } finally {
      await removeProject(root);
    }
  });
});
