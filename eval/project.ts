// A throw-away project: the repo's registries (plus any outlets a corpus needs), articles imported, then built.
import { cp, mkdtemp, readFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { runCliOrThrow } from './child.ts';
import type { Outlet } from './corpus.ts';
import { REPO } from './paths.ts';
import { missingOutletEntries } from './registry.ts';

/** A new project folder under `parent` with a copy of the repo's registries/ (but its story ids: a new site has published none). */
export async function makeProject(parent: string, name: string): Promise<string> {
  const root = await mkdtemp(path.join(parent, `${name}-`));
  await cp(path.join(REPO, 'registries'), path.join(root, 'registries'), {
    recursive: true,
    filter: (file) => path.basename(file) !== 'story-ids.yaml',
  });
  return root;
}

/** Appends to the project's sources registry the outlets it does not have yet. */
export async function addOutlets(root: string, outlets: Record<string, Outlet>): Promise<void> {
  const file = path.join(root, 'registries/sources.yaml');
  await appendFile(file, missingOutletEntries(await readFile(file, 'utf8'), outlets));
}

/** A cold build of the project, with the time per stage written to `timings`; returns its summary line. */
export async function buildProject(root: string, timings: string): Promise<string> {
  const run = await runCliOrThrow(['build', '--root', root, '--no-cache', '--timings', timings]);
  return (
    run.stdout
      .split('\n')
      .filter((l) => l.startsWith('Built '))
      .at(-1) ?? ''
  );
}

/** The stage times (ms) a build wrote with --timings. */
export async function readTimings(file: string): Promise<Record<string, number>> {
  return (JSON.parse(await readFile(file, 'utf8')) as { stages: Record<string, number> }).stages;
}
