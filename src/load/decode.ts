import { NOT_TEXT } from '../text/safe-text.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

/** Articles larger than this are refused unread: no real article comes near it. */
export const FILE_LIMIT = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes to text: UTF-8 only (a BOM is dropped), CRLF and CR become LF so
 * line numbers agree with every editor. Control characters are reported at
 * their position (the first of each line), the text is still returned so
 * that the file's other problems are reported too.
 */
export function decodeText(file: string, bytes: Uint8Array): { text?: string; diagnostics: Diagnostic[] } {
  const start = { line: 1, column: 1 };
  if (bytes.length > FILE_LIMIT) {
    return {
      diagnostics: [
        diagnostic(file, start, 'load/too-large', { size: String(bytes.length), limit: String(FILE_LIMIT) }),
      ],
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { diagnostics: [diagnostic(file, positionOfByte(bytes, nul), 'load/binary')] };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { diagnostics: [diagnostic(file, positionOfByte(bytes, firstInvalidUtf8(bytes)), 'load/not-utf8')] };
  }
  text = text.replace(/\r\n?/g, '\n');
  return { text, diagnostics: controlCharacters(file, text) };
}

function controlCharacters(file: string, text: string): Diagnostic[] {
  if (!NOT_TEXT.test(text)) return [];
  const found: Diagnostic[] = [];
  text.split('\n').forEach((line, i) => {
    const m = NOT_TEXT.exec(line);
    if (m)
      found.push(
        diagnostic(file, { line: i + 1, column: m.index + 1 }, 'load/control-char', {
          code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
        }),
      );
  });
  return found;
}

/** Line and (byte) column of a byte; LF, CRLF and a lone CR each end a line, as in the decoded text. */
function positionOfByte(bytes: Uint8Array, index: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/**
 * Index of the first byte of the first sequence the UTF-8 decoder refuses:
 * a stray or missing continuation byte, and also the well-formed-looking
 * sequences UTF-8 forbids (overlong forms such as C0 BC for "<", encoded
 * surrogates as in CESU-8/WTF-8 such as ED A0 80, code points past U+10FFFF).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >> 4 === 14 ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] ?? 0;
    // The second byte's allowed range narrows after E0 (overlong), ED (surrogates), F0 (overlong) and F4 (> U+10FFFF).
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return 0;
}
