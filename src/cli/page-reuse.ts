import { copyFile, link, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedPage } from '../site/page-plan.ts';
import { eachLimit } from '../util/each-limit.ts';

/**
 * Pages kept from one build to the next. The manifest (in the cache folder,
 * written only after a build is published) says, for each page file of the
 * published site, the fingerprint it was rendered from and the file's
 * identity on disk. A file is kept only if both still match: a page edited,
 * replaced or removed by hand is rendered again.
 */
const MANIFEST = '.cache/pages.json';
const IN_FLIGHT = 16;

interface Entry {
  fingerprint: string;
  ino: number;
  size: number;
  mtimeMs: number;
}

interface Manifest {
  /** The published folder the entries describe. */
  out: string;
  files: Record<string, Entry>;
}

const identity = async (file: string) => {
  const s = await stat(file);
  return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
};

async function readManifest(root: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(root, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined; // none yet, or unreadable: every page is rendered
  }
}

/** The planned pages whose files in the published site `out` are exactly what the plan would render. */
export async function keptPages(root: string, out: string, plan: readonly PlannedPage[]): Promise<Set<PlannedPage>> {
  const kept = new Set<PlannedPage>();
  const manifest = await readManifest(root);
  if (manifest?.out !== path.resolve(out)) return kept;
  await eachLimit(plan, IN_FLIGHT, async (page) => {
    for (const file of page.files) {
      const entry = manifest.files[file];
      if (entry?.fingerprint !== page.fingerprint) return;
      const now = await identity(path.join(out, file)).catch(() => undefined);
      if (!now || now.ino !== entry.ino || now.size !== entry.size || now.mtimeMs !== entry.mtimeMs) return;
    }
    kept.add(page);
  });
  return kept;
}

/** Puts the kept pages' files into the new site folder: hard links (no copying), or copies where links are refused. */
export async function copyKeptPages(kept: ReadonlySet<PlannedPage>, from: string, to: string): Promise<void> {
  const files = [...kept].flatMap((p) => p.files);
  await eachLimit(new Set(files.map((f) => path.dirname(path.join(to, f)))), IN_FLIGHT, (dir) => mkdir(dir, { recursive: true }));
  await eachLimit(files, IN_FLIGHT, (f) => link(path.join(from, f), path.join(to, f)).catch(() => copyFile(path.join(from, f), path.join(to, f))));
}

/** Records the published site's page files and the fingerprints they were made from. */
export async function writeManifest(root: string, out: string, plan: readonly PlannedPage[]): Promise<void> {
  const files: Record<string, Entry> = {};
  await eachLimit(plan, IN_FLIGHT, async (page) => {
    for (const file of page.files) files[file] = { fingerprint: page.fingerprint, ...(await identity(path.join(out, file))) };
  });
  const file = path.join(root, MANIFEST);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify({ out: path.resolve(out), files } satisfies Manifest));
  await rename(`${file}.${process.pid}.tmp`, file);
}
