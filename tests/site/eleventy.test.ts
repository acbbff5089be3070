import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeProject, removeProject, runBuild } from '../support/helpers.ts';

describe('rendering with Eleventy', () => {
  it('reuses compiled templates without carrying content from one build or page to the next', async () => {
    const root = await makeProject();
    try {
      assert.equal((await runBuild(root)).code, 0);
      const file = path.join(root, 'articles/ukrainian-forces-advance-in-southern-russia.md');
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace(/^headline: .*$/m, 'headline: A second headline for the same file'),
      );
      // The same process, so the same compiled templates: only the data may differ.
      assert.equal((await runBuild(root)).code, 0);
      const page = await readFile(
        path.join(root, 'dist/articles/ukrainian-forces-advance-in-southern-russia/index.html'),
        'utf8',
      );
      assert.match(page, /<h1>A second headline for the same file<\/h1>/);
      assert.doesNotMatch(page, /Zelensky says as second border region declares state of emergency<\/h1>/);
      const other = await readFile(
        path.join(root, 'dist/articles/ukraine-advances-into-russias-kursk-region/index.html'),
        'utf8',
      );
      assert.match(other, /<h1>Ukraine advances into Russia&#39;s Kursk region; 121,000 residents evacuated<\/h1>/);
      // Its story takes its title from the edited article: the new title, not the old one.
      assert.match(other, /Part of the story <a href="[^"]+">A second headline for the same file<\/a>/);
    } finally {
      await removeProject(root);
    }
  });
});
