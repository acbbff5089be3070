import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveBuildConfig } from './config/config.ts';
import { UsageError, UserError } from './diagnostics/errors.ts';
import { terminal } from './commands/reporter.ts';
import { StageClock } from './util/stage-clock.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

interface Command {
  /** How editors run it. */
  run: string;
  summary: string;
  options: Options;
  /** Option help, in the order shown. */
  help: [string, string][];
  positionals?: string;
  main: (values: Values, positionals: string[]) => Promise<number>;
}

const root = { root: { type: 'string' } } as const;
const common: [string, string][] = [
  ['--root DIR', 'the project folder (default: the current folder)'],
  ['--debug', 'on an internal error, print its stack trace'],
  ['-h, --help', 'show this help'],
];

// Each command's modules are imported when it runs: the start-up of one command (and of a build with
// nothing to do) does not pay for loading the others'.
const commands: Record<string, Command> = {
  build: {
    run: 'npm run build --',
    summary:
      'Validates every article and registry, then builds the site into dist/ (the previous site stays if it fails).',
    options: {
      ...root,
      out: { type: 'string' },
      base: { type: 'string' },
      'no-cache': { type: 'boolean' },
      workers: { type: 'string' },
      timings: { type: 'string' },
      'allow-empty': { type: 'boolean' },
    },
    help: [
      ['--out DIR', 'where the site goes (default: dist)'],
      ['--base /sub/path/', 'the sub-path the site is served under (or TRIANGULATE_BASE)'],
      ['--no-cache', 'process every article and write every page again'],
      ['--workers N', 'worker threads for the per-article work (default: one per core)'],
      ['--timings FILE', 'write the time of each stage, CPU time and peak memory as JSON ("-": on stdout)'],
      ['--allow-empty', 'publish a site without articles in place of one with articles'],
      ...common,
    ],
    main: async (v) => {
      const { build } = await import('./commands/build.ts');
      const clock = new StageClock();
      const code = await build(buildConfig(v), terminal, clock);
      if (typeof v.timings === 'string') writeTimings(v.timings, clock);
      return code;
    },
  },
  check: {
    run: 'npm run check --',
    summary: 'Validates every article and registry and prints every problem; builds nothing.',
    options: { ...root, workers: { type: 'string' } },
    help: [['--workers N', 'worker threads (default: one per core)'], ...common],
    main: async (v) => (await import('./commands/build.ts')).check(buildConfig(v), terminal),
  },
  preview: {
    run: 'npm start --',
    summary: 'Builds the site, serves it on 127.0.0.1 and rebuilds when articles or registries change.',
    options: { ...root, port: { type: 'string' }, 'allow-empty': { type: 'boolean' } },
    help: [
      ['--port N', 'the port to serve on (default: 8080)'],
      ['--allow-empty', 'publish a site without articles in place of one with articles'],
      ...common,
    ],
    main: async (v) =>
      (await import('./commands/preview.ts')).preview(buildConfig(v), terminal, integer(v, 'port', 1, 65535) ?? 8080),
  },
  import: {
    run: 'npm run import --',
    summary:
      'Turns raw texts (.txt), saved web pages (.html), page addresses or folders of them into articles/<slug>.md, ' +
      'checked as npm run check would check them.',
    positionals: 'FILE|FOLDER|ADDRESS…',
    options: {
      ...root,
      slug: { type: 'string' },
      headline: { type: 'string' },
      'headline-line': { type: 'string' },
      publisher: { type: 'string' },
      date: { type: 'string' },
      force: { type: 'boolean' },
    },
    help: [
      ['--slug SLUG', 'the file name, for one input (default: made from the headline)'],
      ['--headline TEXT', "the article's headline, for one input (a page's: the one it states)"],
      ['--headline-line N', 'take the headline of a raw text from its line N'],
      ['--publisher ID', "a source id from registries/sources.yaml (a page's: matched by its domain)"],
      ['--date YYYY-MM-DD', "the publication date, if the text states it (a page's: the one it states)"],
      ['--force', 'import again what is already present, overwriting articles/<slug>.md'],
      ...common,
    ],
    main: async (v, positionals) =>
      (await import('./commands/import.ts')).importArticles({
        root: path.resolve(str(v.root) ?? '.'),
        inputs: positionals,
        options: {
          slug: str(v.slug),
          headline: str(v.headline),
          headlineLine: integer(v, 'headline-line', 1, 1_000_000),
          publisher: str(v.publisher),
          date: str(v.date),
          force: v.force === true,
        },
        ...terminal,
      }),
  },
};

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** A whole-number option within [min, max], or undefined when not given. */
function integer(values: Values, name: string, min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}; got "${String(raw)}"`);
  return n;
}

const buildConfig = (v: Values) =>
  resolveBuildConfig({
    root: str(v.root),
    out: str(v.out),
    base: str(v.base),
    cache: !v['no-cache'],
    workers: integer(v, 'workers', 0, 64),
    allowEmpty: v['allow-empty'] === true,
  });

/** For the benchmark: stage times, CPU time and peak memory of this process (outside the site). */
function writeTimings(file: string, clock: StageClock): void {
  const cpu = process.cpuUsage();
  const timings = {
    stages: clock.ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  const json = `${JSON.stringify(timings, null, 2)}\n`;
  if (file === '-') process.stdout.write(json);
  else writeFileSync(file, json);
}

function usage(c: Command): string {
  const width = Math.max(...c.help.map(([o]) => o.length));
  const lines = c.help.map(([o, text]) => `  ${o.padEnd(width)}  ${text}`);
  return [
    `usage: ${c.run}${c.positionals ? ` ${c.positionals}` : ''} [options]`,
    '',
    c.summary,
    '',
    'options:',
    ...lines,
  ].join('\n');
}

function parse(name: string, c: Command, args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: !!c.positionals,
      strict: true,
      options: { ...c.options, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    const option = /'(-[^']*)'/.exec((err as Error).message)?.[1];
    const what =
      (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option ${option}`
        : (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `unexpected argument ${option ?? /'([^']*)'/.exec((err as Error).message)?.[1] ?? ''}`.trim()
          : (err as Error).message.split('.')[0]!;
    throw new UsageError(`${name}: ${what}; see ${c.run} --help`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [name = '', ...rest] = argv;
  const command = commands[name];
  if (!command) {
    const list = Object.entries(commands).map(
      ([n, c]) => `  ${c.run.replace(/ --$/, '').padEnd(18)} ${n}: ${c.summary}`,
    );
    terminal.error([`unknown command "${name}"; the commands are:`, ...list].join('\n'));
    return 2;
  }
  const debug = rest.includes('--debug');
  try {
    const { values, positionals } = parse(name, command, rest);
    if (values.help) {
      terminal.log(usage(command));
      return 0;
    }
    return await command.main(values, positionals);
  } catch (err) {
    if (err instanceof UserError) {
      terminal.error(err.message);
      return err.exitCode;
    }
    terminal.error(`internal error: ${(err as Error).message}`);
    terminal.error(
      debug ? ((err as Error).stack ?? '') : 'run again with --debug for the details, and please report it',
    );
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
