import path from 'node:path';
import { absoluteUrls, normalisePrefix, siteOrigin, SITE_URL_VARIABLE } from './site-address.ts';

/** The site's name, in every page title and feed. */
export const SITE_TITLE = 'Triangulate';

/** Everything a build is told, resolved and checked once, before any work. */
export interface BuildConfig {
  /** The project folder (articles/, registries/). */
  root: string;
  /** Where the published site goes. */
  out: string;
  /** The sub-path the site is served under, "/" or "/news/". */
  pathPrefix: string;
  /** Site path → absolute address (feeds, canonical links, JSON-LD, sitemap). */
  absolute: (sitePath: string) => string;
  title: string;
  /** Reuse per-article results and unchanged pages from the last build. */
  cache: boolean;
  /** Worker threads for the per-article work; undefined for one per core. */
  workers: number | undefined;
  /** Publish a site without articles over one that has some (otherwise refused as a likely mistake). */
  allowEmpty: boolean;
}

export interface BuildOptions {
  root?: string;
  out?: string;
  base?: string;
  cache?: boolean;
  workers?: number;
  allowEmpty?: boolean;
}

/**
 * The build's settings from its options and the environment
 * (TRIANGULATE_SITE_URL, TRIANGULATE_BASE); a wrong site address is a
 * ConfigError, the user's to fix.
 */
export function resolveBuildConfig(o: BuildOptions, env: NodeJS.ProcessEnv = process.env): BuildConfig {
  const root = path.resolve(o.root ?? '.');
  const pathPrefix = normalisePrefix(o.base ?? env.TRIANGULATE_BASE ?? '/');
  const origin = siteOrigin(env[SITE_URL_VARIABLE], pathPrefix);
  return {
    root,
    out: path.resolve(root, o.out ?? 'dist'),
    pathPrefix,
    absolute: absoluteUrls(origin, pathPrefix),
    title: SITE_TITLE,
    cache: o.cache ?? true,
    workers: o.workers,
    allowEmpty: o.allowEmpty ?? false,
  };
}
