// One build of each kind, measured: Triangulate through its real CLI (with
// --timings for the stages), and the baseline through Eleventy's own CLI.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, type Measured } from './measure.ts';
import type { Folders } from './projects.ts';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The installed Eleventy's own command (its package exports do not expose it to resolve()).
const ELEVENTY = path.join(REPO, 'node_modules/@11ty/eleventy/cmd.cjs');

export interface Sample extends Measured {
  /** Wall ms per stage, from --timings (empty for the baseline, or if the build died before writing it). */
  stages: Record<string, number>;
  /** Peak RSS of the Node process alone, from --timings (NaN for the baseline). */
  nodeRssMB: number;
  /** The build's last summary line ("Built …" / "Wrote …"). */
  summary: string;
  /** The end of what it wrote to stderr, when it failed. */
  failure: string;
}

export interface Tool {
  name: string;
  /** Empties what a cold build must not find: the output, and Triangulate's content cache. */
  clean(): Promise<void>;
  build(log: string, timeoutMs: number): Promise<Sample>;
}

async function sample(m: Measured, log: string, summary: RegExp): Promise<Sample> {
  const timings = `${log}.json`;
  const t = existsSync(timings)
    ? (JSON.parse(await readFile(timings, 'utf8')) as { stages: Record<string, number>; peakRssMB: number })
    : undefined;
  const out = (await readFile(`${log}.out`, 'utf8')).split('\n');
  const err = (await readFile(`${log}.err`, 'utf8')).trimEnd().split('\n');
  return {
    ...m,
    stages: t?.stages ?? {},
    nodeRssMB: t?.peakRssMB ?? NaN,
    summary: out.filter((l) => summary.test(l)).at(-1) ?? '',
    failure: m.ok ? '' : err.slice(-8).join('\n'),
  };
}

const remove = (...dirs: string[]) =>
  Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))).then(() => {});

/**
 * `node --import tsx src/cli.ts build` — what `npm run build` runs, without
 * npm's launcher process — from `code`, a copy of the repo.
 */
export const triangulate = (f: Folders, code: string): Tool => ({
  name: 'Triangulate',
  // dist is a link to the published folder beside it (dist.site-…): both go, or the cold build would spend its
  // time deleting the old site in the background.
  clean: async () =>
    remove(
      path.join(f.project, '.cache'),
      ...(await readdir(f.project))
        .filter((n) => n === 'dist' || n.startsWith('dist.'))
        .map((n) => path.join(f.project, n)),
    ),
  build: async (log, timeoutMs) => {
    const cli = [process.execPath, '--import', 'tsx', path.join(code, 'src/cli.ts'), 'build'];
    const args = ['--root', f.project, '--out', path.join(f.project, 'dist'), '--timings', `${log}.json`];
    return sample(await measure([...cli, ...args], code, log, timeoutMs), log, /^Built /);
  },
});

/** Eleventy 3 with its defaults (no config file), one Nunjucks layout. */
export const eleventy = (f: Folders): Tool => ({
  name: 'Eleventy',
  clean: () => remove(f.baselineOutput),
  build: async (log, timeoutMs) => {
    const args = [`--input=${f.baselineInput}`, `--output=${f.baselineOutput}`, '--quiet'];
    return sample(
      await measure([process.execPath, ELEVENTY, ...args], path.dirname(f.baselineInput), log, timeoutMs),
      log,
      /Wrote \d+ files/,
    );
  },
});
