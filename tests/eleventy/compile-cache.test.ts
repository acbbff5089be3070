import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cachedCompile, type Compile } from '../../src/eleventy/compile-cache.ts';

/** A stand-in for Nunjucks' compile that records what it was asked to compile. */
function counting(): { compile: Compile; compiled: string[] } {
  const compiled: string[] = [];
  const compile: Compile = (src, _filters, _extensions, name) => {
    compiled.push(src);
    return `/* ${name} */ return ${JSON.stringify(src)};`;
  };
  return { compile, compiled };
}

describe('cachedCompile', () => {
  it('compiles a source once, in this run and the next, and again when the source changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'njk-'));
    try {
      const first = counting();
      const run1 = cachedCompile(first.compile, dir, 'v1');
      const code = run1('<p>{{ a }}</p>', [], [], 'page.njk', { autoescape: true });
      assert.equal(run1('<p>{{ a }}</p>', [], [], 'page.njk', { autoescape: true }), code);
      assert.deepEqual(first.compiled, ['<p>{{ a }}</p>']);

      const second = counting();
      const run2 = cachedCompile(second.compile, dir, 'v1');
      assert.equal(run2('<p>{{ a }}</p>', [], [], 'page.njk', { autoescape: true }), code);
      assert.deepEqual(second.compiled, [], 'the next run reads the kept code');

      run2('<p>{{ b }}</p>', [], [], 'page.njk', { autoescape: true });
      run2('<p>{{ a }}</p>', [], [], 'page.njk', { autoescape: false });
      cachedCompile(second.compile, dir, 'v2')('<p>{{ a }}</p>', [], [], 'page.njk', { autoescape: true });
      assert.equal(second.compiled.length, 3, 'another source, other options or another Nunjucks compile anew');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compiles afresh what an extension rewrites, and still compiles where nothing can be written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'njk-'));
    try {
      const c = counting();
      const compile = cachedCompile(c.compile, dir, 'v1');
      const rewriting = [{ tags: ['x'], preprocess: (s: string) => s }];
      compile('{% x %}', [], rewriting, 'a.njk', {});
      compile('{% x %}', [], rewriting, 'a.njk', {});
      assert.equal(c.compiled.length, 2);
      assert.deepEqual(readdirSync(dir), []);

      // A folder under a file can never be made, whoever runs the test.
      writeFileSync(path.join(dir, 'file'), '');
      const unwritable = cachedCompile(counting().compile, path.join(dir, 'file', 'sub'), 'v1');
      assert.match(unwritable('<p>x</p>', [], [], 'b.njk', {}), /return "<p>x<\/p>"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
