// Furniture recognised by a block's place among the others: a summary box before the text, a teaser
// that interrupts a quotation, a caption or pull quote that repeats a paragraph, an embedded post that
// repeats a quotation, the author's name set as a byline.
import type { Removal } from '../model/processed-article.ts';
import { endsAsSentence, QUOTES, REPORTING } from './furniture-shapes.ts';

type Rule = Removal['rule'];

const words = (t: string) => t.split(' ').filter(Boolean);
/** Lower-case words without punctuation, for comparing blocks' wording. */
const plainWords = (t: string) =>
  t
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A summary box's label: "Story highlights", "Key points", "What you need to know". */
const HIGHLIGHTS = /^(?:story highlights|highlights|key points|what you need to know|at a glance)\b:?/i;

/**
 * The blocks of a summary box: its labelled first block and the lines after it that, like bullet points,
 * do not end as sentences do (the box ends at the first paragraph of prose).
 */
export function highlightBox(texts: readonly string[], headline: string): Set<number> {
  const box = new Set<number>(leadingBullets(texts, headline));
  texts.forEach((t, i) => {
    if (!HIGHLIGHTS.test(t) || words(t).length > 40 || t.toLowerCase() === headline.toLowerCase()) return;
    box.add(i);
    for (let j = i + 1; j < texts.length && j <= i + 6; j++) {
      const next = texts[j]!;
      if (endsAsSentence(next) || words(next).length > 30 || HIGHLIGHTS.test(next)) break;
      box.add(j);
    }
  });
  return box;
}

/**
 * Bullet points without a label that open the text (a summary of the story before it starts): two or more
 * lines, each of six words or more, that do not end as sentences do, right before the first paragraph of prose.
 */
function leadingBullets(texts: readonly string[], headline: string): number[] {
  const run: number[] = [];
  let i = texts[0]?.toLowerCase() === headline.toLowerCase() ? 1 : 0;
  for (; i < texts.length; i++) {
    const t = texts[i]!;
    const n = words(t).length;
    if (endsAsSentence(t) || /[:;,]$/.test(t) || n < 6 || n > 40 || !/\p{Ll}{3}/u.test(t)) break;
    run.push(i);
  }
  return run.length >= 2 && i < texts.length && endsAsSentence(texts[i]!) ? run : [];
}

/** True when a block leaves a quotation open: more opening curly marks than closing ones, or an odd straight one. */
function leavesQuoteOpen(t: string): boolean {
  const opens = (t.match(/[“«]/g) ?? []).length;
  const closes = (t.match(/[”»]/g) ?? []).length;
  const straight = (t.match(/"/g) ?? []).length;
  return opens > closes || (opens === closes && straight % 2 === 1);
}

/**
 * A short line that sits inside a quotation running over several paragraphs (the paragraph before leaves
 * it open, the one after takes it up again with an opening mark): a teaser the page set into the text.
 */
export function interruptsQuotation(texts: readonly string[], i: number): boolean {
  const [before, t, after] = [texts[i - 1], texts[i]!, texts[i + 1]];
  if (before === undefined || after === undefined) return false;
  if (/["“”«»]/.test(t) || endsAsSentence(t) || words(t).length > 20) return false;
  return leavesQuoteOpen(before) && /^["“«]/.test(after);
}

/** Crude stems (the first five letters) of a block's words of four letters or more. */
const stems = (t: string) => new Set(plainWords(t).flatMap((w) => (w.length >= 4 ? [w.slice(0, 5)] : [])));

/**
 * A line that does not end as a sentence does and repeats most of another paragraph's words (a caption
 * or pull quote restating the text): at least 60% of its longer words (ten or more) are in that one paragraph.
 */
export function repeatsAnotherBlock(texts: readonly string[], i: number): boolean {
  const t = texts[i]!;
  // A list's entry (a dash or bullet in front) may sum up the text on purpose.
  if (endsAsSentence(t) || /^[-–•*] /.test(t)) return false;
  const own = stems(t);
  if (own.size < 10) return false;
  return texts.some((other, j) => {
    if (j === i || other.length < t.length * 0.8) return false;
    const theirs = stems(other);
    let shared = 0;
    for (const s of own) if (theirs.has(s)) shared++;
    return shared / own.size >= 0.6;
  });
}

/** The quotations of a block, as plain words. */
const quotationsOf = (t: string) => [...t.matchAll(/["“]([^"“”]{10,})["”]/g)].map((m) => plainWords(m[1]!));

/**
 * An embedded post (a tweet, a statement box) reproduced as a paragraph right after the paragraph that
 * quotes it: no quotation marks of its own, and its first six words are the quotation's first six.
 */
export function repeatsQuotation(texts: readonly string[], i: number): boolean {
  const t = texts[i]!;
  if (/["“”]/.test(t) || i === 0) return false;
  const own = plainWords(t).slice(0, 6);
  if (own.length < 6) return false;
  return quotationsOf(texts[i - 1]!).some((q) => q.length >= 6 && q.slice(0, 6).join(' ') === own.join(' '));
}

/** A line that is only an author's name, maybe after "By" and before a role: the byline set again in the text. */
export function isAuthorLine(t: string, authors: readonly string[]): boolean {
  if (endsAsSentence(t) || words(t).length > 12) return false;
  const plain = plainWords(t).join(' ');
  return authors.some((a) => {
    const name = plainWords(a).join(' ');
    return name !== '' && (plain === name || plain.startsWith(`by ${name}`) || plain.startsWith(`${name} `));
  });
}

/** The rule that places block `i` among `texts` as furniture, if any. */
export function contextRule(
  texts: readonly string[],
  i: number,
  box: ReadonlySet<number>,
  authors: readonly string[],
): Rule | undefined {
  if (box.has(i)) return 'highlights';
  if (isAuthorLine(texts[i]!, authors)) return 'byline';
  if (interruptsQuotation(texts, i)) return 'inserted-teaser';
  if (repeatsQuotation(texts, i)) return 'embed';
  if (repeatsAnotherBlock(texts, i)) return 'repeated-text';
  return undefined;
}

/**
 * A caption among captions: galleries set their captions one after another, each a description of
 * a picture that, unlike reported prose, does not end as a sentence ("A plane flies in front of the
 * supermoon on its approach to Heathrow"). A block of that shape (six words or more, with lower-case
 * words, no quotation, no reporting verb, not leading into what follows with a colon) is a caption
 * when a block next to it is one. `caption` says which blocks are captions so far; the run is
 * followed both ways until it stops: one sweep forward, one back.
 */
export function captionRun(texts: readonly string[], caption: (i: number) => boolean): Set<number> {
  const run = new Set<number>();
  const looksLikeCaption = (t: string) =>
    !endsAsSentence(t) &&
    !/[:;,]$/.test(t) &&
    words(t).length >= 6 &&
    /\p{Ll}{3}/u.test(t) &&
    !QUOTES.test(t) &&
    !REPORTING.test(t);
  const candidate = texts.map((t, i) => !caption(i) && looksLikeCaption(t));
  const sweep = (from: number, step: 1 | -1) => {
    for (let i = from, touches = false; i >= 0 && i < texts.length; i += step) {
      if (candidate[i] && touches) run.add(i);
      touches = caption(i) || (candidate[i]! && touches);
    }
  };
  sweep(0, 1);
  sweep(texts.length - 1, -1);
  return run;
}
