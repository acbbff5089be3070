import { watch } from 'chokidar';
import { createServer, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildConfig } from '../config/config.ts';
import { UserError } from '../diagnostics/errors.ts';
import { readHeaders, type HeaderRule } from '../serve/headers.ts';
import { injectIntoHtml } from '../serve/inject.ts';
import { requestPath, staticSite } from '../serve/static-site.ts';
import { build } from './build.ts';
import type { Reporter } from './reporter.ts';
import { STORY_IDS_FILE } from '../load/project.ts';

/** The page script that reloads when a rebuild succeeds (preview only; never in dist/). */
const RELOAD_SCRIPT = `new EventSource('/__reload').onmessage = () => location.reload();\n`;
const RELOAD_TAG = '<script src="/__reload.js"></script>';

/**
 * `npm start`: builds, serves the site on localhost, and rebuilds when an
 * article or a registry changes; open pages reload after each successful
 * rebuild. A failed rebuild prints its messages and keeps serving the last
 * good site, as the build itself never replaces it. Pages are served as a
 * static host serves them, the site's `_headers` included, so a page that
 * breaks its Content-Security-Policy breaks in the preview too.
 */
export async function preview(config: BuildConfig, io: Reporter, port: number): Promise<number> {
  await checkPortFree(port);
  const clients = new Set<ServerResponse>();
  let rules: HeaderRule[] = [];
  // A build records the story ids in registries/, which is watched: that write is no edit to rebuild for.
  const idsFile = path.resolve(config.root, STORY_IDS_FILE);
  const readIds = () => readFile(idsFile, 'utf8').catch(() => '');
  let idsLeft = '';
  const built = async () => {
    const ok = (await build(config, io)) === 0;
    if (ok) rules = await readHeaders(path.join(config.out, '_headers'));
    idsLeft = await readIds();
    return ok;
  };
  let running: Promise<unknown> = Promise.resolve();
  let queued = false;
  const changed = new Set<string>();
  const rebuild = () => {
    if (queued) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      const paths = [...changed];
      changed.clear();
      if (paths.every((p) => p === idsFile) && (await readIds()) === idsLeft) return;
      if (await built()) for (const c of clients) c.write('data: reload\n\n');
    });
  };
  await built();

  const site = staticSite(config.out, () => rules);
  const server = createServer((req, res) => {
    const pathname = requestPath(req);
    if (pathname === '/__reload') {
      // A comment line sends the headers at once, so the page's EventSource opens before the first rebuild.
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' }).write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (pathname === '/__reload.js') {
      res.writeHead(200, { 'content-type': 'text/javascript;charset=utf-8' }).end(RELOAD_SCRIPT);
      return;
    }
    injectIntoHtml(res, RELOAD_TAG);
    site(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // chokidar follows files replaced by a rename (as editors and `sed -i` save them), which fs.watch loses.
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(
    ['articles', 'registries'].map((dir) => path.join(config.root, dir)),
    { ignoreInitial: true },
  ).on('all', (_event, file) => {
    changed.add(path.resolve(file));
    clearTimeout(timer);
    timer = setTimeout(rebuild, 150);
  });
  // Said only once the watcher has read the folders: a file saved before that would count as already there.
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  io.log(`Preview on http://127.0.0.1:${port}/ — rebuilding when articles/ or registries/ change (Ctrl-C to stop).`);
  return new Promise<number>(() => {});
}

/** Fails with one clear line, before any building, when another program already serves on the port. */
function checkPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
      .once('error', (err: NodeJS.ErrnoException) =>
        reject(
          err.code === 'EADDRINUSE'
            ? new UserError(`port ${port} is in use (another preview?); choose another with --port N`)
            : err,
        ),
      )
      .listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}
