import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { makeProject, REPO, removeProject, runCli, type Run } from './support/helpers.ts';

/** Each command, how editors run it, and the options its --help must list. */
const COMMANDS = {
  build: { run: 'npm run build --', options: ['--out', '--base', '--no-cache', '--workers', '--timings', '--root'] },
  check: { run: 'npm run check --', options: ['--workers', '--root'] },
  preview: { run: 'npm start --', options: ['--port', '--root'] },
  import: {
    run: 'npm run import --',
    options: ['--slug', '--headline', '--headline-line', '--publisher', '--date', '--force', '--root'],
  },
} as const;

type Name = keyof typeof COMMANDS;
const NAMES = Object.keys(COMMANDS) as Name[];
const COMMON = ['--debug', '-h, --help'];

/** A refused command line: exit code 2, one line on stderr, nothing on stdout, nothing started or written. */
function assertRefused(run: Run, line: string | RegExp): void {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  if (typeof line === 'string') assert.equal(lines[0], line);
  else assert.match(lines[0]!, line);
}

describe('the command line (the real CLI, in child processes)', () => {
  it('every command has --help (and -h) listing its options, and exits 0 without doing anything', async () => {
    const runs = await Promise.all(NAMES.map((name) => runCli([name, '--help'])));
    NAMES.forEach((name, i) => {
      const run = runs[i]!;
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      assert.ok(run.stdout.startsWith(`usage: ${COMMANDS[name].run}`), run.stdout);
      for (const option of [...COMMANDS[name].options, ...COMMON]) {
        assert.match(run.stdout, new RegExp(`^  ${option}\\b`, 'm'), `${name} --help lists ${option}`);
      }
    });
    const [build, preview] = await Promise.all([runCli(['build', '-h']), runCli(['preview', '-h', '--port', '1'])]);
    assert.equal(build.stdout, runs[0]!.stdout);
    assert.equal(preview.stdout, runs[2]!.stdout, 'the help, and no server started');
  });

  it('refuses an unknown option, or one of another command, in one line with exit 2', async () => {
    const cases: [string[], string][] = [
      [['build', '--port', '3'], 'build: unknown option --port; see npm run build -- --help'],
      [['check', '--out', 'x'], 'check: unknown option --out; see npm run check -- --help'],
      [['preview', '--workers', '2'], 'preview: unknown option --workers; see npm start -- --help'],
      [['import', 'x.txt', '--nope'], 'import: unknown option --nope; see npm run import -- --help'],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(args)));
    runs.forEach((run, i) => assertRefused(run, cases[i]![1]));
  });

  it('refuses an argument a command does not take, and an option without its value', async () => {
    const cases: [string[], string | RegExp][] = [
      [['build', 'articles/x.md'], 'build: unexpected argument articles/x.md; see npm run build -- --help'],
      [['preview', '8080'], 'preview: unexpected argument 8080; see npm start -- --help'],
      [
        ['import', 'x.txt', '--slug'],
        /^import: Option '--slug <value>' argument missing; see npm run import -- --help$/,
      ],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(args)));
    runs.forEach((run, i) => assertRefused(run, cases[i]![1]));
  });

  it('validates numeric options before doing anything', async () => {
    const cases: [string[], string][] = [
      [['build', '--workers', 'abc'], '--workers must be a whole number from 0 to 64; got "abc"'],
      [['check', '--workers', '1.5'], '--workers must be a whole number from 0 to 64; got "1.5"'],
      [['preview', '--port', '0'], '--port must be a whole number from 1 to 65535; got "0"'],
      [
        ['import', 'x.txt', '--headline-line', 'first'],
        '--headline-line must be a whole number from 1 to 1000000; got "first"',
      ],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(args)));
    runs.forEach((run, i) => assertRefused(run, cases[i]![1]));
  });

  it("prints the timings on stdout, after the build's summary, for --timings -", async () => {
    const root = await makeProject();
    try {
      const run = await runCli(['build', '--root', root, '--timings', '-']);
      assert.equal(run.code, 0, run.stderr);
      const json = run.stdout.slice(run.stdout.indexOf('\n{') + 1);
      assert.ok(run.stdout.startsWith('Built '), run.stdout);
      assert.ok(JSON.parse(json).cpuMs > 0);
    } finally {
      await removeProject(root);
    }
  });

  it('names the commands when given an unknown one', async () => {
    const run = await runCli(['biuld']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^unknown command "biuld"; the commands are:\n/);
    for (const name of NAMES) assert.match(run.stderr, new RegExp(`^  npm .* ${name}: `, 'm'));
  });

  it('answers npm run build -- --help through npm, as the README says to run it', async () => {
    const run = await new Promise<Run>((resolve) => {
      execFile('npm', ['run', '--silent', 'build', '--', '--help'], { cwd: REPO }, (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.startsWith('usage: npm run build -- [options]'), run.stdout);
    assert.match(run.stdout, /^ {2}--workers N\s+worker threads/m);
  });
});
