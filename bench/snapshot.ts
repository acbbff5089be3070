// The code the benchmark builds with: a copy of the working tree taken at the
// start, so that edits made while a long run goes on (the repo is shared)
// neither mix versions within one table nor break a build half-way.
import { execFileSync } from 'node:child_process';
import { cp, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';

/** Not needed to build: history, dependencies (linked instead), outputs, tests and this benchmark. */
const SKIP = new Set(['.git', 'node_modules', 'dist', '.cache', '.scratch', 'tests', 'bench']);

export async function snapshot(repo: string, into: string): Promise<string> {
  for (const name of await readdir(repo)) {
    if (SKIP.has(name) || name.startsWith('dist.')) continue;
    await cp(path.join(repo, name), path.join(into, name), { recursive: true });
  }
  await symlink(path.join(repo, 'node_modules'), path.join(into, 'node_modules'), 'dir');
  return into;
}

/** "HEAD 1a2b3c4" and whether the code differs from it (the snapshot includes uncommitted work). */
export function describe(repo: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain', '--', '.', ...[...SKIP].map((s) => `:!${s}`)) !== '';
  return `git ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}, copied at the start`;
}
