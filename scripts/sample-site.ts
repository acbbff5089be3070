import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../src/commands/build.ts';
import { resolveBuildConfig } from '../src/config/config.ts';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * For measuring scripts: the repo's articles built into a temporary folder
 * (the repo's dist/ is left alone), `use` run on it, the folder removed.
 * Returns the build's exit code when it fails, else use's.
 */
export async function withSampleSite(name: string, use: (dist: string) => Promise<number>): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), `triangulate-${name}-`));
  try {
    const dist = path.join(dir, 'dist');
    const code = await build(resolveBuildConfig({ root: REPO, out: dist }), {
      log: () => {},
      error: (l) => console.error(l),
    });
    return code === 0 ? await use(dist) : code;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs a script's main: its result is the exit code, and an error is reported as exit code 2. */
export function runScript(main: () => Promise<number>): void {
  main().then(
    (code) => (process.exitCode = code),
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 2;
    },
  );
}
