import { watch } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { readHeaders, type HeaderRule } from '../serve/headers.ts';
import { serveFile, TYPES } from '../serve/static-host.ts';
import type { BuildConfig } from '../config/config.ts';
import { build } from './build.ts';
import type { Reporter } from './reporter.ts';

/** The page script that reloads when a rebuild succeeds (preview only; never in dist/). */
const RELOAD_SCRIPT = `new EventSource('/__reload').onmessage = () => location.reload();\n`;

/**
 * `npm start`: builds, serves the site on localhost, and rebuilds when an
 * article or a registry changes; open pages reload after each successful
 * rebuild. A failed rebuild prints its messages and keeps serving the last
 * good site, as the build itself never replaces it. Pages are served as a
 * static host serves them, the site's `_headers` included, so a page that
 * breaks its Content-Security-Policy breaks in the preview too.
 */
export async function preview(config: BuildConfig, io: Reporter, port: number): Promise<number> {
  const clients = new Set<ServerResponse>();
  let rules: HeaderRule[] = [];
  const built = async () => {
    const ok = (await build(config, io)) === 0;
    if (ok) rules = await readHeaders(path.join(config.out, '_headers'));
    return ok;
  };
  let running: Promise<unknown> = Promise.resolve();
  let queued = false;
  const rebuild = () => {
    if (queued) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      if (await built()) for (const c of clients) c.write('data: reload\n\n');
    });
  };
  await built();

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
    await serveFile(config.out, rules, req, res, (html) =>
      html.replace('</body>', '<script src="/__reload.js"></script></body>'),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  io.log(`Preview on http://127.0.0.1:${port}/ — rebuilding when articles/ or registries/ change (Ctrl-C to stop).`);
  let timer: NodeJS.Timeout | undefined;
  for (const dir of ['articles', 'registries']) {
    watch(path.join(config.root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(rebuild, 150);
    });
  }
  return new Promise<number>(() => {});
}
