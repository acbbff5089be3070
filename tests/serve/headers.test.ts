import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headersFor, parseHeaders } from '../../src/serve/headers.ts';

describe('the _headers reader of the static server', () => {
  const rules = parseHeaders(`# comment
/*
  X-One: 1
  Content-Security-Policy: default-src 'self'; img-src 'self' data:
/articles/:slug/
  X-Two: 2
/assets/*
  X-One: 3
`);

  it('applies every rule whose pattern matches, in file order', () => {
    assert.deepEqual(headersFor(rules, '/'), {
      'x-one': '1',
      'content-security-policy': "default-src 'self'; img-src 'self' data:",
    });
    assert.deepEqual(headersFor(rules, '/articles/a-b/'), {
      'x-one': '1',
      'content-security-policy': "default-src 'self'; img-src 'self' data:",
      'x-two': '2',
    });
    assert.equal(headersFor(rules, '/articles/a/b/')['x-two'], undefined, ':slug is one segment');
    assert.equal(headersFor(rules, '/assets/style.css')['x-one'], '1, 3');
  });

  it('refuses a header line outside any path', () => {
    assert.throws(() => parseHeaders('  X-One: 1\n'), /line 1/);
  });
});
