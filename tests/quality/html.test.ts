import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { listFiles, makeProject, REPO, removeProject, runBuild, skipWithout } from '../support/helpers.ts';

const VNU = path.join(REPO, 'node_modules/vnu-jar/build/dist/vnu.jar');
const hasJava = () => spawnSync('java', ['-version']).status === 0;

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** vnu names files "file:/abs/path". */
const fileOf = (m: VnuMessage) => decodeURI(m.url?.replace(/^file:/, '') ?? '?');

/** One run of the Nu HTML Checker over all the files (a JVM start costs seconds); its JSON report goes to stderr. */
function vnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 1 << 26 },
      (_error, _stdout, stderr) => {
        try {
          resolve(JSON.parse(stderr).messages);
        } catch {
          reject(new Error(`vnu did not report in JSON: ${stderr}`));
        }
      },
    );
  });
}

describe('HTML validity (Nu HTML Checker)', { skip: skipWithout('HTML validation tests', 'java', hasJava()) }, () => {
  let root: string;
  before(async () => {
    root = await makeProject();
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
  });
  after(() => removeProject(root));

  it('finds no error in any built page', async () => {
    const dist = path.join(root, 'dist');
    const pages = (await listFiles(dist)).filter((f) => f.endsWith('.html'));
    assert.ok(pages.includes('index.html') && pages.includes('404.html'), 'the site was built');
    // A page with a known error goes in the same run, to show the checker really looked.
    const planted = path.join(await mkdtemp(path.join(tmpdir(), 'triangulate-vnu-')), 'planted.html');
    await writeFile(planted, '<!doctype html><html lang="en"><title>x</title><p><div></p>');
    const messages = await vnu([planted, ...pages.map((p) => path.join(dist, p))]).finally(() =>
      rm(path.dirname(planted), { recursive: true }),
    );
    assert.ok(
      messages.some((m) => fileOf(m) === planted),
      `vnu missed the planted error: ${JSON.stringify(messages)}`,
    );
    const errors = messages
      .filter((m) => fileOf(m) !== planted)
      .map((m) => `${path.relative(dist, fileOf(m))}:${m.lastLine}:${m.firstColumn}  ${m.type}  ${m.message}`);
    assert.deepEqual(errors, []);
  });
});
