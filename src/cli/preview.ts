import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileFor, TYPES } from '../../scripts/serve.ts';
import { build, type BuildOptions } from './build.ts';

/** The page script that reloads when a rebuild succeeds (preview only; never in dist/). */
const RELOAD_SCRIPT = `new EventSource('/__reload').onmessage = () => location.reload();\n`;

/**
 * `npm start`: builds, serves the site on localhost, and rebuilds when an
 * article or a registry changes; open pages reload after each successful
 * rebuild. A failed rebuild prints its messages and keeps serving the last
 * good site, as the build itself never replaces it.
 */
export async function preview(o: BuildOptions & { port: number }): Promise<number> {
  const clients = new Set<ServerResponse>();
  let running: Promise<unknown> = Promise.resolve();
  let queued = false;
  const rebuild = () => {
    if (queued) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      if ((await build(o)) === 0) for (const c of clients) c.write('data: reload\n\n');
    });
  };
  await build(o);

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/__reload') {
      // A comment line sends the headers at once, so the page's EventSource opens before the first rebuild.
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' }).write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (pathname === '/__reload.js') return res.writeHead(200, { 'content-type': TYPES['.js']! }).end(RELOAD_SCRIPT);
    const file = (await fileFor(o.out, pathname)) ?? path.join(o.out, '404.html');
    let body: Buffer | string = await readFile(file).catch(() => Buffer.from('not built yet'));
    if (file.endsWith('.html')) body = body.toString().replace('</body>', '<script src="/__reload.js"></script></body>');
    res.writeHead(file.endsWith('404.html') && !pathname.endsWith('404.html') ? 404 : 200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(o.port, '127.0.0.1', resolve));
  o.log(`Preview on http://127.0.0.1:${o.port}/ — rebuilding when articles/ or registries/ change (Ctrl-C to stop).`);
  let timer: NodeJS.Timeout | undefined;
  for (const dir of ['articles', 'registries']) {
    watch(path.join(o.root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(rebuild, 150);
    });
  }
  return new Promise<number>(() => {});
}
