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

  it('locates forbidden sequences that look well formed: overlong "<", CESU-8 surrogates, past U+10FFFF, after lone-CR lines', () => {
    const at = (bytes: number[]) =>
      decodeText('a.md', new Uint8Array(bytes)).diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`);
    assert.deepEqual(at([0x61, 0x0a, 0x62, 0xc0, 0xbc]), ['load/not-utf8 2:2']);
    assert.deepEqual(at([0x61, 0x0d, 0x62, 0xed, 0xa0, 0x80]), ['load/not-utf8 2:2']);
    assert.deepEqual(at([0xf4, 0x90, 0x80, 0x80]), ['load/not-utf8 1:1']);
    assert.deepEqual(at([0x61, 0xe0, 0x80, 0xbc]), ['load/not-utf8 1:2']);
  });

  it('reports control characters and noncharacters at their place, once per line, and still returns the text', () => {
    const r = decodeText('a.md', enc('ok\tok\na\u0001b\u007f\nc\u009bd\ne\uFFFEf\n'));
    assert.deepEqual(
      r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message.slice(0, 34)}`),
      [
        '2:2 invisible control character U+0001',
        '3:2 invisible control character U+009B',
        '4:2 invisible control character U+FFFE',
      ],
    );
    assert.equal(r.text?.split('\n').length, 5);
  });

  it('refuses binary and oversized files', () => {
    assert.equal(decodeText('a.md', new Uint8Array([0x61, 0, 0x62])).diagnostics[0]?.rule, 'load/binary');
    assert.equal(decodeText('a.md', new Uint8Array(FILE_LIMIT + 1).fill(0x61)).diagnostics[0]?.rule, 'load/too-large');
  });
});
