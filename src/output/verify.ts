import { readdirSync } from 'node:fs';
import path from 'node:path';
import { outputFile } from './page-plan.ts';
import type { SiteData } from '../model/site-data.ts';

/**
 * Checks a freshly written site before it is published: every entity has its
 * page and nothing was written outside the output folder. Returns its files
 * (relative paths), found on the way.
 */
export async function verifyOutput(dir: string, site: SiteData): Promise<string[]> {
  const expected = [
    'index.html',
    '404.html',
    'sources/index.html',
    'articles/index.html',
    ...[...site.articles, ...site.stories, ...site.sources, ...site.people, ...site.figures, ...site.redirects].map(
      (e) => outputFile(e.url),
    ),
  ];
  // Nothing the build writes is a link, so a link is the only way out of the folder.
  const files: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (entry.isSymbolicLink()) throw new Error(`output escapes the site folder: ${file} is a link`);
    if (entry.isFile()) files.push(file);
  }
  // Looked up among the files found, not asked of the disk one by one (tens of thousands of calls).
  const found = new Set(files);
  const missing = expected.filter((f) => !found.has(f));
  if (missing.length > 0) throw new Error(`pages missing from the output: ${missing.slice(0, 5).join(', ')}`);
  return files;
}
