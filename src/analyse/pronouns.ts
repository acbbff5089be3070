import type { Attribution, PersonMention } from '../model/analysis.ts';
import { sentenceAround } from '../text/sentences.ts';
import { inQuotation, mentionsIn, quotedAt, type AttributionContext } from './attribution-context.ts';
import { capitalisedSpeakers, OBJECT_OF, opensClause, TITLE_WORDS, withoutTitles } from './clause-subject.ts';
import { ROLE_WORDS, SPEECH_VERB_PATTERN } from './lexicon.ts';
import { alternation } from '../text/regex.ts';
import { speechAfter } from './person-cues.ts';

/**
 * Who "he" or "she" stands for when a quotation is attributed by a pronoun:
 * a person named before it, never after, and never past an unnamed speaker
 * (see `pronoun`).
 */

const VERBS = SPEECH_VERB_PATTERN;

/** How many paragraphs back the text between a pronoun and its person is read. */
const RECENT_LOOKBACK = 3;

/** Paragraphs that name no one between a pronoun and the person it stands for ("The 65-year-old coach, known for …"). */
const MAX_UNNAMED_BETWEEN = 2;

/** The mentions of the nearest paragraph before `paragraph` that names anyone, over a few that name no one. */
function lastNaming(ctx: AttributionContext, paragraph: number): readonly PersonMention[] {
  for (let p = paragraph - 1; p >= Math.max(0, paragraph - 1 - MAX_UNNAMED_BETWEEN); p--) {
    const mentions = mentionsIn(ctx, p).filter((m) => !inQuotation(ctx, m));
    if (mentions.length > 0) return mentions;
  }
  return [];
}

/**
 * Whether `m`, in the sentence of `text` from `from`, is named as one who may be its subject, and so speaking:
 * not "Hewitt's performances", "a bearing on Hewitt", "told … that Mr Clarke".
 */
function maySpeak(text: string, from: number, m: PersonMention): boolean {
  const lead = withoutTitles(text.slice(from, m.start));
  return !/^['’]s\b/u.test(text.slice(m.end)) && !OBJECT_OF.test(lead) && !/\bthat\s+$/u.test(lead);
}

/** A participle right before a name, in any case, titles between: "Saying President ", "blaming ". */
const PARTICIPLE_BEFORE = /(?:^|\s)\p{L}{2,}ing\s+(?:\p{Lu}[\p{L}.-]*\s+)*$/u;

/**
 * Whether `key` is named in the paragraph before `at` only in the pronoun's own sentence, and there only as an
 * object ("Of Obama, he said", "took aim at Harry Reid, who he said"): a pronoun subject of that sentence is
 * someone else.
 */
function objectHere(ctx: AttributionContext, paragraph: number, at: number, key: string): boolean {
  const text = ctx.paragraphs[paragraph]!.text;
  const [from] = sentenceAround(text, at, at);
  const mentions = mentionsIn(ctx, paragraph).filter((m) => m.key === key && m.end <= at && !inQuotation(ctx, m));
  // The preposition right before the name too: a capitalised one ("Of Hepburn, she said") reads as a title.
  const lead = (m: PersonMention) => text.slice(from, m.start);
  // So does a participle ("Saying President Obama, he said, was “too simple an answer”").
  const object = (m: PersonMention) =>
    !/^['’]s\b/u.test(text.slice(m.end)) &&
    (OBJECT_OF.test(withoutTitles(lead(m))) || OBJECT_OF.test(lead(m)) || PARTICIPLE_BEFORE.test(lead(m)));
  return mentions.every((m) => m.start >= from && object(m));
}

/**
 * Whether the person `m` names is the subject of a verb of speech in the last sentence of its paragraph ("…,
 * Kennedy has said."); never one known by a surname alone.
 */
function speaksLast(ctx: AttributionContext, m: PersonMention): boolean {
  const text = ctx.paragraphs[m.paragraph]!.text;
  const last = sentenceAround(text, m.start, m.end)[1] >= text.trimEnd().length;
  return last && !m.key.startsWith('surname:') && speaks(ctx, m);
}

/**
 * Whether the name `m` names speaks: a verb of speech follows it ("Kennedy has said", "Smith, the minister, told",
 * the name as an apposition, "Grimm's lawyer, William McGinley, said", not "…to deal with Trump, said Sanders"), or
 * it follows a quotation and "said" ("“…,” said Robert Gibbs, the president's former press secretary").
 */
const speaks = (ctx: AttributionContext, m: PersonMention): boolean => {
  const text = ctx.paragraphs[m.paragraph]!.text;
  const after = text.slice(m.end);
  return (
    speechAfter.test(after) ||
    CLOSING_APPOSITION_SPEAKS.test(after) ||
    SAID_AFTER_QUOTATION.test(text.slice(0, m.start))
  );
};
const SAID_AFTER_QUOTATION = new RegExp(`[,.!?]["”'’]\\s+(?:${VERBS})\\s+(?:\\p{Lu}[\\p{L}-]*\\.?\\s+)*$`, 'u');
const CLOSING_APPOSITION_SPEAKS = new RegExp(
  `^,\\s+(?:has\\s+|had\\s+|also\\s+)?(?:${VERBS})\\b(?!\\s+(?:\\p{Lu}|(?:a|an|the)\\s))`,
  'u',
);

/**
 * Whether `m`, first named in its paragraph (of `mentions`), opens it behind titles as its subject ("Florida Sen.
 * Marco Rubio took a positive view …"): no preposition opens the paragraph, which a capital can make look like a
 * title ("For Jupiter analyst Olivier Beauvillain, …"); nobody else there speaks ("Sir Anthony Hopkins made his
 * debut there. Fox told the Post …" is Fox's); and its last sentence stays with `m`.
 */
function opensBehindTitles(ctx: AttributionContext, mentions: readonly PersonMention[], m: PersonMention): boolean {
  const text = ctx.paragraphs[m.paragraph]!.text;
  return (
    opensClause(text, 0, m) &&
    !/^(?:for|of|to|from|under|against|about|on|at|with|by|in|among|between)\b/iu.test(text) &&
    !mentions.some((o) => o.key !== m.key && speaks(ctx, o)) &&
    lastSentenceKeeps(ctx, mentions, m)
  );
}

/**
 * Whether the last sentence of the paragraph `mentions` are of stays with `m`: it names `m` first, or opens with a
 * pronoun ("He said Trump made …"). Not "But the shadow home secretary, Mark Oaten, accused Mr Clarke", nor "The
 * affair still rankles with the Dutchman".
 */
function lastSentenceKeeps(ctx: AttributionContext, mentions: readonly PersonMention[], m: PersonMention): boolean {
  const text = ctx.paragraphs[m.paragraph]!.text;
  const [from] = sentenceAround(text, text.trimEnd().length, text.trimEnd().length);
  const first = mentions.find((o) => o.start >= from && !inQuotation(ctx, o));
  return first?.key === m.key || /^\s*(?:he|she)\b/iu.test(text.slice(from));
}

/** Whether the paragraph holds nothing before the sentence at `at` but quotations. */
function opensParagraph(ctx: AttributionContext, paragraph: number, at: number): boolean {
  const text = ctx.paragraphs[paragraph]!.text;
  const [from] = sentenceAround(text, at, at);
  return !/\p{L}/u.test(text.slice(0, from).replace(/["“][^"“”]*["”]?/gu, ''));
}

/**
 * The person the last sentence of a paragraph (whose `mentions` are given) opens with, when it names anyone and
 * nobody else in it can be its subject (a possessive or the object of a preposition does not compete).
 */
function lastSentenceSubject(ctx: AttributionContext, mentions: readonly PersonMention[]): string | null {
  const last = mentions.at(-1);
  if (!last) return null;
  const text = ctx.paragraphs[last.paragraph]!.text;
  const [from, to] = sentenceAround(text, last.start, last.end);
  // The paragraph's last sentence: "But Ferguson insisted … . The affair still rankles with the Dutchman." is not Ferguson's.
  if (/\p{L}/u.test(text.slice(to))) return null;
  const subject = openingName(ctx, last.paragraph, from, to);
  if (!subject) return null;
  const competes = mentions.some((m) => m.start >= from && m.end <= to && m.key !== subject && maySpeak(text, from, m));
  return competes ? null : subject;
}

/**
 * "he said": the person the pronoun stands for. It is the one person of that
 * gender named in the paragraph before the pronoun (two or more: no one);
 * when none is, the one named in the last paragraph before that names anyone
 * (over up to two that name no one), or the one that paragraph opens with as
 * its subject; when that names no one of that gender, the speaker of the last
 * attributed quotation (`recent`), as news prints "…," Fox said. / "…," he said.
 */
export function pronoun(
  ctx: AttributionContext,
  paragraph: number,
  at: number,
  match: RegExpExecArray | null,
  recent: string | null,
): Attribution | null {
  if (!match) return null;
  const word = (match[1] ?? match[2])!;
  const gender = word.toLowerCase() === 'he' ? 'male' : 'female';
  const fits = (k: string) => (ctx.genders.get(k) ?? gender) === gender;
  const named = (inParagraph: (m: PersonMention) => boolean) => [
    ...new Set(
      mentionsIn(ctx, paragraph)
        .filter((m) => inParagraph(m) && !inQuotation(ctx, m))
        .map((m) => m.key)
        .filter(fits),
    ),
  ];
  const here = named((m) => m.paragraph === paragraph && m.end <= at);
  if (here.length > 1) {
    // Of several, the one the sentence opens with when no one else is named before the pronoun ("CEO Doug
    // McMillon called for a veto, which he said …"); for a quotation that opens its sentence, the sentence
    // before ("Mr. Ryan reminded the vice president of his gaffes. “…,” he said").
    const text = ctx.paragraphs[paragraph]!.text;
    const [from] = sentenceAround(text, at, at);
    const opening = from === at && from > 0 ? sentenceAround(text, from - 1, from - 1)[0] : from;
    const subject = openingName(ctx, paragraph, opening, at);
    const subjectOf = (m: PersonMention) => maySpeak(text, opening, m);
    // "Trevor Phillips … praised Lord Scarman's “ability to listen”. He said: “…”": a possessive or the object
    // of a preposition does not compete with the subject, nor the one its verb of speech is about ("Dr Fox accused
    // Mr Blair …", "Mr Howard denied Mr Yeo … said"); a name after "met" or "hammered" still does.
    const subjectMention = mentionsIn(ctx, paragraph).find((m) => m.start >= opening && m.key === subject);
    const objectOfSubject = (m: PersonMention) =>
      subjectMention !== undefined &&
      m.start > subjectMention.end &&
      SPOKEN_OF.test(withoutTitles(text.slice(subjectMention.end, m.start)));
    const others = mentionsIn(ctx, paragraph).filter(
      (m) =>
        m.start >= opening && m.end <= at && m.key !== subject && fits(m.key) && subjectOf(m) && !objectOfSubject(m),
    );
    if (subject && others.length === 0 && here.includes(subject)) return { speaker: subject, words: word };
    // "“…,” investment chief David Smith said. “…,” he added": the one who spoke last, named alone since then.
    // Whatever their sex: a gender read wrong must not leave one name alone.
    const since = mentionsIn(ctx, paragraph).filter((m) => m.start >= opening && m.end <= at && !inQuotation(ctx, m));
    const alone =
      recent !== null && fits(recent) && since.length > 0 && since.every((m) => m.key === recent && subjectOf(m));
    return alone ? { speaker: recent, words: word } : null;
  }
  if (here.length) return objectHere(ctx, paragraph, at, here[0]!) ? null : { speaker: here[0]!, words: word };
  if (someoneUnnamedBefore(ctx, paragraph, at)) return null;
  const previous = lastNaming(ctx, paragraph).filter((m) => fits(m.key));
  const previousKeys = [...new Set(previous.map((m) => m.key))];
  // Several in that paragraph: the one it opens with, as its subject ("Felipe Calderon, who …"); where the pronoun's
  // paragraph says nothing before it but quotations, else the one its last sentence naming anyone opens with, alone
  // as a subject there ("The Tory leader countered … . He declared:" is the Tory leader's), else the one it opens
  // with behind titles (see `opensBehindTitles`).
  const onlyQuotationsBefore = opensParagraph(ctx, paragraph, at);
  const opener =
    previous[0] && previous[0].start <= 1
      ? previous[0].key
      : onlyQuotationsBefore
        ? (lastSentenceSubject(ctx, previous) ??
          (previous[0] && opensBehindTitles(ctx, previous, previous[0]) ? previous[0].key : null))
        : null;
  // "Gordon Brown has failed …, Charles Kennedy has said.": the one person that paragraph's last sentence has
  // speak is its voice, before the one it opens with.
  const speaking = [...new Set(previous.filter((m) => speaksLast(ctx, m)).map((m) => m.key))];
  const voice = (opener !== null || onlyQuotationsBefore) && speaking.length === 1 ? speaking[0]! : opener;
  const subject = voice && fits(voice) ? [voice] : [];
  const candidates =
    previousKeys.length === 1
      ? previousKeys
      : previousKeys.length > 1
        ? subject
        : recent && fits(recent)
          ? [recent]
          : [];
  if (candidates.length !== 1) return null;
  // "…, Mr Hirsch said. A spokesman for Apacs said the risk was minimal. “…,” he added": he is the spokesman.
  // "… Hodgkinson … Trump said that he was “deeply saddened”. “…,” he said": he is the one whose name the
  // analysis could not read (a surname two people share, an organisation), not the man named before.
  return UNNAMED_SPEAKER.test(textSince(ctx, candidates[0]!, paragraph, at)) ||
    unreadSpeakerSince(ctx, candidates[0]!, paragraph, at)
    ? null
    : { speaker: candidates[0]!, words: word };
}

/** Between a subject and a name, a verb of speech the name is the object of: " accused ", " also denied ". */
const SPOKEN_OF = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?(?:${VERBS})\\s+$`, 'u');

/**
 * Whether the pronoun's paragraph brings in someone unnamed before it, as the subject of a clause: "At 10:08 p.m.,
 * an officer on the scene sounds the alarm. “…,” he says" is the officer's, not the man named before.
 */
function someoneUnnamedBefore(ctx: AttributionContext, paragraph: number, at: number): boolean {
  const text = ctx.paragraphs[paragraph]!.text.slice(0, at);
  return UNNAMED_SUBJECT.test(text.replace(/["“][^"“”]*["”]?/gu, ' '));
}
const UNNAMED_SUBJECT = new RegExp(
  `(?:^|[.!?:;,]\\s+)an?\\s+(?:[\\p{Ll}'’-]+\\s+){0,3}?(?:${alternation([...ROLE_WORDS, 'witness', 'resident', 'survivor', 'neighbour', 'neighbor', 'friend'])})\\b(?!['’]s)`,
  'u',
);

/** Whether a name no mention reads speaks between the last mention of `key` and `at` (see `textSince`). */
function unreadSpeakerSince(ctx: AttributionContext, key: string, paragraph: number, at: number): boolean {
  const own = new Set(ctx.mentions.filter((m) => m.key === key).flatMap((m) => m.text.split(/\s+/u)));
  for (let p = paragraph; p >= Math.max(0, paragraph - RECENT_LOOKBACK); p--) {
    const text = ctx.paragraphs[p]!.text;
    const mentions = mentionsIn(ctx, p);
    const until = p === paragraph ? at : text.length;
    const last = mentions.filter((m) => m.key === key && m.end <= until).at(-1);
    const from = last?.end ?? 0;
    for (const speaker of capitalisedSpeakers(text.slice(from, until))) {
      const word = from + speaker.at;
      const read = mentions.some((x) => x.start <= word && word < x.end);
      // "Ferguson admitted", where a bare surname went unread, is the one named in full before; "The Lib Dems
      // say", a longer capitalised run but a title, is rather an organisation's.
      const previousWord = /(\S+)\s+$/u.exec(text.slice(0, word))?.[1] ?? '';
      const inRun = /^\p{Lu}/u.test(previousWord) && !TITLE_WORDS.has(previousWord.toLowerCase().replace(/\.$/u, ''));
      if (!own.has(speaker.word) && !inRun && !read && !quotedAt(ctx, p, word)) return true;
    }
    if (last) break;
  }
  return false;
}

/** An unnamed speaker: "a spokesman for Apacs said", "the spokesman said", "said an official". */
const UNNAMED_NOUNS = 'spokesman|spokeswoman|spokesperson|official|source|aide|representative';
const UNNAMED_SPEAKER = new RegExp(
  `\\b(?:(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:${UNNAMED_NOUNS})\\b[^.!?"“”]{0,120}?\\b(?:${VERBS})|(?:${VERBS})\\s+(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:${UNNAMED_NOUNS}))\\b`,
  'iu',
);

/** The text from the last mention of `key` before `at` in `paragraph` (looking back a few paragraphs) up to `at`. */
function textSince(ctx: AttributionContext, key: string, paragraph: number, at: number): string {
  const parts: string[] = [];
  for (let p = paragraph; p >= Math.max(0, paragraph - RECENT_LOOKBACK); p--) {
    const text = ctx.paragraphs[p]!.text;
    const until = p === paragraph ? at : text.length;
    const last = mentionsIn(ctx, p)
      .filter((m) => m.key === key && m.end <= until)
      .at(-1);
    parts.unshift(text.slice(last?.end ?? 0, until));
    if (last) break;
  }
  return parts.join('\n');
}

/** The person a sentence (from `from` to `to` of the paragraph) opens with, titles aside: its subject. */
function openingName(ctx: AttributionContext, paragraph: number, from: number, to: number): string | null {
  const text = ctx.paragraphs[paragraph]!.text;
  const first = mentionsIn(ctx, paragraph).find((m) => m.start >= from && m.end <= to);
  // Titles or a description before the name ("CEO", "His party leader,"): "When Mr. Biden …" opens with a clause.
  return first && opensClause(text, from, first) ? first.key : null;
}
