import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../config/package-root.ts';
import { filesUnder } from '../util/files-under.ts';

/**
 * Fingerprints of the generator's own files, which every cached result and
 * kept page depends on: `code` (every source file and the locked
 * dependencies) and `templates` (the templates and the Eleventy config).
 */
export function generatorFingerprints(): { code: string; templates: string } {
  const code = createHash('sha256');
  hashFiles(code, 'src', /\.(ts|mjs)$/);
  const lock = path.join(PACKAGE_ROOT, 'package-lock.json');
  if (existsSync(lock)) code.update(readFileSync(lock));
  const templates = createHash('sha256');
  hashFiles(templates, 'templates', /./);
  templates.update(readFileSync(path.join(PACKAGE_ROOT, '.eleventy.js')));
  return { code: code.digest('hex'), templates: templates.digest('hex') };
}

function hashFiles(hash: Hash, dir: string, name: RegExp): void {
  const files = filesUnder(path.join(PACKAGE_ROOT, dir)).filter((f) => name.test(path.basename(f)));
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(path.join(PACKAGE_ROOT, dir, f)));
}
