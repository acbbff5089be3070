import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brokenInternalLinks } from '../support/links.ts';

// The link gate itself runs on the real site in tests/cli/build.test.ts; this
// shows on a hand-made site that it reports each kind of break and nothing else.
describe('the internal link checker', () => {
  let site: string;
  before(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'triangulate-links-'));
    const pages: Record<string, string> = {
      'index.html': `<link rel="stylesheet" href="/assets/style.css"><h2 id="top-stories">x</h2>
        <a href="/a/">ok</a> <a href="a/#x">ok</a> <a href="#top-stories">ok</a> <a href="#">ok</a> <a href="/a/?q=1&amp;r=2">ok</a>
        <a href="https://example.org/missing/">external</a> <a href="mailto:x@example.org">mail</a>
        <a href="/missing/">bad</a> <a href="/a/#nope">bad</a> <img src="/assets/nope.png" alt=""> <a href="/empty/">bad</a> <a href="/..%2F..%2Fetc%2Fhosts">bad</a>`,
      'a/index.html':
        '<p id="x"><a href="../">ok</a> <a href="../#gone">bad</a> <a href="/assets/style.css#x">bad</a></p>',
      'assets/style.css': 'body{}',
      'empty/readme.txt': '',
    };
    for (const [file, text] of Object.entries(pages)) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), text);
    }
  });
  after(() => rm(site, { recursive: true, force: true }));

  it('reports missing files, missing ids and folders without an index, and nothing else', async () => {
    assert.deepEqual(await brokenInternalLinks(site), [
      'a/index.html → ../#gone (no id "gone" there)',
      'a/index.html → /assets/style.css#x (no id "x" there)',
      'index.html → /missing/ (no such file)',
      'index.html → /a/#nope (no id "nope" there)',
      'index.html → /assets/nope.png (no such file)',
      'index.html → /empty/ (no such file)',
      'index.html → /..%2F..%2Fetc%2Fhosts (no such file)',
    ]);
  });
});
