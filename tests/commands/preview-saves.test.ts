import assert from 'node:assert/strict';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeProject, removeProject } from '../support/helpers.ts';
import { freePort, startPreview } from '../support/preview-process.ts';

const ARTICLE = 'ukrainian-forces-advance-in-southern-russia';

/** Reads the preview's reload events as they come, so a test can wait for the next one. */
async function reloadEvents(url: string) {
  const reader = (await fetch(url)).body!.getReader();
  let received = '';
  return {
    async next(): Promise<void> {
      while (!received.includes('data: reload')) {
        const { value, done } = await reader.read();
        assert.ok(!done, `the event stream ended before a reload: ${received}`);
        received += Buffer.from(value!).toString();
      }
      received = received.slice(received.indexOf('data: reload') + 'data: reload'.length);
    },
    close: () => reader.cancel(),
  };
}

describe('npm start (preview) and how editors save files', () => {
  it(
    'rebuilds after an atomic save (a temporary file renamed over the article), and again after an edit in place',
    { timeout: 180_000 },
    async () => {
      const root = await makeProject();
      const port = await freePort();
      const child = startPreview(root, port);
      try {
        await new Promise<void>((resolve, reject) => {
          let output = '';
          child.stdout.on('data', (d: Buffer) => {
            output += d;
            if (output.includes('Preview on')) resolve();
          });
          child.on('exit', () => reject(new Error(`preview exited: ${output}`)));
        });
        const base = `http://127.0.0.1:${port}`;
        const events = await reloadEvents(`${base}/__reload`);
        const file = path.join(root, 'articles', `${ARTICLE}.md`);
        const page = async () => (await fetch(`${base}/articles/${ARTICLE}/`)).text();
        const withHeadline = async (headline: string) =>
          (await readFile(file, 'utf8')).replace(/^headline: .*$/m, `headline: ${headline}`);

        // How many editors save: write a temporary file beside the article, then rename it over the article.
        const temporary = path.join(root, 'articles', `.${ARTICLE}.md.swp`);
        await writeFile(temporary, await withHeadline('Saved atomically while previewing'));
        await rename(temporary, file);
        await events.next();
        assert.match(await page(), /Saved atomically while previewing/);

        // The watcher still follows the file that replaced the original: an edit in place is seen too.
        await writeFile(file, await withHeadline('Edited in place while previewing'));
        await events.next();
        const edited = await page();
        assert.match(edited, /Edited in place while previewing/);
        assert.doesNotMatch(edited, /Saved atomically while previewing/);
        await events.close();
      } finally {
        child.kill();
        await removeProject(root);
      }
    },
  );
});
