import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { filesUnder } from '../util/files-under.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/**
 * Output kept from one build to the next. A unit is a page (its files known
 * in advance) or a folder of files (a search shard, whose file names only
 * its writer knows), with a fingerprint of all it is made of. The manifest
 * (in the cache folder, written only after a build is published) says, for
 * each unit of the published site, that fingerprint and the identity on
 * disk of each of its files. A unit is kept only if both still match: a
 * file edited, replaced or removed by hand is written again.
 *
 * File operations here are synchronous: for tens of thousands of stats and
 * links that is several times faster than awaiting each, and nothing else
 * runs meanwhile.
 */
export interface Unit {
  fingerprint: string;
  /** Its files, relative to the site folder... */
  files?: readonly string[];
  /** ...or the folder holding them. */
  dir?: string;
}

export const MANIFEST = '.cache/pages.json';

const Identity = z.strictObject({ ino: z.number(), size: z.number(), mtimeMs: z.number() });
export type Identity = z.infer<typeof Identity>;

const Manifest = z.strictObject({
  /** The published folder the entries describe. */
  out: z.string(),
  units: z.record(z.string(), z.strictObject({ fingerprint: z.string(), files: z.record(z.string(), Identity) })),
});
type Manifest = z.infer<typeof Manifest>;

const keyOf = (unit: Unit) => unit.dir ?? unit.files![0]!;

const identity = (file: string): Identity | undefined => {
  const s = statSync(file, { throwIfNoEntry: false });
  return s && { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
};

/**
 * The manifest, checked. None yet (or unreadable) means everything is
 * written; one of the wrong shape (`"units": null`) too, and is said.
 */
function readManifest(root: string, warn: (line: string) => void): Manifest | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(root, MANIFEST), 'utf8');
  } catch {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const checked = Manifest.safeParse(value);
  if (checked.success) return checked.data;
  warn(`${MANIFEST} is damaged; ignored, and every page written again`);
  return undefined;
}

/**
 * The units whose files in the published site `out` are exactly what this
 * build would write, with those files and their identities on disk.
 */
export function keptUnits<U extends Unit>(
  root: string,
  out: string,
  units: readonly U[],
  warn: (line: string) => void,
): Map<U, Record<string, Identity>> {
  const kept = new Map<U, Record<string, Identity>>();
  const manifest = readManifest(root, warn);
  if (manifest?.out !== path.resolve(out)) return kept;
  for (const unit of units) {
    const entry = manifest.units[keyOf(unit)];
    if (entry?.fingerprint !== unit.fingerprint) continue;
    const files = Object.keys(entry.files);
    if (unit.files && files.join('\0') !== unit.files.join('\0')) continue;
    const same = files.every((file) => {
      const [was, now] = [entry.files[file]!, identity(path.join(out, file))];
      return now?.ino === was.ino && now.size === was.size && now.mtimeMs === was.mtimeMs;
    });
    if (same) kept.set(unit, entry.files);
  }
  return kept;
}

/**
 * Puts the kept units' files into the new site folder: hard links (no
 * copying), or copies where links are refused. Returns the identities of
 * the linked files, which are those they had: a link is the same file.
 */
export function copyKept(
  kept: ReadonlyMap<Unit, Readonly<Record<string, Identity>>>,
  from: string,
  to: string,
): Map<string, Identity> {
  const linked = new Map<string, Identity>();
  const files = [...kept.values()].flatMap((f) => Object.entries(f));
  for (const dir of new Set(files.map(([f]) => path.dirname(path.join(to, f))))) mkdirSync(dir, { recursive: true });
  for (const [f, was] of files) {
    try {
      linkSync(path.join(from, f), path.join(to, f));
      linked.set(f, was);
    } catch {
      copyFileSync(path.join(from, f), path.join(to, f));
    }
  }
  return linked;
}

/**
 * Records the published site's units: their fingerprints and their files'
 * identities, from `known` where given (every file of the site, just
 * stat'ed), else from the disk.
 */
export function writeManifest(
  root: string,
  out: string,
  units: readonly Unit[],
  known?: ReadonlyMap<string, Identity>,
): void {
  const entries: Manifest['units'] = {};
  for (const unit of units) {
    const names = unit.files ?? filesUnder(path.join(out, unit.dir!)).map((f) => path.join(unit.dir!, f));
    const files: Record<string, Identity> = {};
    for (const f of names) {
      const now = known?.get(f) ?? identity(path.join(out, f));
      if (!now) throw new Error(`${f} is missing from the site just written`);
      files[f] = now;
    }
    entries[keyOf(unit)] = { fingerprint: unit.fingerprint, files };
  }
  writeFileAtomic(
    path.join(root, MANIFEST),
    JSON.stringify({ out: path.resolve(out), units: entries } satisfies Manifest),
  );
}

/** Drops the record, so that the next build keeps nothing: for when the published site could not be recorded. */
export const forgetManifest = (root: string): void => rmSync(path.join(root, MANIFEST), { force: true });
