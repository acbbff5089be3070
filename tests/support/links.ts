import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { listFiles } from './helpers.ts';

// Any origin works: it only lets URL resolve relative links and tell internal ones from external ones.
const ORIGIN = 'http://site.invalid';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const unescape = (s: string) => s.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e]!);

/** The file a static host serves for a site path: the file itself, or a folder's index.html; null when none. */
function fileFor(site: string, pathname: string): string | null {
  const target = path.join(site, decodeURIComponent(pathname));
  if (!target.startsWith(path.resolve(site))) return null;
  for (const file of [target, path.join(target, 'index.html')])
    if (existsSync(file) && statSync(file).isFile()) return file;
  return null;
}

/**
 * Every href/src in every HTML page of a built site that points inside the
 * site must name a file there, and its #fragment an id in that page; a
 * reader following it would otherwise land on the 404 page or at the top
 * of the wrong page. External links (other origins, mailto:) are not checked.
 * Returns "page → link (why)" lines, empty when all is well.
 */
export async function brokenInternalLinks(site: string): Promise<string[]> {
  const ids = new Map<string, Promise<Set<string>>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(
        file,
        readFile(file, 'utf8').then(
          (html) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => unescape(m[1]!))),
        ),
      );
    return ids.get(file)!;
  };
  const broken: string[] = [];
  for (const page of (await listFiles(site)).filter((f) => f.endsWith('.html'))) {
    const html = await readFile(path.join(site, page), 'utf8');
    for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const url = new URL(unescape(raw!), `${ORIGIN}/${page}`);
      if (url.origin !== ORIGIN) continue;
      const file = fileFor(site, url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      // "" and "top" scroll to the top of any page (HTML's "indicated part of the document").
      if (!file) broken.push(`${page} → ${raw} (no such file)`);
      else if (
        fragment &&
        fragment.toLowerCase() !== 'top' &&
        !(file.endsWith('.html') && (await idsOf(file)).has(fragment))
      )
        broken.push(`${page} → ${raw} (no id "${fragment}" there)`);
    }
  }
  return broken;
}
