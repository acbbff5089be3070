import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, type HeaderRule } from './headers.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The request's path, or null when its address is malformed ("http://a:99999/", "/%zz"). */
export function requestPath(req: IncomingMessage): string | null {
  try {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    decodeURIComponent(pathname);
    return pathname;
  } catch {
    return null;
  }
}

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * Serves the built site in `dir` the way a static host does: files by sirv,
 * a folder by its index.html (after a redirect to the address with a
 * trailing slash), anything missing with the site's 404.html and status
 * 404, and the rules of the site's `_headers` (its Content-Security-Policy
 * above all) on every answer. `rules` is read at each request, as a rebuild
 * replaces them. The folder is looked up afresh at each request too, since
 * a rebuild swaps it.
 */
export function staticSite(dir: string, rules: () => readonly HeaderRule[]): Handler {
  // A folder's index.html is found as "<folder>/index" plus the extension.
  const files = sirv(dir, { dev: true, etag: false, extensions: ['html'] });
  return (req, res) => {
    const pathname = requestPath(req);
    if (pathname === null) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }
    for (const [name, value] of Object.entries(headersFor(rules(), pathname))) res.setHeader(name, value);
    if (!pathname.endsWith('/') && !path.extname(pathname) && isFile(path.join(dir, pathname, 'index.html'))) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    files(req, res, () => notFound(dir, req, res));
  };
}

/** The site's own 404 page, with status 404 (sirv would send it as 200). */
function notFound(dir: string, req: IncomingMessage, res: ServerResponse): void {
  const page = path.join(dir, '404.html');
  res.writeHead(404, { 'content-type': 'text/html;charset=utf-8' });
  if (req.method === 'HEAD' || !isFile(page)) res.end();
  else
    createReadStream(page)
      .on('error', () => res.end())
      .pipe(res);
}
