import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FRONT_MATTER_LIMIT, parseFrontMatter } from '../../src/load/front-matter.ts';

const rules = (text: string) =>
  parseFrontMatter('a.md', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`);

describe('parseFrontMatter', () => {
  it('returns YAML data, the body and the line the body starts on', () => {
    const fm = parseFrontMatter('a.md', '---\nheadline: Hi\ndate: 2024-08-14\n---\n\nBody\n');
    assert.deepEqual(fm.data, { headline: 'Hi', date: '2024-08-14' });
    assert.equal(fm.body, '\nBody\n');
    assert.equal(fm.bodyLine, 5);
    assert.deepEqual(fm.diagnostics, []);
  });

  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    assert.equal(
      typeof (parseFrontMatter('a.md', '---\ndate: 2024-08-14\n---\nx').data as { date: unknown }).date,
      'string',
    );
  });

  it('refuses every non-YAML language without running it', () => {
    for (const lang of ['js', 'javascript', 'coffee', 'JS', 'toml', 'json']) {
      const g = globalThis as { pwned?: boolean };
      const fm = parseFrontMatter('a.md', `---${lang}\n{ a: (globalThis.pwned = true) }\n---\nbody`);
      assert.deepEqual(
        fm.diagnostics.map((d) => d.rule),
        ['frontmatter/language'],
        lang,
      );
      assert.equal(g.pwned, undefined);
    }
  });

  it('accepts an explicit ---yaml opener', () => {
    assert.deepEqual(rules('---yaml\na: 1\n---\nbody'), []);
  });

  it('refuses anchors, aliases and merge keys at their positions', () => {
    assert.deepEqual(rules('---\na: &x 1\nb: *x\n---\nbody'), ['2:7 yaml/alias', '3:4 yaml/alias']);
    assert.deepEqual(rules('---\nbase: {a: 1}\nc:\n  <<: {b: 2}\n---\nbody'), ['4:3 yaml/merge-key']);
  });

  it('reports aliases once per line, so a "billion laughs" stays readable', () => {
    assert.deepEqual(rules('---\na: &a [x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b]\n---\nbody'), [
      '2:7 yaml/alias',
      '3:7 yaml/alias',
      '4:5 yaml/alias',
    ]);
  });

  it('treats __proto__ as an ordinary key', () => {
    const fm = parseFrontMatter('a.md', '---\n__proto__: { polluted: true }\n---\nbody');
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
    assert.equal(Object.getPrototypeOf(fm.data), Object.prototype);
    assert.ok(Object.hasOwn(fm.data as object, '__proto__'));
  });

  it('reports duplicate keys and syntax errors with positions', () => {
    assert.deepEqual(rules('---\na: 1\na: 2\n---\nbody'), ['3:1 yaml/syntax']);
  });

  it('caps the front matter size', () => {
    assert.deepEqual(rules(`---\na: "${'x'.repeat(FRONT_MATTER_LIMIT)}"\n---\nbody`), ['1:1 frontmatter/too-large']);
  });

  it('survives pathological nesting with a located error', () => {
    const deep = `---\na: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nbody`;
    const fm = parseFrontMatter('a.md', deep);
    assert.ok(fm.diagnostics.length >= 1);
  });

  it('reports missing and unclosed front matter', () => {
    assert.deepEqual(rules('no front matter'), ['1:1 frontmatter/missing']);
    assert.deepEqual(rules('---\na: 1\nbody'), ['1:1 frontmatter/unclosed']);
  });

  it('returns fresh objects for identical input (no shared gray-matter cache)', () => {
    const text = '---\nlist: [1]\n---\nbody';
    const a = parseFrontMatter('a.md', text).data as { list: number[] };
    a.list.push(2);
    assert.deepEqual((parseFrontMatter('a.md', text).data as { list: number[] }).list, [1]);
  });
});
