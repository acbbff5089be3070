import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scriptJson, stripControl, stripControlDeep } from '../../src/text/safe-text.ts';
import { absoluteUrls, siteOrigin } from '../../src/config/site-address.ts';
import { HOSTILE } from '../support/hostile-text.ts';

describe('text for feeds and JSON-LD', () => {
  it('strips C0 (but tab and line breaks), DEL, C1, lone surrogates and noncharacters, and keeps real text', () => {
    assert.equal(stripControl(HOSTILE), 'abcdefghijklmnop');
    assert.equal(stripControl('tab\tline\ncr\r “quotes” 😀 Зеленський'), 'tab\tline\ncr\r “quotes” 😀 Зеленський');
  });

  it('strips every string in a value, keys too', () => {
    assert.deepEqual(stripControlDeep({ ['k\u0001']: ['x\u0085', 1, null, { y: '\ud800z' }] }), {
      k: ['x', 1, null, { y: 'z' }],
    });
  });

  it('writes JSON that cannot end its <script> element and parses back to the same value', () => {
    const value = { text: '</script><script>alert(1)</script> <!-- & \u2028\u2029' };
    const json = scriptJson(value);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(json), value);
  });
});

describe('the site address setting', () => {
  it('defaults to a reserved domain and joins the base path', () => {
    assert.equal(siteOrigin(undefined, '/'), 'https://example.org');
    const abs = absoluteUrls(siteOrigin('https://news.example.com', '/news/'), '/news/');
    assert.equal(abs('/articles/a/'), 'https://news.example.com/news/articles/a/');
    assert.equal(abs('/'), 'https://news.example.com/news/');
  });

  it('accepts the sub-path in the address when it agrees with the base', () => {
    assert.equal(siteOrigin('https://o.github.io/repo/', '/repo/'), 'https://o.github.io');
    assert.throws(() => siteOrigin('https://o.github.io/repo/', '/'), /ends in \/repo\/ but the base path is \//);
  });

  it('refuses what is not an http(s) address', () => {
    for (const bad of [
      'example.org',
      'ftp://example.org',
      'https://u:p@example.org',
      'https://example.org/?q=1',
      'javascript:alert(1)',
    ])
      assert.throws(() => siteOrigin(bad, '/'), /TRIANGULATE_SITE_URL/, bad);
  });
});
