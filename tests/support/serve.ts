import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { readHeaders } from '../../src/serve/headers.ts';
import { staticSite } from '../../src/serve/static-site.ts';

const isFile = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

export interface Served {
  /** "http://127.0.0.1:PORT", no trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site the way a static host does (see staticSite), so the
 * browser tests and the audit see what readers would; a page that breaks the
 * site's Content-Security-Policy fails in the browser tests too. Local only,
 * random port.
 */
export async function serveStatic(dir: string): Promise<Served> {
  const rules = await readHeaders(path.join(dir, '_headers'));
  const server = createServer(staticSite(dir, () => rules));
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
  for (const e of entries)
    if (e.isDirectory() && (await isFile(path.join(dist, folder, e.name, 'index.html'))))
      pages.push(`/${folder}/${e.name}/`);
  return pages.sort();
}

/**
 * One page of each kind, derived from the built site so that kinds added
 * later are covered without editing a list: "/", "/404.html", and for each
 * top-level folder with pages, its index page (if any) and its first page.
 */
export async function pageKinds(dist: string): Promise<string[]> {
  const pages = ['/', '/404.html'];
  const folders = (await readdir(dist, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const folder of folders) {
    const first = (await childPages(dist, folder))[0];
    if (await isFile(path.join(dist, folder, 'index.html'))) pages.push(`/${folder}/`);
    if (first) pages.push(first);
  }
  return pages;
}
