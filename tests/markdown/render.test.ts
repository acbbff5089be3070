import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { neutralise, parseMarkdown, renderHtml } from '../../src/markdown/render.ts';

const render = (md: string) => {
  const tree = parseMarkdown(md);
  const findings = neutralise(tree);
  return { html: renderHtml(tree), findings: findings.map((f) => `${f.kind}@${f.line}:${f.column}`) };
};

describe('rendering', () => {
  it('shows raw HTML as text and reports it at its position', () => {
    const { html, findings } = render('Hello\n\n<script>alert(1)</script>\n\nA <b onclick="x()">bold</b> word');
    assert.deepEqual(findings, ['raw-html@3:1', 'raw-html@5:3', 'raw-html@5:24']);
    assert.doesNotMatch(html, /<script|<b /);
    assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
  });

  it('turns non-http(s)/mailto links into their text', () => {
    const { html, findings } = render(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](data:text/html,x) [d](https://example.org/) [e](mailto:x@example.org)',
    );
    assert.deepEqual(findings, ['unsafe-link@1:1', 'unsafe-link@1:26', 'unsafe-link@1:44']);
    assert.doesNotMatch(html, /javascript|data:/i);
    assert.match(html, /href="https:\/\/example.org\/"/);
    assert.match(html, /href="mailto:x@example.org"/);
  });

  it('keeps sanitising what it renders (ids are prefixed, classes limited)', () => {
    const { html } = render('```js" onmouseover="x\ncode\n```');
    assert.doesNotMatch(html, /onmouseover/);
  });
});
