/**
 * A body cut into pieces that parse as they would within the whole, so the
 * Markdown parser never holds more than one piece's tokens: it keeps about
 * a kilobyte of them per byte of input, and a 1.9 MB body peaked at 2.7 GB.
 * A cut is made only before a line that starts a new top-level block in any
 * case: after a blank line, outside a fenced code block or an HTML block
 * that spans blank lines, and not indented, quoted or a list item (which
 * could continue a list). A body with a link reference definition is not
 * cut: a reference finds its definition anywhere in the document.
 */

/** The size of a piece, in characters, past which the next possible cut is taken. */
export const CHUNK_SIZE = 16 * 1024;

export interface Chunk {
  text: string;
  /** Lines and characters of the body before the piece. */
  line: number;
  offset: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_BLOCK: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
// What a line must not start with for a cut before it: indentation, a quote, a list item's marker.
const CONTINUES = /^(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$))/;

export function markdownChunks(body: string): Chunk[] {
  if (body.length <= CHUNK_SIZE || body.includes(']:')) return [{ text: body, line: 0, offset: 0 }];
  const lines = body.split('\n');
  const chunks: Chunk[] = [];
  let start = { line: 0, offset: 0 };
  let offset = 0;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let blank = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const cut =
      blank && !fence && !htmlEnd && offset - start.offset >= CHUNK_SIZE && line !== '' && !CONTINUES.test(line);
    if (cut) {
      chunks.push({ text: body.slice(start.offset, offset - 1), ...start });
      start = { line: i, offset };
    }
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && line.trim() === close[1])
        fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      fence = FENCE.exec(line)?.[1];
      const html = HTML_BLOCK.find(([open]) => open.test(line));
      if (html && !html[1].test(line.replace(html[0], ''))) htmlEnd = html[1];
    }
    blank = line.trim() === '';
    offset += line.length + 1;
  }
  chunks.push({ text: body.slice(start.offset), ...start });
  return chunks;
}
