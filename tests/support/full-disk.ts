/**
 * Loaded with --import into a build to play a full disk: once the build has
 * written TRIANGULATE_TEST_FULL_DISK_AFTER files into its temporary site
 * folder, every further write there fails with ENOSPC, as on a disk that
 * has filled up. Only for tests: nothing in src/ knows of it.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const allowed = Number(process.env.TRIANGULATE_TEST_FULL_DISK_AFTER ?? 0);
let written = 0;
const full = (file: unknown) => /\.tmp-\d+/.test(String(file)) && ++written > allowed;
const noSpace = (file: unknown) =>
  Object.assign(new Error(`ENOSPC: no space left on device, write '${String(file)}'`), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
    path: String(file),
  });

const { writeFileSync } = fs;
fs.writeFileSync = ((file: fs.PathOrFileDescriptor, ...rest: never[]) => {
  if (full(file)) throw noSpace(file);
  return writeFileSync(file, ...(rest as [never]));
}) as typeof fs.writeFileSync;
const { writeFile } = fs.promises;
fs.promises.writeFile = (async (file: fs.PathLike, ...rest: never[]) => {
  if (full(file)) throw noSpace(file);
  return writeFile(file, ...(rest as [never]));
}) as typeof fs.promises.writeFile;
syncBuiltinESMExports();
