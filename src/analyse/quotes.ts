import type { ArticleQuote, Attribution, PersonMention } from '../model/analysis.ts';
import { sentenceAround } from '../text/sentences.ts';
import { mentionsIn, type AttributionContext } from './attribution-context.ts';
import { attribute, hasSpeechVerb, pointsAhead } from './attribution.ts';
import { capitalisedSpeakers, CLAUSE_OPENER } from './clause-subject.ts';
import { SPEECH_VERB_PATTERN } from './lexicon.ts';
import type { QuotedSpan } from './quotation-marks.ts';

/** Shorter quotations are terms or scare quotes ("brilliant", ‘Rosguardia’), not statements. */
const MIN_WORDS = 2;
/** How many paragraphs back a pronoun may find the last speaker it stands for. */
const RECENT_PARAGRAPHS = 2;

const SPEECH_BETWEEN = /\b(?:said|says|told|added|according)\b/iu;
/**
 * A name's own verb of speech right after it: "Penny Cobham said", "Mr Smith also told". Narrower than
 * person-cues' `speechAfter` on purpose: with its appositions and every verb of speech, right continuations were cut.
 */
const SAYS_AFTER = /^\s+(?:also\s+)?(?:said|says|told|added)\b/u;
/**
 * A sentence opening with a name (capitalised words) and its verb of speech ("Zhu Congpeng explained"), or with
 * a name, an apposition and the verb that ends it ("Zhu Congpeng, a teacher, said."): "Mike German, leader of the
 * Liberal Democrats, claimed that …" and "Eriksson also revealed that …", a verb with a clause of its own, tell
 * more and name no speaker of the quotation before.
 */
const NAMED_THEN_SPEAKS = new RegExp(
  `^[\\s”"’']*(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:also\\s+)?(?:${SPEECH_VERB_PATTERN})\\b(?!\\s+(?:${CLAUSE_OPENER})\\b)|,\\s+[^,"“”]{1,100},\\s+(?:${SPEECH_VERB_PATTERN})[.!?])`,
  'u',
);
const SMALL_WORDS = /^(?:a|an|the|of|on|in|and|or|with|for|to|at|by|from|de|la|du)$/u;

/**
 * A name or title in quotation marks ("Charlie Rose", "The American
 * President", "On the Record with Greta Van Susteren"): every word
 * capitalised but the small ones. It names something; it quotes no one.
 */
function isTitle(text: string): boolean {
  const words = text.replace(/[.,!?]+$/u, '').split(/\s+/);
  return (
    words.length <= 8 && words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.test(w)) && /^\p{Lu}/u.test(words[0]!)
  );
}

/**
 * The quotations of an article: passages in double or single quotation
 * marks (see quotation-marks.ts), each attributed by its sentence's words.
 * A quotation that goes on from an attributed one (see `continues`) has the
 * same speaker.
 */
export function findQuotes(ctx: AttributionContext): ArticleQuote[] {
  const spans = ctx.quotations.filter((s) => s.text.split(/\s+/).length >= MIN_WORDS && !isTitle(s.text));
  const quotes: ArticleQuote[] = [];
  let last: { paragraph: number; end: number; attribution: Attribution } | undefined;
  spans.forEach((s, n) => {
    const recent = last && s.paragraph - last.paragraph <= RECENT_PARAGRAPHS ? last.attribution.speaker : null;
    const previous = quotes.at(-1);
    // "“…,” the airline said. … “…,” it said": "it" speaks for the organisation that spoke last, nearby.
    const organisation = last && s.paragraph - last.paragraph <= RECENT_PARAGRAPHS && last.attribution.speaker === null;
    const attribution =
      attribute(ctx, s.paragraph, s.start, s.end, recent) ??
      (previous?.attribution && continues(ctx, spans[n - 1]!, s, previous.attribution) ? previous.attribution : null) ??
      saidJustBefore(ctx, s) ??
      (organisation && itSpeaks(ctx, s) && !otherNamedSpeaks(ctx, last!, s) ? last!.attribution : null);
    quotes.push({ text: s.text, paragraph: s.paragraph, start: s.start, end: s.end, attribution });
    if (attribution) last = { paragraph: s.paragraph, end: s.end, attribution };
  });
  return quotes;
}

/** ", Mr Straw said. ": a name set off by a comma (or opening the sentence), its "said" and the full stop. */
const NAME_SAID_BEFORE = /^(?:,\s+[^,"“”]{1,80},)?\s+(?:has\s+|also\s+)?(?:said|says|added)\.\s+$/u;

/**
 * "Patriots wanted the UK to be strong abroad, Mr Straw said. “Our role as a leading member …”": a quotation that
 * opens the sentence right after one closed by a name and its "said", in the same paragraph, is that name's.
 */
function saidJustBefore(ctx: AttributionContext, q: QuotedSpan): Attribution | null {
  const text = ctx.paragraphs[q.paragraph]!.text;
  if (q.start === 0 || sentenceAround(text, q.start, q.end)[0] !== q.start) return null;
  const name = mentionsIn(ctx, q.paragraph)
    .filter((m) => m.end <= q.start)
    .at(-1);
  if (!name || !NAME_SAID_BEFORE.test(text.slice(name.end, q.start))) return null;
  const [from] = sentenceAround(text, name.start, name.end);
  const lead = text.slice(from, name.start);
  return lead === '' || /,\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(lead) ? { speaker: name.key, words: name.text } : null;
}

/** "…,” it said", "It added: “…”": the pronoun "it" as the quotation's speaker, in its sentence. */
const IT_AFTER = new RegExp(`^[\\s,”"’']*it\\s+(?:also\\s+)?(?:${SPEECH_VERB_PATTERN})\\b`, 'iu');
const IT_BEFORE = new RegExp(`\\bit\\s+(?:also\\s+)?(?:${SPEECH_VERB_PATTERN})\\b[^"“”.!?]{0,40}$`, 'iu');

/**
 * Whether someone other than the organisation of `last` is named speaking between its quotation and `q` ("…,"
 * The Financial Times said. … Deutsche Boerse said … "…," it said): "it" may be that one.
 */
function otherNamedSpeaks(
  ctx: AttributionContext,
  last: { paragraph: number; end: number; attribution: Attribution },
  q: QuotedSpan,
): boolean {
  const between = ctx.paragraphs
    .slice(last.paragraph, q.paragraph + 1)
    .map((p, i, all) => p.text.slice(i === 0 ? last.end : 0, i === all.length - 1 ? q.start : undefined))
    .join(' ');
  return capitalisedSpeakers(between).some((speaker) => !last.attribution.words.includes(speaker.word));
}

/** Whether the pronoun "it" is the speaker the sentence of `q` names. */
function itSpeaks(ctx: AttributionContext, q: QuotedSpan): boolean {
  const text = ctx.paragraphs[q.paragraph]!.text;
  const [from, to] = sentenceAround(text, q.start, q.end);
  return IT_AFTER.test(text.slice(q.end, to)) || IT_BEFORE.test(text.slice(from, q.start));
}

/**
 * Whether `q` goes on from `previous`, the quotation before it: it runs on
 * from the previous paragraph; or it opens the sentence (or the paragraph)
 * right after the one `previous` stands in ("…," Kovalenko said. "We are
 * asking …"); or it stands in the same sentence with no one else named and
 * no other verb of speech between them ("called it "x" and "y"").
 */
function continues(ctx: AttributionContext, previous: QuotedSpan, q: QuotedSpan, by: Attribution): boolean {
  if (previous.runsOn) return previous.paragraph === q.paragraph - 1 && q.start <= 1;
  const text = ctx.paragraphs[q.paragraph]!.text;
  const [qFrom, qTo] = sentenceAround(text, q.start, q.end);
  // "…," said <a name the analysis cannot read>: the sentence names its own speaker, so it goes on from no one.
  // Unless those words introduce the next quotation ("…." Benitez added: "…"): they then name no one of this one.
  const after = text.slice(q.end, qTo).replace(/["“][^"“”]*["”]/gu, '');
  // After a quotation that ends its sentence, the next sentence names its speaker only by opening with the name
  // ("…." Zhu Congpeng explained); "…." Asked why, he explained that … says more, of the same speaker.
  const ownSentence = /[.!?]$/u.test(q.text);
  const namesSpeaker = ownSentence ? NAMED_THEN_SPEAKS.test(after) : hasSpeechVerb(after);
  if (namesSpeaker && !pointsAhead(text.slice(q.start, q.end), after)) return false;
  if (previous.paragraph === q.paragraph - 1) {
    const before = ctx.paragraphs[previous.paragraph]!.text;
    return q.start === 0 && sentenceAround(before, previous.start, previous.end)[1] >= before.trimEnd().length;
  }
  if (previous.paragraph !== q.paragraph) return false;
  const [pFrom, pTo] = sentenceAround(text, previous.start, previous.end);
  const between = text.slice(previous.end, q.start);
  const named = mentionsIn(ctx, q.paragraph).filter((m) => m.start >= previous.end && m.end <= q.start);
  const speechBetween = SPEECH_BETWEEN.test(between);
  // "…." But Penny Cobham said her members were outraged. "There was never …": someone else spoke between.
  const someoneElse = (m: PersonMention) => m.key !== by.speaker && !by.words.includes(m.text);
  const otherSpoke = named.some((m) => someoneElse(m) && SAYS_AFTER.test(text.slice(m.end, q.start)));
  if (qFrom === q.start) return /^\s*$/u.test(text.slice(pTo, q.start)) && !otherSpoke;
  // "“…,” said Tanya Sanerib, a senior lawyer with the Center, “but …”": between the two parts stands only the
  // attribution of the first, set off by commas.
  const ownAttribution = between.includes(by.words) && /,\s*$/u.test(between) && named.every((m) => !someoneElse(m));
  return pFrom === qFrom && ((named.length === 0 && !speechBetween) || ownAttribution);
}
