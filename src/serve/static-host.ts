import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { headersFor, type HeaderRule } from './headers.ts';

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

export const isFile = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

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

/**
 * Answers a request for the site in `dir` the way a static host does: a
 * folder is served by its index.html (after a redirect to the address with a
 * trailing slash), anything else missing gets the site's 404.html with
 * status 404, and the site's `_headers` rules (its Content-Security-Policy
 * above all) are applied. `page`, if given, may change an HTML page before
 * it is sent (the preview adds its reload script).
 */
export async function serveFile(
  dir: string,
  rules: readonly HeaderRule[],
  req: IncomingMessage,
  res: ServerResponse,
  page?: (html: string) => string,
): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const found = await fileFor(dir, pathname);
  if (
    found &&
    path.basename(found) === 'index.html' &&
    !pathname.endsWith('/') &&
    path.posix.basename(pathname) !== 'index.html'
  ) {
    res.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const file = found ?? path.join(dir, '404.html');
  res.writeHead(found ? 200 : 404, {
    ...headersFor(rules, pathname),
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
  });
  if (req.method === 'HEAD') res.end();
  else if (page && file.endsWith('.html')) res.end(page(await readFile(file, 'utf8').catch(() => '')));
  else
    createReadStream(file)
      .on('error', () => res.end())
      .pipe(res);
}
