import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeProject, removeProject, REPO } from '../support/helpers.ts';

/**
 * What one article may cost. Each worst case runs alone in a child process
 * with a heap limit, so memory is bounded by construction; the time bound
 * is CPU time, a generous multiple of what the work takes (quadratic work
 * took minutes), so a loaded machine does not make it fail.
 */
const HEAP_MB = 768;
const CPU_BOUND_MS = 60_000;

const FRONT = '---\nheadline: A worst case\npublisher: cnn\ndate: 2024-08-14\nlanguage: en\n---\n\n';
const SYLLABLES = 'ka lo mi ren tas vol bex dor fin gul hap jur nes pim quo sat tup wel yan zor'.split(' ');

/** A made-up capitalised word of `length` syllables, distinct for each n below 20 ** length. */
function word(n: number, length: number): string {
  let w = '';
  for (let i = 0; i < length; i++, n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
  return w[0]!.toUpperCase() + w.slice(1);
}

interface Outcome {
  cpuMs: number;
  diagnostics: string[];
  paragraphs: number;
  people: number;
  links: number;
}

function processAlone(root: string, file: string): Promise<Outcome> {
  const child = path.join(REPO, 'tests/support/process-one-article.ts');
  const args = [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', child, root, file];
  return new Promise((resolve, reject) =>
    execFile(process.execPath, args, { cwd: REPO, timeout: 600_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr.slice(-2000)}`)) : resolve(JSON.parse(stdout) as Outcome),
    ),
  );
}

describe('one article costs time and memory near-linear in its size', () => {
  let root: string;
  before(async () => {
    root = await makeProject({});
    await mkdir(path.join(root, 'articles'));
  });
  after(() => removeProject(root));

  it('names 20,000 people no registry knows, in one paragraph', { timeout: 700_000 }, async (t) => {
    const names = Array.from({ length: 20_000 }, (_, k) => `Dr. ${word(k * 7 + 3, 2)} ${word(k, 4)} said it.`);
    await writeFile(path.join(root, 'articles/many-people.md'), `${FRONT}${names.join(' ')}\n`);
    const got = await processAlone(root, 'articles/many-people.md');
    assert.deepEqual(got.diagnostics, []);
    // Made-up names alike enough are read as spellings of one person: most stay apart.
    assert.ok(got.people > 10_000, `${got.people} people`);
    assert.ok(got.links >= 20_000, `every name linked: ${got.links}`);
    t.diagnostic(`${got.cpuMs} ms of CPU`);
    assert.ok(got.cpuMs < CPU_BOUND_MS, `${got.cpuMs} ms of CPU`);
  });

  it('is 1.9 MB of emphasis over short paragraphs', { timeout: 700_000 }, async (t) => {
    const paragraphs: string[] = [];
    for (let i = 0, size = 0; size < 1_900_000; i++) {
      paragraphs.push(`*${word(i, 2)}* **${word(i + 1, 2)}** _x_`);
      size += paragraphs.at(-1)!.length + 2;
    }
    await writeFile(path.join(root, 'articles/emphasis.md'), `${FRONT}${paragraphs.join('\n\n')}\n`);
    const got = await processAlone(root, 'articles/emphasis.md');
    assert.deepEqual(got.diagnostics, []);
    assert.equal(got.paragraphs, paragraphs.length);
    t.diagnostic(`${got.cpuMs} ms of CPU`);
    assert.ok(got.cpuMs < CPU_BOUND_MS, `${got.cpuMs} ms of CPU`);
  });
});
