import assert from 'node:assert/strict';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { existsSync } from 'node:fs';
import { assertSameSite, FIXTURES, makeProject, removeProject, runCli } from '../support/helpers.ts';
import { freePort, startPreview as spawnPreview } from '../support/preview-process.ts';
import { MALFORMED_REQUEST_LINES, rawRequest } from '../support/raw-request.ts';

interface Preview {
  child: ChildProcessWithoutNullStreams;
  port: number;
  base: string;
  /** Everything it printed so far, both streams. */
  output: () => string;
}

/** Runs `npm start` on a project and waits until it serves. */
async function startPreview(root: string): Promise<Preview> {
  const port = await freePort();
  const child = spawnPreview(root, port);
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      output += d;
      if (output.includes('Preview on')) resolve();
    });
    child.on('exit', () => reject(new Error(`preview exited: ${output}`)));
  });
  return { child, port, base: `http://127.0.0.1:${port}`, output: () => output };
}

/** Waits for the next "reload" event the preview sends open pages. */
async function nextReload(base: string, change: () => Promise<void>): Promise<void> {
  const events = await fetch(`${base}/__reload`);
  const reader = events.body!.getReader();
  await change();
  let received = '';
  while (!received.includes('data: reload')) {
    const { value, done } = await reader.read();
    assert.ok(!done, `the stream ended before a reload: ${received}`);
    received += Buffer.from(value!).toString();
  }
  await reader.cancel();
}

describe('npm start (preview)', () => {
  it(
    'serves the site with its headers, rebuilds when an article changes, and tells open pages to reload',
    { timeout: 120_000 },
    async () => {
      const root = await makeProject();
      const preview = await startPreview(root);
      try {
        const { base } = preview;
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

        const file = path.join(root, 'articles/ukrainian-forces-advance-in-southern-russia.md');
        await nextReload(base, async () =>
          writeFile(
            file,
            (await readFile(file, 'utf8')).replace(/^headline: .*$/m, 'headline: A headline changed while previewing'),
          ),
        );
        const page = await (await fetch(`${base}/articles/ukrainian-forces-advance-in-southern-russia/`)).text();
        assert.match(page, /A headline changed while previewing/);
      } finally {
        preview.child.kill();
        await removeProject(root);
      }
    },
  );

  it('answers 400 to request lines no URL parser accepts, and goes on serving', { timeout: 120_000 }, async () => {
    const root = await makeProject();
    const preview = await startPreview(root);
    try {
      for (const line of MALFORMED_REQUEST_LINES)
        assert.equal(await rawRequest(preview.port, line), 'HTTP/1.1 400 Bad Request', line);
      assert.equal(await rawRequest(preview.port, 'GET / HTTP/1.1'), 'HTTP/1.1 200 OK');
      assert.equal(preview.child.exitCode, null, 'still running');
    } finally {
      preview.child.kill();
      await removeProject(root);
    }
  });

  it('says in one line that its port is in use, before building anything', { timeout: 60_000 }, async () => {
    const root = await makeProject();
    const port = await freePort();
    const taken = createServer().listen(port, '127.0.0.1');
    try {
      const run = await runCli(['preview', '--root', root, '--port', String(port)]);
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stderr, `port ${port} is in use (another preview?); choose another with --port N\n`);
      assert.ok(!existsSync(path.join(root, 'dist')), 'nothing was built');
    } finally {
      taken.close();
      await removeProject(root);
    }
  });

  it(
    'serves every page that exists before and after a rebuild all through it, never a 404',
    { timeout: 300_000 },
    async () => {
      const root = await makeProject();
      const preview = await startPreview(root);
      const answers = new Map<string, number>();
      let polling = true;
      // Several readers at once, as a browser and its reload would be; each page is read whole.
      const read = async (page: string) => {
        try {
          const response = await fetch(preview.base + page);
          const whole = (await response.text()).trimEnd().endsWith('</html>');
          return `${response.status}${whole ? '' : ' cut short'}`;
        } catch (err) {
          return `failed: ${(err as Error).message} ${String((err as { cause?: unknown }).cause)}`;
        }
      };
      const poll = async (page: string) => {
        for (; polling;) {
          const answer = await read(page);
          answers.set(answer, (answers.get(answer) ?? 0) + 1);
        }
      };
      const pages = ['/', '/articles/ukraine-advances-into-russias-kursk-region/', '/sources/cnn/', '/articles/'];
      const pollers = pages.flatMap((page) => Array.from({ length: 5 }, () => poll(page)));
      try {
        const file = path.join(root, 'articles/ukrainian-forces-advance-in-southern-russia.md');
        const text = await readFile(file, 'utf8');
        for (let i = 1; i <= 4; i++)
          await nextReload(preview.base, () =>
            writeFile(file, text.replace(/^headline: .*$/m, `headline: Rebuild ${i}`)),
          );
      } finally {
        polling = false;
        await Promise.all(pollers);
        preview.child.kill();
        await removeProject(root);
      }
      assert.deepEqual([...answers.keys()], ['200'], `answers: ${JSON.stringify([...answers])}`);
    },
  );

  it('publishes after a rebuild the site a fresh build gives, byte for byte', { timeout: 180_000 }, async () => {
    const fixture = (name: string) => readFile(path.join(FIXTURES, 'stories/articles', name), 'utf8');
    const root = await makeProject({ 'flood-ap.md': await fixture('flood-ap.md') });
    const preview = await startPreview(root);
    try {
      const added = await fixture('transfer-cnn.md');
      await nextReload(preview.base, () => writeFile(path.join(root, 'articles/transfer-cnn.md'), added));
    } finally {
      preview.child.kill();
    }
    try {
      const cold = await runCli(['build', '--root', root, '--out', path.join(root, 'cold'), '--no-cache']);
      assert.equal(cold.code, 0, cold.stderr);
      await assertSameSite(path.join(root, 'cold'), path.join(root, 'dist'));
    } finally {
      await removeProject(root);
    }
  });
});
