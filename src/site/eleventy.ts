import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import type { SiteData } from './types.ts';

/** Where the generator's own files (.eleventy.js, templates/) live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Renders the templates with `site` as the only content into `outDir`.
 * Eleventy resolves its folders from the working directory, so it runs
 * from the package root.
 */
export async function renderSite(site: SiteData, outDir: string, pathPrefix = '/'): Promise<void> {
  const cwd = process.cwd();
  process.chdir(PACKAGE_ROOT);
  try {
    const eleventy = new Eleventy('templates', outDir, {
      configPath: '.eleventy.js',
      quietMode: true,
      pathPrefix,
      config: (config: { addGlobalData: (name: string, value: unknown) => void }) => config.addGlobalData('site', site),
    });
    await eleventy.write();
  } finally {
    process.chdir(cwd);
  }
}
