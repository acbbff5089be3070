import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

/** Articles larger than this are refused unread: no real article comes near it. */
export const FILE_LIMIT = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes to text: UTF-8 only (a BOM is dropped), CRLF and CR become LF so
 * line numbers agree with every editor. Control characters other than tab
 * and newline are removed later by the renderer's escaping, never executed.
 */
export function decodeText(file: string, bytes: Uint8Array): { text?: string; diagnostics: Diagnostic[] } {
  const start = { line: 1, column: 1 };
  if (bytes.length > FILE_LIMIT) {
    return { diagnostics: [diagnostic(file, start, 'load/too-large', { size: String(bytes.length), limit: String(FILE_LIMIT) })] };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { diagnostics: [diagnostic(file, positionOfByte(bytes, nul), 'load/binary')] };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { diagnostics: [diagnostic(file, positionOfByte(bytes, firstInvalidUtf8(bytes)), 'load/not-utf8')] };
  }
  return { text: text.replace(/\r\n?/g, '\n'), diagnostics: [] };
}

function positionOfByte(bytes: Uint8Array, index: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}
