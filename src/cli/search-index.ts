import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../site/search-records.ts';

/**
 * Writes the Pagefind index into the site folder. Records are added in a
 * fixed order, and carry their facets as metadata rather than Pagefind
 * filters: Pagefind's filter files come out different on every run (its
 * maintainers say so in issue #638), and the site must build byte-identically.
 * The search page filters the results itself.
 */
export async function writeSearchIndex(records: readonly SearchRecord[], siteDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    // Sent all at once: the service reads them in this order, and one round trip each would dominate.
    const added = await Promise.all(records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: r.language, meta: r.meta })));
    const errors = added.flatMap((a) => a.errors);
    if (errors.length) throw new Error(`search index: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    // Pagefind's ready-made interfaces are not used (the search page has its own), and one of them differs from build to build.
    const bundle = path.join(siteDir, 'pagefind');
    for (const f of await readdir(bundle)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f)) await rm(path.join(bundle, f));
  } finally {
    await pagefind.close();
  }
}
