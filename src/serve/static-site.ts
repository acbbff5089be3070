import { createReadStream, realpathSync, statSync } from 'node:fs';
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
 * replaces them. `dir` may be the link a build publishes through (see
 * output/swap.ts): each request follows it once and is answered wholly from
 * the version it names, so a rebuild switching versions meanwhile never
 * gives a page that is half one version and half the next, nor a 404.
 */
export function staticSite(dir: string, rules: () => readonly HeaderRule[]): Handler {
  const versionFiles = filesOfVersion();
  return (req, res) => {
    const pathname = requestPath(req);
    if (pathname === null) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }
    const root = publishedFolder(dir);
    for (const [name, value] of Object.entries(headersFor(rules(), pathname))) res.setHeader(name, value);
    if (!pathname.endsWith('/') && !path.extname(pathname) && isFile(path.join(root, pathname, 'index.html'))) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    versionFiles(root)(req, res, () => notFound(root, req, res));
  };
}

/** The folder `dir` names now, its link followed; `dir` itself when there is none yet. */
function publishedFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/** sirv for a version folder, made again when the version changes. */
function filesOfVersion(): (root: string) => ReturnType<typeof sirv> {
  let last: { root: string; files: ReturnType<typeof sirv> } | undefined;
  return (root) => {
    // A folder's index.html is found as "<folder>/index" plus the extension.
    if (last?.root !== root) last = { root, files: sirv(root, { dev: true, etag: false, extensions: ['html'] }) };
    return last.files;
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
