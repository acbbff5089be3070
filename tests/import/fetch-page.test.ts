import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fetchPage, FetchPageError, type FetchFailure } from '../../src/import/fetch-page.ts';

/** Every request goes to this server on 127.0.0.1; nothing here touches the network. */
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/ok': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Київ</title><p>Hello</p>');
  },
  '/latin1': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(Buffer.from('<meta charset="windows-1252"><p>caf\xe9</p>', 'latin1'));
  },
  '/redirect': (_req, res) => {
    res.writeHead(302, { location: '/ok' });
    res.end();
  },
  '/json': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"a": 1}');
  },
  '/missing': (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>Not found</p>');
  },
  // Chunked, with no Content-Length: only counting the bytes as they come catches it.
  '/big': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    for (let i = 0; i < 20; i++) res.write('x'.repeat(1000));
    res.end();
  },
  '/big-declared': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '50000' });
    res.end('y'.repeat(50000));
  },
  // Headers at once, then a body that never ends.
  '/slow': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<p>start');
  },
};

const server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/missing']!)(req, res));
let base = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const failsWith = async (promise: Promise<unknown>, reason: FetchFailure) => {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof FetchPageError, String(error));
    assert.equal(error.reason, reason, error.message);
    return true;
  });
};

describe('fetchPage', () => {
  it('returns the HTML of a page, decoded by its charset', async () => {
    assert.deepEqual(await fetchPage(`${base}/ok`), {
      url: `${base}/ok`,
      html: '<!doctype html><title>Київ</title><p>Hello</p>',
    });
    assert.match((await fetchPage(`${base}/latin1`)).html, /café/);
  });

  it('follows a redirect and reports the address it ended at', async () => {
    assert.equal((await fetchPage(`${base}/redirect`)).url, `${base}/ok`);
  });

  it('refuses addresses that are not http(s), without a request', async () => {
    await failsWith(fetchPage('file:///etc/passwd'), 'not-http');
    await failsWith(fetchPage('ftp://127.0.0.1/page.html'), 'not-http');
    await failsWith(fetchPage('not an address'), 'not-http');
  });

  it('refuses what is not HTML, and error statuses', async () => {
    await failsWith(fetchPage(`${base}/json`), 'not-html');
    await failsWith(fetchPage(`${base}/missing`), 'status');
  });

  it('refuses a body over the cap, counted as it streams or as declared', async () => {
    await failsWith(fetchPage(`${base}/big`, { maxBytes: 5000 }), 'too-large');
    await failsWith(fetchPage(`${base}/big-declared`, { maxBytes: 5000 }), 'too-large');
    assert.equal((await fetchPage(`${base}/big`, { maxBytes: 20000 })).html.length, 20000);
  });

  it('gives up when the page does not arrive in time', async () => {
    const started = Date.now();
    await failsWith(fetchPage(`${base}/slow`, { timeoutMs: 300 }), 'timeout');
    assert.ok(Date.now() - started < 5000);
  });
});
