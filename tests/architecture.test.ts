import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { filesUnder } from '../src/util/files-under.ts';
import { REPO } from './support/helpers.ts';

/**
 * The pipeline's order, as docs/architecture.md draws it: a stage may import
 * the shared folders and the stages before it, never a later one. Shared
 * folders import only each other.
 */
const STAGES = [
  'load',
  'validate',
  'markdown',
  'analyse',
  'per-article',
  'aggregate',
  'site',
  'eleventy',
  'output',
  'serve',
  'import',
  'commands',
];
const SHARED = new Set(['model', 'text', 'diagnostics', 'config', 'cache', 'util', 'types']);
const ENTRY_POINTS = new Set(['launch.mjs', 'cli.ts', 'index.ts']);

const folderOf = (file: string) => file.split('/')[0]!;
const rank = (folder: string) => (SHARED.has(folder) ? -1 : STAGES.indexOf(folder));

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(REPO, 'src', file), 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]!);
  return specs.map((spec) =>
    path.relative(path.join(REPO, 'src'), path.resolve(path.join(REPO, 'src', path.dirname(file)), spec)),
  );
}

describe('the code layout', () => {
  const files = filesUnder(path.join(REPO, 'src')).filter((f) => /\.(ts|mjs)$/.test(f));

  it('puts every source file in a stage folder, a shared folder, or an entry point', () => {
    const strays = files.filter((f) => !ENTRY_POINTS.has(f) && rank(folderOf(f)) === -1 && !SHARED.has(folderOf(f)));
    assert.deepEqual(strays, []);
  });

  it('has no import running back up the pipeline, and none from a shared folder into a stage', () => {
    const wrong: string[] = [];
    for (const file of files.filter((f) => !ENTRY_POINTS.has(f))) {
      const from = folderOf(file);
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (to === from) continue;
        const backwards = SHARED.has(from) ? !SHARED.has(to) : !SHARED.has(to) && rank(to) > rank(from);
        if (backwards || ENTRY_POINTS.has(target)) wrong.push(`${file} → ${target}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
