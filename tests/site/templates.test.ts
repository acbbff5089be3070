import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PAGINATED } from '../../src/eleventy/render.ts';
import { PAGE_KINDS } from '../../src/model/site-data.ts';
import { REPO } from '../support/helpers.ts';

const TEMPLATES = path.join(REPO, 'templates');

/**
 * A rebuild keeps an entity page or feed whose fingerprint (its item, its
 * JSON-LD and feed, site.title) is unchanged. That is only right while the
 * templates behind those pages read nothing else: this holds them to it.
 */
describe('the templates of kept pages', () => {
  it('read only their own item and the site title', async () => {
    const files = (await readdir(TEMPLATES, { recursive: true })).filter((f) => f.endsWith('.njk')).sort();
    const paginated = new Map<string, string>();
    for (const f of files) {
      const text = await readFile(path.join(TEMPLATES, f), 'utf8');
      const kind = /pagination:\s*\n\s*data: pages\.(\w+)/.exec(text)?.[1];
      if (kind) paginated.set(f, kind);
      if (!kind && !f.startsWith('_includes/')) continue;
      const reads = [...text.matchAll(/\b(site|collections)\.[\w.]+/g)]
        .map((m) => m[0])
        .filter((r) => r !== 'site.title');
      assert.deepEqual(reads, [], `${f} reads more than its item`);
    }
    assert.deepEqual(
      [...new Set(paginated.values())].sort(),
      [...PAGE_KINDS].sort(),
      'every page kind has its template',
    );
    // A paginated template left out of PAGINATED would be rendered only in the first of several Eleventy runs.
    assert.deepEqual(
      [...paginated.keys()].sort(),
      [...PAGINATED].sort(),
      'every paginated template is rendered in each run',
    );
  });
});
