import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_DEPTH, MAX_MARKS, markdownLimits } from '../../src/validate/markdown-limits.ts';

const found = (body: string) => markdownLimits(body).map((f) => `${f.rule} ${f.line}:${f.column}`);

describe('markdownLimits', () => {
  it('lets ordinary nesting, long lists and escaped marks through', () => {
    assert.deepEqual(found('> a\n> > b\n\n- a\n  - b\n    1. c\n'), []);
    assert.deepEqual(
      found(Array.from({ length: 400 }, (_, i) => `- [item ${i}](https://example.org/${i})`).join('\n')),
      [],
    );
    assert.deepEqual(found('\\['.repeat(MAX_MARKS * 2)), []);
    assert.deepEqual(found(`${'> '.repeat(MAX_DEPTH)}x`), []);
  });

  it('refuses quotes, lists and indentation nested past the limit, at the line that does it', () => {
    assert.deepEqual(found(`a\n${'>'.repeat(MAX_DEPTH + 1)} x`), ['body/too-deep 2:1']);
    assert.deepEqual(found(`${'- '.repeat(5000)}x`).slice(0, 1), ['body/too-deep 1:1']);
    assert.deepEqual(found(Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n')), [
      'body/too-deep 33:1',
    ]);
  });

  it('refuses brackets nested past the limit and paragraphs with too many marks', () => {
    assert.deepEqual(found(`x ${'!['.repeat(MAX_DEPTH + 1)}`), [`body/too-deep 1:${2 * MAX_DEPTH + 4}`]);
    assert.deepEqual(found(`a\n\nb\n${'*_'.repeat(MAX_MARKS)}`), ['body/too-complex 3:1']);
  });
});
