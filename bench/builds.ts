// The builds a row measures: Triangulate through its real CLI (with
// --timings for the stages; for the samples also through `npm run build`),
// and the baselines through their own CLIs: Eleventy, then Pagefind on
// Eleventy's output.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { measure } from './measure.ts';
import { REPO } from './paths.ts';
import type { Folders } from './projects.ts';
import { readSample, type Sample } from './sample.ts';

// The installed tools' own commands (what `npx @11ty/eleventy` and `npx pagefind` run, without npm's launcher).
const ELEVENTY = path.join(REPO, 'node_modules/@11ty/eleventy/cmd.cjs');
const PAGEFIND = path.join(REPO, 'node_modules/pagefind/lib/runner/bin.cjs');

export interface Tool {
  name: string;
  /** Empties what a cold build must not find: the output, and Triangulate's content cache. */
  clean(): void;
  /** The folder it writes, whose files are counted after each build. */
  output: string;
  build(log: string, timeoutMs: number): Promise<Sample>;
}

const remove = (...dirs: string[]) => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
};

// dist is a link to the published folder beside it (dist.site-…): both go, or the cold build would spend its
// time deleting the old site in the background.
const removeSite = (project: string) =>
  remove(
    path.join(project, '.cache'),
    ...(existsSync(project) ? readdirSync(project) : [])
      .filter((n) => n === 'dist' || n.startsWith('dist.'))
      .map((n) => path.join(project, n)),
  );

/** The Node flags `npm run build` starts the launcher with, from the `build` script of `code`'s package.json. */
function buildScriptFlags(code: string): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(code, 'package.json'), 'utf8')) as {
    scripts: { build: string };
  };
  return scripts.build.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** `node … src/launch.mjs build`: what `npm run build` runs, without npm, from `code` (a copy of the repo). */
export const triangulate = (f: Folders, code: string): Tool => ({
  name: 'Triangulate',
  output: path.join(f.project, 'dist'),
  clean: () => removeSite(f.project),
  build: async (log, timeoutMs) => {
    const cli = [process.execPath, ...buildScriptFlags(code), path.join(code, 'src/launch.mjs'), 'build'];
    const args = ['--root', f.project, '--out', path.join(f.project, 'dist'), '--timings', `${log}.json`];
    return readSample(await measure([...cli, ...args], code, log, timeoutMs), log, /^Built /);
  },
});

/** `npm run build` itself, npm's launcher included: what the samples target is set for. */
export const npmBuild = (f: Folders, code: string): Tool => ({
  name: 'npm run build',
  output: path.join(f.project, 'dist'),
  clean: () => removeSite(f.project),
  build: async (log, timeoutMs) => {
    const args = ['--root', f.project, '--out', path.join(f.project, 'dist')];
    const m = await measure(['npm', 'run', '--silent', 'build', '--', ...args], code, log, timeoutMs);
    return readSample(m, log, /^Built /);
  },
});

/** Eleventy 3 with its defaults (no config file), one Nunjucks layout. */
export const eleventy = (f: Folders): Tool => ({
  name: 'Eleventy',
  output: f.baselineOutput,
  clean: () => remove(f.baselineOutput),
  build: async (log, timeoutMs) => {
    const args = [`--input=${f.baselineInput}`, `--output=${f.baselineOutput}`, '--quiet'];
    const m = await measure([process.execPath, ELEVENTY, ...args], path.dirname(f.baselineInput), log, timeoutMs);
    return readSample(m, log, /Wrote \d+ files/);
  },
});

/** Pagefind's CLI indexing Eleventy's output, as an Eleventy blog with search would (into _site/pagefind/). */
export const pagefind = (f: Folders): Tool => ({
  name: 'Pagefind',
  output: path.join(f.baselineOutput, 'pagefind'),
  clean: () => remove(path.join(f.baselineOutput, 'pagefind')),
  build: async (log, timeoutMs) => {
    const command = [process.execPath, PAGEFIND, '--site', f.baselineOutput];
    const m = await measure(command, path.dirname(f.baselineInput), log, timeoutMs);
    return readSample(m, log, /Indexed \d+ page|Finished in/);
  },
});
