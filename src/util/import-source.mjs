// How the launcher and each worker thread load a TypeScript module of src/.
// Started by the launcher, the program runs from its bundle (see
// src/launch.mjs), which holds a compiled copy of the CLI and of each module
// a worker runs: loading it costs no TypeScript loader. Otherwise (no bundle
// could be made, tests, the API) tsx is registered here, as worker threads
// do not inherit the main thread's loader.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Imports the module at `url` (a .ts file of src/), compiled if the launcher made it so. */
export async function importSource(url) {
  const compiled = process.env.TRIANGULATE_COMPILED;
  if (compiled) {
    const js = path.join(compiled, path.relative(SRC, fileURLToPath(url)).replace(/\.ts$/, '.js'));
    if (existsSync(js)) return import(pathToFileURL(js).href);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(url);
}
