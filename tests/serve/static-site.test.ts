import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MALFORMED_REQUEST_LINES, rawRequest } from '../support/raw-request.ts';
import { serveStatic, type Served } from '../support/serve.ts';

// The browser tests and the audit trust this server to behave like a static host.
describe('the static server', () => {
  let dir: string;
  let server: Served;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'triangulate-serve-'));
    await mkdir(path.join(dir, 'a'));
    await writeFile(path.join(dir, 'index.html'), 'home');
    await writeFile(path.join(dir, '404.html'), 'not found');
    await writeFile(path.join(dir, 'a/index.html'), 'page a');
    await writeFile(path.join(dir, 'a/style.css'), 'p{}');
    server = await serveStatic(dir);
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = async (p: string) => {
    const res = await fetch(server.url + p, { redirect: 'manual' });
    return [res.status, res.headers.get('location') ?? res.headers.get('content-type'), await res.text()];
  };

  it('serves files, and folders by their index.html', async () => {
    assert.deepEqual(await get('/'), [200, 'text/html;charset=utf-8', 'home']);
    assert.deepEqual(await get('/a/'), [200, 'text/html;charset=utf-8', 'page a']);
    assert.deepEqual(await get('/a/style.css'), [200, 'text/css', 'p{}']);
  });

  it('redirects a folder without its trailing slash', async () => {
    assert.deepEqual(await get('/a'), [301, '/a/', '']);
  });

  it('answers 404 with the site 404 page, also for paths that would leave the site', async () => {
    for (const p of ['/missing/', '/a/missing.css', '/..%2F..%2Fetc%2Fhosts'])
      assert.deepEqual(await get(p), [404, 'text/html;charset=utf-8', 'not found'], p);
  });

  it('answers 400 to a malformed address instead of failing', async () => {
    assert.deepEqual(await get('/%zz'), [400, 'text/plain; charset=utf-8', 'Bad request\n']);
  });

  it('answers 400 to request lines no URL parser accepts, and goes on serving', async () => {
    const port = Number(new URL(server.url).port);
    for (const line of MALFORMED_REQUEST_LINES)
      assert.equal(await rawRequest(port, line), 'HTTP/1.1 400 Bad Request', line);
    assert.equal(await rawRequest(port, 'GET /a/ HTTP/1.1'), 'HTTP/1.1 200 OK');
  });

  it('follows the link to the published version afresh at each request', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'triangulate-versions-'));
    try {
      for (const v of ['dist.site-1', 'dist.site-2']) {
        await mkdir(path.join(root, v, 'a'), { recursive: true });
        await writeFile(path.join(root, v, 'a/index.html'), v);
      }
      await symlink('dist.site-1', path.join(root, 'dist'));
      const linked = await serveStatic(path.join(root, 'dist'));
      try {
        assert.equal(await (await fetch(`${linked.url}/a/`)).text(), 'dist.site-1');
        // Published as a build does: a new link renamed over the old one.
        await symlink('dist.site-2', path.join(root, 'dist.link'));
        await rename(path.join(root, 'dist.link'), path.join(root, 'dist'));
        await rm(path.join(root, 'dist.site-1'), { recursive: true });
        assert.equal(await (await fetch(`${linked.url}/a/`)).text(), 'dist.site-2');
      } finally {
        await linked.close();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
