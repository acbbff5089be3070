import { ConfigError } from '../diagnostics/errors.ts';

/**
 * The one deploy setting besides `--base`: the absolute address the site is
 * served at, which feeds, canonical links, Open Graph, JSON-LD and the
 * sitemap need (relative links are enough everywhere else).
 */
export const SITE_URL_VARIABLE = 'TRIANGULATE_SITE_URL';
/** A reserved domain (RFC 2606): a site built without the setting never points readers at someone else's. */
export const DEFAULT_SITE_URL = 'https://example.org';

/** "/news" or "news/" → "/news/"; "" → "/". */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The site's origin from the setting, checked against the path prefix: the
 * setting may name the sub-path too ("https://o.github.io/repo/" with
 * `--base /repo/`), but never a different one, since then every absolute
 * URL would be wrong.
 */
export function siteOrigin(setting: string | undefined, pathPrefix: string): string {
  const value = setting?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `${SITE_URL_VARIABLE} must be an absolute http(s) address such as ${DEFAULT_SITE_URL}; got "${value}"`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new ConfigError(
      `${SITE_URL_VARIABLE} must be an http(s) address without user, query or fragment; got "${value}"`,
    );
  }
  const path = normalisePrefix(url.pathname);
  if (path !== '/' && path !== normalisePrefix(pathPrefix)) {
    throw new ConfigError(
      `${SITE_URL_VARIABLE} ends in ${path} but the base path is ${normalisePrefix(pathPrefix)}; give the sub-path with --base (or TRIANGULATE_BASE) and make them agree`,
    );
  }
  return url.origin;
}

/** Site path ("/articles/x/") → absolute URL under the origin and path prefix. */
export function absoluteUrls(origin: string, pathPrefix: string): (sitePath: string) => string {
  const prefix = normalisePrefix(pathPrefix);
  return (sitePath) => new URL(prefix + sitePath.replace(/^\/+/, ''), origin).href;
}
