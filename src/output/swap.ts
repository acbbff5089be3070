import { lstat, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { linkDraft, newVersionFolder, trashName } from './site-folders.ts';
import { sweepLeftovers } from './sweep.ts';

/** Errors of a file system that cannot hold symbolic links (FAT, some network shares). */
const NO_SYMLINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EINVAL']);

/**
 * Publishes the finished site folder `tmp` as `out`. `out` is a symbolic
 * link to a version folder beside it (dist → dist.site-…), and publishing
 * renames a new link over it: one rename, so at every moment `out` is a
 * whole site, the old one or the new one, even if the build is killed half
 * way. Static hosts and upload tools read the folder through the link. The
 * earlier version is then deleted in the background (see sweep.ts).
 */
export async function publishSite(tmp: string, out: string): Promise<void> {
  const version = newVersionFolder(out);
  await rename(tmp, version);
  try {
    await pointTo(version, out);
  } catch (err) {
    await rm(version, { recursive: true, force: true });
    throw err;
  }
  sweepLeftovers(out);
}

/** Makes `out` the link to `version`, in one rename of a link over it. */
async function pointTo(version: string, out: string): Promise<void> {
  const link = linkDraft(out);
  await rm(link, { force: true });
  try {
    await symlink(path.basename(version), link, 'dir');
  } catch (err) {
    if (!NO_SYMLINKS.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    return replaceFolder(version, out);
  }
  // A link cannot be renamed over a folder: a plain dist/ (from before sites were linked) is moved
  // aside first. That first build after the change is the only time `out` is missing, for one rename.
  const aside = (await isPlainFolder(out)) ? trashName(out) : undefined;
  if (aside) await rename(out, aside);
  try {
    await rename(link, out);
  } catch (err) {
    if (aside) await rename(aside, out);
    await rm(link, { force: true });
    throw err;
  }
}

const isPlainFolder = async (p: string) => (await lstat(p).catch(() => undefined))?.isDirectory() ?? false;

/**
 * Where links cannot be made, `out` stays a plain folder, replaced in two
 * renames; should the build be stopped between them, the next build
 * publishes again.
 */
async function replaceFolder(version: string, out: string): Promise<void> {
  const aside = (await lstat(out).catch(() => undefined)) ? trashName(out) : undefined;
  if (aside) await rename(out, aside);
  try {
    await rename(version, out);
  } catch (err) {
    if (aside) await rename(aside, out);
    throw err;
  }
}
