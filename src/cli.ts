import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { build } from './commands/build.ts';
import { preview } from './commands/preview.ts';
import { StageClock } from './util/stage-clock.ts';
import { importText } from './commands/import.ts';
import { siteOrigin, SITE_URL_VARIABLE } from './config/site-address.ts';

const usage = `usage:
  triangulate build  [--root DIR] [--out DIR] [--base /sub/path/] [--timings FILE] [--no-cache] [--workers N]   (absolute address: TRIANGULATE_SITE_URL)
  triangulate check  [--root DIR]
  triangulate preview [--root DIR] [--port 8080]
  triangulate import FILE [--root DIR] [--slug SLUG] [--headline TEXT | --headline-line N] [--publisher ID] [--date YYYY-MM-DD] [--force]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      root: { type: 'string', default: '.' },
      out: { type: 'string' },
      base: { type: 'string', default: process.env.TRIANGULATE_BASE ?? '/' },
      slug: { type: 'string' },
      headline: { type: 'string' },
      'headline-line': { type: 'string' },
      publisher: { type: 'string' },
      date: { type: 'string' },
      force: { type: 'boolean', default: false },
      timings: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      workers: { type: 'string' },
      port: { type: 'string', default: '8080' },
    },
  });
  const root = path.resolve(values.root);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const error = (line: string) => process.stderr.write(`${line}\n`);
  switch (command) {
    case 'build':
    case 'check': {
      // A wrong site address is the user's to fix: say so before any work, not as an internal error while writing.
      siteOrigin(process.env[SITE_URL_VARIABLE], values.base);
      const clock = new StageClock();
      const code = await build({
        root,
        out: path.resolve(root, values.out ?? 'dist'),
        pathPrefix: values.base,
        checkOnly: command === 'check',
        log,
        error,
        clock,
        cache: !values['no-cache'],
        workers: values.workers === undefined ? undefined : Number(values.workers),
      });
      // For the benchmark: stage times, CPU time and peak memory of this process (outside the site).
      if (values.timings) {
        const cpu = process.cpuUsage();
        await writeFile(
          values.timings,
          `${JSON.stringify({ stages: clock.ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMB: process.resourceUsage().maxRSS / 1024 }, null, 2)}\n`,
        );
      }
      return code;
    }
    case 'preview':
      return preview({
        root,
        out: path.resolve(root, values.out ?? 'dist'),
        pathPrefix: '/',
        checkOnly: false,
        log,
        error,
        port: Number(values.port),
      });
    case 'import':
      return importText({ root, positionals, values, log, error });
    default:
      error(usage);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 2;
  },
);
