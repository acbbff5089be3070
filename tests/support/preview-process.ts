import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { LAUNCHER, REPO } from './helpers.ts';

/** A port nothing listens on now, found by letting the system choose one. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** `npm start` as an editor runs it, in a child process: the preview of `root` on `port`. */
export const startPreview = (root: string, port: number) =>
  spawn(process.execPath, [LAUNCHER, 'preview', '--root', root, '--port', String(port)], { cwd: REPO });
