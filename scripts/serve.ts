import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersFor, readHeaders } from './headers.ts';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

const isFile = (file: string) => stat(file).then((s) => s.isFile(), () => false);

/**
 * The file a static host serves for a path of the site in `dir`: the file
 * itself, or a folder's index.html; null when there is none, or when the
 * path ("/..%2F..") would leave the site.
 */
export async function fileFor(dir: string, pathname: string): Promise<string | null> {
  const root = path.resolve(dir);
  let target: string;
  try {
    target = path.join(root, decodeURIComponent(pathname));
  } catch {
    return null; // malformed %-escapes name no file
  }
  if (!target.startsWith(root + path.sep) && target !== root) return null;
  for (const file of [target, path.join(target, 'index.html')]) if (await isFile(file)) return file;
  return null;
}

export interface Served {
  /** "http://127.0.0.1:PORT", no trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site the way a static host does, so the browser tests and
 * the audit see what readers would: a folder is served by its index.html
 * (after a redirect to the address with a trailing slash), anything else
 * missing gets the site's 404.html with status 404. Local only, random port.
 * The site's `_headers` rules (its Content-Security-Policy above all) are
 * applied, so a page that breaks them fails in the browser tests too.
 */
export async function serveStatic(dir: string): Promise<Served> {
  const rules = await readHeaders(path.join(dir, '_headers'));
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const found = await fileFor(dir, pathname);
    if (found && path.basename(found) === 'index.html' && !pathname.endsWith('/') && path.posix.basename(pathname) !== 'index.html') {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const file = found ?? path.join(dir, '404.html');
    res.writeHead(found ? 200 : 404, { ...headersFor(rules, pathname), 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).on('error', () => res.end()).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps idle keep-alive connections open, which would hold close() forever.
        server.closeAllConnections();
      }),
  };
}

/** The addresses of the pages in one top-level folder of a built site ("/articles/a/", …), sorted. */
export async function childPages(dist: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(dist, folder), { withFileTypes: true }).catch(() => []);
  const pages = [];
  for (const e of entries) if (e.isDirectory() && (await isFile(path.join(dist, folder, e.name, 'index.html')))) pages.push(`/${folder}/${e.name}/`);
  return pages.sort();
}

/**
 * One page of each kind, derived from the built site so that kinds added
 * later are covered without editing a list: "/", "/404.html", and for each
 * top-level folder with pages, its index page (if any) and its first page.
 */
export async function pageKinds(dist: string): Promise<string[]> {
  const pages = ['/', '/404.html'];
  const folders = (await readdir(dist, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const folder of folders) {
    const first = (await childPages(dist, folder))[0];
    if (await isFile(path.join(dist, folder, 'index.html'))) pages.push(`/${folder}/`);
    if (first) pages.push(first);
  }
  return pages;
}
