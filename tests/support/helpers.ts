import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, check, resolveBuildConfig } from '../../src/index.ts';
import { filesUnder } from '../../src/util/files-under.ts';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO, 'tests/fixtures');

/**
 * A throw-away project folder: the repo's registries, and the given articles
 * (or the repo's). With articles of its own it is a new site, which has
 * published no story yet, so it gets no story ids.
 */
export async function makeProject(articles?: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'triangulate-'));
  await cp(path.join(REPO, 'registries'), path.join(root, 'registries'), {
    recursive: true,
    filter: (file) => !articles || path.basename(file) !== 'story-ids.yaml',
  });
  if (articles) {
    for (const [name, content] of Object.entries(articles)) {
      await mkdir(path.dirname(path.join(root, 'articles', name)), { recursive: true });
      await writeFile(path.join(root, 'articles', name), content);
    }
  } else {
    await cp(path.join(REPO, 'articles'), path.join(root, 'articles'), { recursive: true });
  }
  return root;
}

export const removeProject = (root: string) => rm(root, { recursive: true, force: true });

/** Gives a project a previously built dist/ that a failed build must leave as it was. */
export async function addPreviousSite(root: string): Promise<void> {
  await mkdir(path.join(root, 'dist'));
  await writeFile(path.join(root, 'dist/index.html'), 'previous site');
}

/** After a failed build: the previous dist/ untouched, and no temporary folder left beside it (.cache/ holds the build lock). */
export async function assertPreviousSiteKept(root: string): Promise<void> {
  assert.deepEqual(await listFiles(path.join(root, 'dist')), ['index.html']);
  assert.equal(await readFile(path.join(root, 'dist/index.html'), 'utf8'), 'previous site');
  assert.deepEqual(
    (await readdir(root)).filter((f) => !['articles', 'dist', 'registries', '.cache'].includes(f)),
    [],
    'no temporary folder left behind',
  );
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the build (or check) in-process, as the CLI does, capturing what it prints. */
export async function runBuild(
  root: string,
  extra: { checkOnly?: boolean; pathPrefix?: string; out?: string; cache?: boolean; allowEmpty?: boolean } = {},
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { log: (l: string) => out.push(l), error: (l: string) => err.push(l) };
  const config = resolveBuildConfig({
    root,
    out: extra.out,
    base: extra.pathPrefix,
    cache: extra.cache,
    allowEmpty: extra.allowEmpty,
  });
  const code = await (extra.checkOnly ? check : build)(config, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The command line as `npm run build` and the other scripts start it (without their speed flags, which change no output). */
export const LAUNCHER = path.join(REPO, 'src/launch.mjs');

/** Runs the real CLI in a child process (with `env` added to this process's environment), from `cwd`. */
export function runCli(args: string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [LAUNCHER, ...args],
      { cwd, env: { ...process.env, ...env }, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        // A child killed by a signal has no exit code: say which signal, so that a failure tells a crash from an
        // error the CLI reported.
        const signal = (error as { signal?: string } | null)?.signal;
        const said = signal ? `${stderr}[the child process was killed by ${signal}]\n` : stderr;
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr: said });
      },
    );
  });
}

/** Every file under a folder, relative, sorted. */
export const listFiles = async (dir: string): Promise<string[]> => filesUnder(dir);

export const readText = (file: string) => readFile(file, 'utf8');

/** Asserts two built sites have the same files with the same bytes (after `map`, if given, is applied to the second's text). */
export async function assertSameSite(a: string, b: string, map?: (text: string) => string): Promise<void> {
  const files = await listFiles(a);
  assert.deepEqual(await listFiles(b), files);
  for (const f of files) {
    const [x, y] = await Promise.all([readFile(path.join(a, f)), readFile(path.join(b, f))]);
    // Only text is mapped: decoding binary files (the search index) as UTF-8 would change their bytes.
    const text = map && /\.(html|json|xml|txt|css|js|svg)$|_headers$/.test(f);
    assert.ok(x.equals(text ? Buffer.from(map(y.toString('utf8'))) : y), `${f} differs`);
  }
}

/**
 * For tests that need a tool from outside npm (chromium, java): where it is
 * missing they skip, and say so, so `npm test` still runs on a bare machine;
 * in CI (CI=true) a missing tool is an error, so a gate cannot quietly stop
 * running there. Returns the skip message, or false when the tool is there.
 */
export function skipWithout(tests: string, tool: string, present: boolean): string | false {
  if (present) return false;
  if (process.env.CI === 'true') throw new Error(`${tool} not found, and CI=true: the ${tests} must run in CI`);
  const message = `${tests} skipped: ${tool} not found`;
  console.log(message);
  return message;
}
