// The command line as editors run it (npm run build, start, check, import).
// Started through tsx, every module of src/ passes through tsx's loader
// thread on each run, about a second before any work; a bundle of src/ made
// by esbuild once per version of the code starts in a tenth of that. The
// bundle is kept in .cache/compiled/ under a hash of src/'s files, so any
// edit to the code makes a new one on the next run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importSource } from './util/import-source.mjs';

const SRC = path.dirname(fileURLToPath(import.meta.url));
const COMPILED = path.join(SRC, '..', '.cache', 'compiled');
const HOUR = 3600_000;
const CLI = 'cli.ts';
/** The modules worker threads run: compiled as entries of their own, which util/import-source.mjs loads. */
const WORKER_MODULES = ['per-article/worker.ts', 'output/search-index.ts'];

/**
 * The bundle's version: where src/ is (the bundle names its files by their
 * full address), every file in it (names and contents), and the locked
 * dependencies, which the bundle holds a copy of.
 */
function sourceHash() {
  const hash = createHash('sha256').update(SRC).update('\0');
  const lock = path.join(SRC, '..', 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock)).update('\0');
  const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const f of files) hash.update(path.relative(SRC, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Bundles src/cli.ts and the packages it loads with esbuild (see `external`).
 * Each module of src/ and of Eleventy keeps its own file's address as
 * `import.meta.url`, so that the paths it finds from it (the package root,
 * the worker entries, Eleventy's package.json) are the real ones. Written
 * to a fresh folder, then renamed: two first runs at once do not mix files.
 */
async function bundle(into) {
  const { build } = await import('esbuild');
  const tmp = `${into}.tmp-${process.pid}`;
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.ts$|[\\/]node_modules[\\/]@11ty[\\/].*\.js$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replaceAll(
          'import.meta.url',
          JSON.stringify(pathToFileURL(args.path).href),
        ),
        loader: args.path.endsWith('.ts') ? 'ts' : 'js',
      }));
    },
  };
  await build({
    entryPoints: [CLI, ...WORKER_MODULES].map((m) => path.join(SRC, m)),
    outdir: tmp,
    outbase: SRC,
    entryNames: '[dir]/[name]',
    bundle: true,
    // Chunks load as the command needs them: a build with nothing to do never loads Eleventy or the analysis.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The packages the build loads are bundled too: Node resolves, reads and compiles a few hundred small files
    // otherwise (Eleventy alone took 0.6 s to import). Those that start a binary or a worker from their own
    // folder, and those only the preview or the import loads, stay out.
    external: [
      '@11ty/eleventy-dev-server',
      'pagefind',
      'piscina',
      'esbuild',
      'tsx',
      'chokidar',
      'sirv',
      'linkedom',
      '@mozilla/readability',
    ],
    // Bundled CommonJS packages require Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'error',
    plugins: [ownUrl],
  });
  try {
    renameSync(tmp, into);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // the other run's bundle is the same
  }
}

/**
 * The bundle's folder for this version of src/, made first if needed. Versions
 * made over an hour ago are removed then; a run still going on an older
 * version loads its remaining chunks from its own folder.
 */
async function compiledFolder() {
  const version = sourceHash();
  const folder = path.join(COMPILED, version);
  if (!existsSync(path.join(folder, 'cli.js'))) {
    mkdirSync(COMPILED, { recursive: true });
    for (const old of readdirSync(COMPILED)) {
      const at = path.join(COMPILED, old);
      if (Date.now() - statSync(at).mtimeMs > HOUR) rmSync(at, { recursive: true, force: true });
    }
    await bundle(folder);
  }
  return folder;
}

// Eleventy registers a module loader hook for its own watch mode, which the preview does not use (it watches
// the articles and registries itself); without it, modules load without a round trip to the hook's thread.
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= 'true';
// package.json's scripts start Node with three V8 flags, given on the command line because V8 documents changing
// flags once it runs as unsafe: set here, at run time, --no-regexp-tier-up crashed about one run in a hundred
// (SIGSEGV: 9 of 880 imports run in a loop; 0 of 800 with the flags on the command line).
// --heap-growing-percent=50: V8 lets the heap grow to about four times what survived the last full collection
// before it collects again, so a build whose live data peaks near 0.8 GB (10,000 articles) reached 2.7 GB of
// memory, mostly garbage; growing by half at most kept it at 1.6 GB with no more CPU time that the benchmark
// could measure.
// --min-semi-space-size=16: the young generation starts at its usual largest size (16 MB) instead of 1 MB, so
// loading the code and a small build are not interrupted by a few dozen minor collections while it grows: the
// samples build 0.15 s sooner; 10,000 articles build in as much time and memory as before.
// --no-regexp-tier-up: V8 runs a regular expression through its interpreter first and compiles it when it runs
// again, so a build compiled each of the analysis's few hundred expressions twice; compiled at once, the samples
// build 0.2 s sooner.
// Only with --debug do stack traces lead back to src/ (mapping them costs start-up time).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

try {
  process.env.TRIANGULATE_COMPILED = await compiledFolder();
} catch (err) {
  // A read-only checkout or a missing esbuild: the same program, started through tsx.
  console.error(`(running without a compiled bundle: ${err.message})`);
}
// The bundle's cli.js, or src/cli.ts through tsx without one: as worker threads load their modules.
await importSource(pathToFileURL(path.join(SRC, CLI)).href);
