import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { processAlive } from '../util/process-alive.ts';

/**
 * The folders a build keeps beside the published site `out` (dist):
 *
 *   dist               a link to the published version
 *   dist.site-<id>     a version: the published one, or an earlier one left to be deleted
 *   dist.tmp-<pid>     the site the build in process <pid> is writing
 *   dist.link-<pid>    the new link that build is about to rename over dist
 *   dist.old-<…>       anything being deleted, such as the plain dist/ folder of earlier releases
 *
 * Names are made here and read back only here.
 */
export const tmpFolder = (out: string, pid = process.pid) => `${out}.tmp-${pid}`;
export const newVersionFolder = (out: string) => `${out}.site-${randomBytes(6).toString('hex')}`;
export const linkDraft = (out: string) => `${out}.link-${process.pid}`;
export const trashName = (out: string) => `${out}.old-${process.pid}-${randomUUID()}`;

/** The version folder `out` links to (its name), or undefined when `out` is not such a link. */
export function publishedVersion(out: string): string | undefined {
  if (!lstatSync(out, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
  const target = readlinkSync(out);
  return target.startsWith(`${path.basename(out)}.site-`) && !target.includes('/') ? target : undefined;
}

export interface Leftovers {
  /** Versions no longer published: deleted by their name, which no build uses again. */
  versions: string[];
  /** Folders and links of builds whose process no longer runs. */
  abandoned: string[];
  /** Old sites already set aside to be deleted. */
  old: string[];
}

/**
 * What lies beside `out` that no running build needs: every version but the
 * published one, the folders and links of builds whose process is gone
 * (killed, or the machine stopped), and old sites being deleted. Only names
 * of the forms above are looked at, so nothing else beside `out` is touched.
 */
export function leftovers(out: string): Leftovers {
  const dir = path.dirname(out);
  const prefix = `${path.basename(out)}.`;
  const published = publishedVersion(out);
  const found: Leftovers = { versions: [], abandoned: [], old: [] };
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const kind = /^(site|tmp|link|old)-(.+)$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (!kind) continue;
    const [, form, rest] = kind;
    if (form === 'site' && name !== published) found.versions.push(path.join(dir, name));
    else if (form === 'old') found.old.push(path.join(dir, name));
    else if ((form === 'tmp' || form === 'link') && !processAlive(Number(rest)))
      found.abandoned.push(path.join(dir, name));
  }
  return found;
}
