import type { Paragraph } from '../model/analysis.ts';

/** A passage between quotation marks in one paragraph. */
export interface QuotedSpan {
  paragraph: number;
  /** The opening mark. */
  start: number;
  /** Just after the closing mark; the paragraph's end when the quotation runs on into the next paragraph. */
  end: number;
  /** The words between the marks. */
  text: string;
  /** The quotation is not closed in this paragraph: it goes on in the next, which opens with a quotation mark. */
  runsOn: boolean;
}

type Role = 'open' | 'close' | 'either' | 'apostrophe';

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** What may stand before an opening mark: nothing, space, an opening bracket or a dash. */
const opensAfter = (c: string | undefined) => isSpace(c) || /[([{\-–—/:]/u.test(c!);

/**
 * What a mark does, from the characters around it: curly marks say it;
 * a straight mark opens after a space and closes before one. A single mark
 * between two letters is an apostrophe ("Trump's", "don't"), as is one
 * after a letter when no single quotation is open ("the Smiths' house").
 */
function roleOf(text: string, i: number): Role | undefined {
  const [c, prev, next] = [text[i]!, text[i - 1], text[i + 1]];
  if (c === '“' || c === '«' || c === '„') return 'open';
  if (c === '”' || c === '»') return 'close';
  if (c === '‘') return isWord(prev) ? 'apostrophe' : 'open';
  if (c === '’')
    return isWord(prev) && isWord(next)
      ? 'apostrophe'
      : isWord(prev) || /[.,!?]/u.test(prev ?? '')
        ? 'close'
        : undefined;
  if (c !== '"' && c !== "'") return undefined;
  if (c === "'" && isWord(prev) && (isWord(next) || next === undefined)) return 'apostrophe';
  const opens = opensAfter(prev) && !isSpace(next);
  const closes = !isSpace(prev) && (isSpace(next) || /[.,;:!?)\]—–-]/u.test(next!));
  return opens && closes ? 'either' : opens ? 'open' : closes ? 'close' : c === '"' ? 'either' : undefined;
}

const DOUBLE = /["“”«»„]/u;
const SINGLE = /['‘’]/u;

/**
 * The quoted passages of a text: double quotation marks first, then single
 * ones (UK style) outside them; single marks inside a double quotation
 * belong to it. A mark that opens while another passage is open, right
 * after the end of a sentence, opens the quotation's next paragraph (run
 * into one); after anything else it means the first one never closed,
 * which is dropped rather than taken to run over the narration. A double
 * quotation still open at the end of a paragraph runs
 * on only if the next paragraph opens with a quotation mark, as news
 * prints a quotation of several paragraphs; otherwise it is dropped.
 */
export function quotedSpans(paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  paragraphs.forEach((p, paragraph) => {
    const next = paragraphs[paragraph + 1]?.text.trimStart()[0];
    const double = pairMarks(p.text, DOUBLE, [], next !== undefined && /["“«„]/u.test(next));
    const single = pairMarks(p.text, SINGLE, double, false);
    for (const s of [...double, ...single].sort((a, b) => a.start - b.start)) {
      const text = p.text.slice(s.start + 1, s.runsOn ? p.text.length : s.end - 1).trim();
      if (text) spans.push({ paragraph, start: s.start, end: s.end, text, runsOn: s.runsOn });
    }
  });
  return spans;
}

interface Pair {
  start: number;
  end: number;
  runsOn: boolean;
}

function pairMarks(text: string, marks: RegExp, outside: readonly Pair[], mayRunOn: boolean): Pair[] {
  const pairs: Pair[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (!marks.test(text[i]!) || outside.some((o) => o.start <= i && i < o.end)) continue;
    const role = roleOf(text, i);
    if (role === undefined || role === 'apostrophe') continue;
    if (open < 0) {
      if (role !== 'close') open = i;
    } else if (role === 'close' || role === 'either') {
      pairs.push({ start: open, end: i + 1, runsOn: false });
      open = -1;
    } else {
      // "…is always fast. "That is the sort…": a quotation of several paragraphs printed as one, each opening
      // again without closing (as news prints them): the earlier one ran to the end of its sentence. Any other
      // earlier mark never closed.
      if (/[.!?…]\s+$/u.test(text.slice(open, i))) pairs.push({ start: open, end: i, runsOn: false });
      open = i;
    }
  }
  if (open >= 0 && mayRunOn) pairs.push({ start: open, end: text.length, runsOn: true });
  return pairs;
}
