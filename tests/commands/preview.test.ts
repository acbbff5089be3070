import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeProject, removeProject } from '../support/helpers.ts';
import { freePort, startPreview } from '../support/preview-process.ts';

describe('npm start (preview)', () => {
  it(
    'serves the site with its headers, rebuilds when an article changes, and tells open pages to reload',
    { timeout: 120_000 },
    async () => {
      const root = await makeProject();
      const port = await freePort();
      const child = startPreview(root, port);
      try {
        let output = '';
        await new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (d: Buffer) => {
            output += d;
            if (output.includes('Preview on')) resolve();
          });
          child.on('exit', () => reject(new Error(`preview exited: ${output}`)));
        });
        const base = `http://127.0.0.1:${port}`;
        const response = await fetch(`${base}/`);
        assert.match(
          response.headers.get('content-security-policy') ?? '',
          /default-src 'self'/,
          "served with the site's _headers, as a host would",
        );
        const home = await response.text();
        assert.match(home, /<script src="\/__reload.js"><\/script><\/body>/);
        assert.ok(
          !(await readFile(path.join(root, 'dist/index.html'), 'utf8')).includes('__reload'),
          'the reload script is never written into dist/',
        );

        const events = await fetch(`${base}/__reload`);
        const reader = events.body!.getReader();
        const file = path.join(root, 'articles/ukrainian-forces-advance-in-southern-russia.md');
        await writeFile(
          file,
          (await readFile(file, 'utf8')).replace(/^headline: .*$/m, 'headline: A headline changed while previewing'),
        );
        let received = '';
        while (!received.includes('data: reload')) {
          const { value, done } = await reader.read();
          assert.ok(!done, `the stream ended before a reload: ${received}`);
          received += Buffer.from(value!).toString();
        }
        await reader.cancel();
        const page = await (await fetch(`${base}/articles/ukrainian-forces-advance-in-southern-russia/`)).text();
        assert.match(page, /A headline changed while previewing/);
      } finally {
        child.kill();
        await removeProject(root);
      }
    },
  );
});
