// Runs the project's CLI in a child process, as an editor would from a shell.
import { execFile } from 'node:child_process';
import { CLI } from './paths.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node src/launch.mjs ARGS…` (what the npm scripts run, without their speed flags); resolves (never rejects) with the exit code and what it printed. */
export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const argv = [CLI, ...args];
    execFile(process.execPath, argv, { maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Like runCli, but a failure is an error that carries the end of what the command printed. */
export async function runCliOrThrow(args: string[]): Promise<CliRun> {
  const run = await runCli(args);
  if (run.code !== 0) {
    const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-12).join('\n');
    throw new Error(`triangulate ${args.slice(0, 2).join(' ')} … exited with ${run.code}:\n${tail}`);
  }
  return run;
}
