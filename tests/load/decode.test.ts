import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText, FILE_LIMIT } from '../../src/load/decode.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('drops a BOM and normalises CRLF and CR to LF', () => {
    assert.equal(decodeText('a.md', enc('\uFEFFa\r\nb\rc')).text, 'a\nb\nc');
  });

  it('locates the first byte that is not UTF-8', () => {
    const [d] = decodeText('a.md', new Uint8Array([0x61, 0x0a, 0x62, 0x63, 0xe9, 0x0a])).diagnostics;
    assert.deepEqual([d?.rule, d?.line, d?.column], ['load/not-utf8', 2, 3]);
  });

  it('refuses binary and oversized files', () => {
    assert.equal(decodeText('a.md', new Uint8Array([0x61, 0, 0x62])).diagnostics[0]?.rule, 'load/binary');
    assert.equal(decodeText('a.md', new Uint8Array(FILE_LIMIT + 1).fill(0x61)).diagnostics[0]?.rule, 'load/too-large');
  });
});
