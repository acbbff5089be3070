import type { Attribution, PersonMention } from '../model/analysis.ts';
import { alternation, escapeRegExp } from '../text/regex.ts';
import { WEEKDAY_NAMES } from '../text/calendar.ts';
import { sentenceAround } from '../text/sentences.ts';
import { mentionsIn, type AttributionContext } from './attribution-context.ts';
import {
  CLAUSE_OPENER,
  COORDINATED,
  describesName,
  INVERTED_BEFORE,
  OBJECT_OF,
  opensClause,
  PRONOUNS,
  SUBORDINATE_BETWEEN,
  withoutTitles,
} from './clause-subject.ts';
import { isFunctionWord } from './gazetteer.ts';
import { opensWithConjunction, ORGANISATION_WORDS, ROLE_WORDS, SPEECH_VERB_PATTERN, SPEECH_VERBS } from './lexicon.ts';
import { organisationNamed, withoutFullStop } from './organisations.ts';
import { pronoun } from './pronouns.ts';

const VERBS = SPEECH_VERB_PATTERN;
const ROLES = alternation([...ROLE_WORDS, 'statement', 'company', 'airline', 'agency', 'ministry', 'government']);
const LEAD = `^[\\s,.!?;—–-]*`;
/** Title words between a verb and a name: "said Sen.", "said Defense Secretary", "told the". */
const TITLE_GAP = /^(?:(?:\p{Lu}[\p{L}-]*\.?|former|acting|then-)\s+)*$/u;
/**
 * Between a quotation and the name of its speaker, besides titles: a description in lower case ("…," study
 * author Xinyu Dai said; "…," an emotional Mr. Obama said). A function word makes the name someone else's ("…," a
 * lawyer for Mr. Smith said), as does a verb of speech, a pronoun or an -ing form; an organisation's word, an
 * organisation's.
 */
function isDescriptionGap(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean);
  // "GM chairman and chief executive Rick Wagoner": two roles held by one.
  const describes = (w: string, i: number) =>
    (i === 0 && /^(?:an?|the)$/u.test(w)) ||
    (w === 'and' && i > 0 && i < words.length - 1) ||
    (/^\p{Ll}[\p{Ll}-]*$/u.test(w) &&
      !isFunctionWord(w) &&
      !SPEECH_VERBS.has(w) &&
      !/ing$/u.test(w) &&
      // "…," investment bank Merrill Lynch said: the name after is an organisation's.
      !ORGANISATION_WORDS.has(w) &&
      !/^(?:firm|brokerage|broker|outlet|website|bureau)$/u.test(w));
  return words.length <= 7 && words.every((w, i) => TITLE_GAP.test(`${w} `) || describes(w, i));
}
/** "…," the coalition's executive director, Matt Brooks, said: a description, then the name set off by commas. */
const DESCRIPTION_GAP = /^(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}'’-]*['’]s)\s+[^,"“”]{1,80},\s+$/u;
/** Between "said" and the name after it, titles and role words in any case: "said police spokesman". */
const ROLE_GAP = /^(?:[\p{L}.'’-]+\s+){0,5}$/u;
/** …or a description in lower case set off by a comma, then titles: "said the spokesman, ", "said the legislator, Representative ". */
const APPOSED_GAP =
  /^(?:the|a|an|his|her|its|their)\s+(?:[\p{Ll}'’-]+\s+){0,4}[\p{Ll}'’-]+,\s+(?:\p{Lu}[\p{L}-]*\.?\s+)*$/u;
/**
 * "…," Mr. Netanyahu is shown saying / was quoted as saying / was quoted by Tass news agency as saying: the speech
 * reported, by the speaker's name.
 */
const REPORTED_AS = `(?:is|was)\\s+(?:quoted(?:\\s+by\\s+[^,.;"“”]{1,40}?)?\\s+as|heard|shown|seen)\\s+`;
/** ", the founder of Freedom to Marry, a gay rights organization,": up to three parts set off by commas. */
const APPOSITION = String.raw`(?:,\s+[^,"“”]{1,160}){1,3},`;
/** "Wright of the Union of Concerned Scientists said": where the speaker works, between the name and the verb. */
const OF_ORGANISATION = `\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’&.-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}'’&.-]*){0,6}`;
/** "Gov. Rick Perry on Tuesday said": the day, between a speaker and the verb. */
const ON_DAY = `(?:\\s+(?:on\\s+|late\\s+|early\\s+|last\\s+)?(?:${WEEKDAY_NAMES.join('|')})(?:\\s+(?:night|morning|afternoon|evening))?)`;
const AFTER_SPEAKER = new RegExp(
  `^(?:['’]s)?(?:${APPOSITION}|\\s+\\([^()]{1,30}\\)|${OF_ORGANISATION}(?:,\\s+[^,"“”]{1,100},)?)?${ON_DAY}?\\s+(?:(?:also|then|later|earlier|recently|previously|reportedly|once)\\s+|has\\s+|had\\s+|${REPORTED_AS})?(?:${VERBS})\\b`,
  'u',
);
/** A run of capitalised words in quotation marks, small words between: a programme's or a book's title. */
const QUOTED_TITLE = /[“"](?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|and|a|an|in|on|for|with|to))*[”"]/gu;
const VERB_FIRST = new RegExp(`${LEAD}(?:${VERBS})\\s+`, 'iu');
/** An adverb between a pronoun and its verb: "she finally tweeted", "he later said". */
const ADVERB = `(?:also|then|later|\\p{L}+ly)\\s+`;
const PRONOUN_AFTER = new RegExp(`${LEAD}(?:(he|she)\\s+(?:${ADVERB})?(?:${VERBS})|(?:${VERBS})\\s+(he|she))\\b`, 'iu');
const PRONOUN_BEFORE = new RegExp(
  `\\b(he|she)\\s+(?:\\p{Ll}+ed,?\\s+(?:then|and)\\s+)?(?:(?:also|then|later|has|had|have|would|will|was)\\s+){0,2}(?:${VERBS})\\b[^"“”.!?]{0,100}$`,
  'iu',
);
const ROLE_AFTER = new RegExp(
  `${LEAD}(?:(?:${VERBS})\\s+)?((the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:${ROLES})(?:\\s+(?:of|for|at)\\s+(?:the\\s+)?[\\p{L}'’ -]{1,40}?)?)(?:\\s+(?:also\\s+)?(?:${VERBS})\\b|[.,]?\\s*$|,\\s+\\p{Ll}+ing\\b)`,
  'iu',
);
const ROLE_BEFORE = new RegExp(
  `(?:^|[,;]\\s+)((the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:${ROLES})(?:\\s+(?:of|for|at)\\s+(?:the\\s+)?[\\p{L}'’ -]{1,40}?)?)\\s+(?:also\\s+)?(?:${VERBS})\\b[^"“”.!?]{0,60}$`,
  'iu',
);
/**
 * A word of a name: capitalised, or in a script without capitals (Arabic, Chinese), which an article in
 * English prints only for a name.
 */
const NAME_WORD = `(?:\\p{Lu}|\\p{Lo})[\\p{L}\\p{M}'’&.-]*`;
const NAME_RUN = `((?:the\\s+)?${NAME_WORD}(?:\\s+(?:of\\s+|for\\s+|and\\s+)?${NAME_WORD}){0,6})`;
/**
 * An organisation, or a name the analysis does not know as a person, by its words: "All Nippon Airways said",
 * "said the Justice Department", "said Олена Петренко, a resident".
 */
const ORG_AFTER = new RegExp(
  `${LEAD}(?:(?:${VERBS})\\s+)?${NAME_RUN}\\s*(?:\\s(?:also\\s+)?(?:${VERBS})\\b|[.,]?\\s*$|,\\s+(?:an?|the)\\s[^"“”]{1,100}$)`,
  'u',
);
const ORG_BEFORE = new RegExp(`(?:^|[,;]\\s+)${NAME_RUN}\\s+(?:also\\s+)?(?:${VERBS})\\b[^"“”.!?]{0,60}$`, 'u');
const ACCORDING_TO = /according to\s+$/iu;
/** A clause after a quotation that ends with ", said" and titles, before the name that closes the sentence. */
const INVERTED_CLOSE = new RegExp(
  `^["”'’]?\\s+[^,;:.!?]{1,80},\\s+(?:${VERBS})\\s+(?:\\p{Lu}[\\p{L}-]*\\.?\\s+)*$`,
  'u',
);
/** ", said " right before a name, the verb set off by a comma: the name that follows speaks. */
const INSERTED_VERB = new RegExp(`,\\s+(?:${VERBS})\\s+(?:\\p{Lu}[\\p{L}-]*\\.?\\s+)*$`, 'u');
/** How far after the verb the quotation may start: "said in a statement on Tuesday that". */
const MAX_VERB_TO_QUOTE = 100;
/** A figure may stand further into what was said: "told parliament on Tuesday that the railway had lost …". */
const MAX_VERB_TO_CLAIM = 160;
const VERB = new RegExp(`\\b(?:${VERBS})\\b`, 'giu');
const SPEECH_VERB = new RegExp(`\\b(?:${VERBS})\\b`, 'iu');
/** Whether a text has a verb of speech ("said", "told"): a sentence that names its own speaker. */
export const hasSpeechVerb = (text: string): boolean => SPEECH_VERB.test(text);
/** Whether a quotation, with its closing mark, ends its own sentence ("…cover.”). */
const endsItsSentence = (quotation: string) => /[.!?]["”'’]$/u.test(quotation);
/**
 * Whether words after a quotation that ends its sentence introduce the next one: their verb of speech leads to
 * a colon ("Mr Blair said:", "Mr Blair dismissed claims of broken promises, saying:").
 */
export function pointsAhead(quotation: string, after: string): boolean {
  const verb = SPEECH_VERB.exec(after);
  return endsItsSentence(quotation) && verb !== null && /^[^.!?"“”]*:/u.test(after.slice(verb.index + verb[0].length));
}
/**
 * Between a speaker and the verb: letters after the name ("KC"), an apposition, a title in brackets, where the
 * speaker works ("of Texas"), the day ("on Tuesday"), a few small words.
 */
const SUBJECT_TO_VERB = new RegExp(
  String.raw`^(?:['’]s)?(?:\s+\p{Lu}{2,4}\b)?(?:${APPOSITION}|\s+\([^()]{1,30}\)|,|${OF_ORGANISATION})?${ON_DAY}?\s+(?:\p{Ll}+\s+){0,3}$`,
  'u',
);
/** ", spokesman for President Moon Jae-in, ": an apposition right before the verb. */
const APPOSITION_TO_VERB = new RegExp(String.raw`^${APPOSITION}\s*$`, 'u');
/** An apposition that opens the words between a name and its verb, the name's possessive before it. */
const LEADING_APPOSITION = new RegExp(String.raw`^(?:['’]s)?${APPOSITION}`, 'u');
/** The first verb of speech of a text with a clause of its own after it, opened by its subject or "that": "admits he had". */
const TELLS_MORE = new RegExp(`^[^"“”]*?\\b(?:${VERBS})\\s+(?:${CLAUSE_OPENER})\\b`, 'iu');
/** "Zelensky’s staunch statement, “…”": the person whose statement, words or remarks the quotation is. */
const STATEMENT_OF =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:statement|remarks|words|message|comments|response|reply|tweet|post)[,:]?\s*$/u;

/**
 * Who a quotation (or a figure) is attributed to, by the sentence's own
 * words, precision first: a person named right next to a verb of speech
 * ("…," X said / said X / X said: "…" / according to X), a pronoun whose
 * person is the only one it can be nearby, a role ("the judge said") that
 * one person of the article holds, or, for an organisation or an unnamed
 * spokesperson, the words that name them. Otherwise nothing: "speaker not
 * identified" is better than a wrong name.
 */
export function attribute(
  ctx: AttributionContext,
  paragraph: number,
  start: number,
  end: number,
  recent: string | null = null,
  clause = false,
): Attribution | null {
  const text = ctx.paragraphs[paragraph]!.text;
  const [from, sentenceEnd] = sentenceAround(text, start, end);
  const here = mentionsIn(ctx, paragraph);
  const head = text.slice(from, start);
  const tail = text.slice(end, sentenceEnd);
  // "…." Giggs admits he had …: after a quotation that ends its sentence, a sentence whose verb of speech has a
  // clause of its own tells of something else and names no speaker of it by a name or a role; "…." Mr Lamberty
  // explained does.
  const endsSentence = endsItsSentence(text.slice(start, end));
  const to = endsSentence && TELLS_MORE.test(tail) ? end : sentenceEnd;
  // A pronoun stands for someone named before it: "He accused Obama of …, saying “…”" is not Obama's.
  const pronounAfter = PRONOUN_AFTER.exec(tail);
  const pronounBefore = pronounAfter ? null : PRONOUN_BEFORE.exec(head);
  const pronounAt = pronounBefore ? from + pronounBefore.index : start;
  // "“…splattered Ruth Kelly.” A BBC spokesman said: “He took his seat …”": words after a quotation that ends its
  // sentence, and that bring a quotation of their own, introduce that one.
  const ownTail = endsSentence && /["“”]/u.test(tail) ? '' : text.slice(end, to);
  // "…." But Mr Howard said …: words after the quotation that open with a conjunction say something new.
  let orgAfter = ORG_AFTER.exec(ownTail);
  if (orgAfter && opensWithConjunction(orgAfter[1]!)) orgAfter = null;
  return (
    speakerAfter(here, text, start, end, to, clause) ??
    speakerBefore(here, text, from, start, clause ? MAX_VERB_TO_CLAIM : MAX_VERB_TO_QUOTE) ??
    pronoun(ctx, paragraph, pronounAt, pronounAfter ?? pronounBefore, recent) ??
    role(ctx, ROLE_AFTER.exec(ownTail) ?? ROLE_BEFORE.exec(head)) ??
    organisation(ctx, orgAfter ?? ORG_BEFORE.exec(head), here.length > 0)
  );
}

/**
 * "…," Schumer said / said Sen. Charles Schumer / said police spokesman Klaus
 * Brandt / "…," Sen. John Cornyn, R-Texas, said / …, according to Oleksiy
 * Kovalenko. For a figure (`clause`), the attribution may also close the
 * clause it stands in: "At least two people died, Kovalenko said."
 */
function speakerAfter(
  here: readonly PersonMention[],
  text: string,
  start: number,
  end: number,
  to: number,
  clause: boolean,
): Attribution | null {
  const next = here.find((m) => m.start >= end && m.end <= to);
  if (!next) return null;
  const gap = text.slice(end, next.start);
  const rest = gap.slice(new RegExp(LEAD, 'u').exec(gap)![0].length);
  const closesClause = clause && /^[^"“”;:]*,\s+$/u.test(gap);
  // "…as little as possible." BBC political correspondent Carole Walker said …: after a quotation that ends its
  // own sentence, a name opening the next one speaks ("…." Mr Lamberty explained), not one a description opens.
  const endsSentence = /\.["”'’]$/u.test(text.slice(start, end));
  // "…." But Lord Walker … said the laws were fair: a sentence that opens with a conjunction says something new.
  const opensGap = endsSentence ? TITLE_GAP.test(rest) && !opensWithConjunction(rest) : isDescriptionGap(rest);
  // "…cover." Foreign Secretary Boris Johnson said: "…": a name and a verb with a colon introduce the next quotation.
  const ahead = pointsAhead(text.slice(start, end), text.slice(next.end, to));
  const named = (opensGap || closesClause) && AFTER_SPEAKER.test(text.slice(next.end, to)) && !ahead;
  const described = DESCRIPTION_GAP.test(rest) && AFTER_SPEAKER.test(text.slice(next.end, to).replace(/^,/, ''));
  const according = /according to\s+$/iu.test(gap.replace(/(?:\p{Lu}[\p{L}-]*\.?\s+)*$/u, ''));
  const quotedAs = /\b(?:quoted|cited)\s+$/u.test(rest) && /^\s+as\s+saying\b/u.test(text.slice(next.end, to));
  if (named || described || according || quotedAs) return { speaker: next.key, words: next.text };
  // "…," Boehner spokesman Michael Steel said / Ms. Pelosi’s spokesman, Drew Hammill, wrote: the role's holder.
  const holder = here.find((m) => m.start >= next.end && m.end <= to);
  if (holder && !endsSentence && isDescriptionGap(rest) && roleBetween(text.slice(next.end, holder.start))) {
    if (AFTER_SPEAKER.test(text.slice(holder.end, to).replace(/^,(?=\s+\p{Ll})/u, '')))
      return { speaker: holder.key, words: holder.text };
  }
  // "“It takes a president …” to deal with the Korean crisis, said R. Nicholas Burns": a sentence that closes with
  // "said" and a name is all that name's, where nothing between speaks or names anyone else.
  // Not after a quotation that ends its own sentence: the name then closes the next one.
  const closes = !endsItsSentence(text.slice(start, end)) && INVERTED_CLOSE.test(gap);
  if (closes && !SPEECH_VERB.test(gap.slice(0, gap.lastIndexOf(','))) && !/["“”]/u.test(gap.slice(1)))
    return { speaker: next.key, words: next.text };
  // "said Obama campaign manager Jim Messina": of the names after the verb with only titles and role words
  // between, the last one speaks; the others qualify the role.
  const verbFirst = VERB_FIRST.exec(gap);
  if (verbFirst === null || verbFirst.index !== 0) return null;
  const verbEnd = end + verbFirst[0].length;
  const speaker = here
    .filter((m) => {
      const between = text.slice(verbEnd, m.start);
      return m.start >= verbEnd && m.end <= to && (ROLE_GAP.test(between) || APPOSED_GAP.test(between));
    })
    // "said John Smith and Mary Jones": two speakers, of whom the first is named as before.
    .filter((m, i) => i === 0 || !/\b(?:and|or)\b/iu.test(text.slice(verbEnd, m.start)))
    .at(-1);
  // "said Kidman's publicist Wendy Day": the one holding the role speaks, a name no mention reads, not Kidman.
  const role = speaker && /^['’]s\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(text.slice(speaker.end, to));
  if (role && role[1]!.split(/\s+/u).some((w) => ROLE_WORDS.has(w))) return null;
  return speaker ? { speaker: speaker.key, words: speaker.text } : null;
}

/** "’s spokesman, " or " campaign manager ": a role of the name before, held by the name after. */
function roleBetween(between: string): boolean {
  const m = /^(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),?\s+$/u.exec(between);
  return m !== null && m[1]!.split(/\s+/).some((w) => ROLE_WORDS.has(w));
}

/** Schumer said: "…" / Obama wrote in a letter that "…" / according to Kovalenko, "…". */
function speakerBefore(
  here: readonly PersonMention[],
  text: string,
  from: number,
  start: number,
  reach: number,
): Attribution | null {
  const before = here.filter((m) => m.start >= from && m.end <= start);
  const last = before.at(-1);
  if (!last) return null;
  if (STATEMENT_OF.test(text.slice(last.end, start))) return { speaker: last.key, words: last.text };
  if (ACCORDING_TO.test(text.slice(from, last.start).replace(/(?:\p{Lu}[\p{L}-]*\.?\s+)*$/u, ''))) {
    if (/^[\s,]*$/u.test(text.slice(last.end, start))) return { speaker: last.key, words: last.text };
  }
  // "Her comments, said Josh Earnest, the press secretary, are “…”": a verb and a name set off by commas.
  const inserted = before.find(
    (m) => INSERTED_VERB.test(text.slice(from, m.start)) && /^,/u.test(text.slice(m.end, start)),
  );
  if (inserted) return { speaker: inserted.key, words: inserted.text };
  // The verb of speech closest to the quotation, not too far from it; its subject is the speaker.
  // Only what stands after any earlier quotation in the sentence: "…," she said, "…" is handled as a continuation.
  // A title in quotation marks ("said on Fox News' “Tucker Carlson Tonight” that") is no earlier quotation.
  const near = text.slice(Math.max(from, start - reach), start).replace(QUOTED_TITLE, (t) => ` ${t.slice(1, -1)} `);
  const window = near.slice(near.search(/[^"“”]*$/u));
  const verbs = [...window.matchAll(VERB)];
  const verb = verbs.at(-1);
  if (!verb) return null;
  const verbAt = start - window.length + verb.index;
  // The speaker is the last person named before the verb: right before it (an apposition, a title in brackets or
  // a few auxiliary words between), or, for a participle ("…, saying", "…, first telling"), as the subject of the clause it ends.
  const subject = before.filter((m) => m.end <= verbAt).at(-1);
  if (!subject) return null;
  // "Producer Barry Weissler said he was “…”, but said the decision was “…”": a verb joined by "and" or "but"
  // with no subject of its own shares the sentence's.
  // Not where a clause between has a subject of its own ("…when the host opened the envelope and declared",
  // "…but his lawyer, Antony Townsden, told the BBC and added").
  const opener = before[0]!;
  const ownSubject = (m: PersonMention) => !/\p{Ll}\s+$/u.test(withoutTitles(text.slice(opener.end, m.start)));
  const inner = before.filter((m) => m !== opener && m.end <= verbAt);
  if (
    COORDINATED.test(text.slice(from, verbAt)) &&
    !SUBORDINATE_BETWEEN.test(text.slice(opener.end, verbAt)) &&
    !inner.some(ownSubject) &&
    opensClause(text, from, opener)
  )
    return { speaker: opener.key, words: opener.text };
  const between = text.slice(subject.end, verbAt);
  // "Putin's spokesman said": a role word after the apposition makes someone else the speaker.
  const afterApposition = between.replace(LEADING_APPOSITION, '');
  // "under the direct orders of leader Kim Jong Un, and said": a name after a preposition is its object, no subject.
  // "…for Holmes, who has already admitted": the relative clause makes the name its verb's subject again.
  const relative = /^,\s+who\s+(?:(?:has|had|have|was|is|also|already|\p{Ll}+ly)\s+){0,3}$/u.test(between);
  const object = !relative && OBJECT_OF.test(withoutTitles(text.slice(from, subject.start)));
  // "Park Soo-hyun, spokesman for President Moon Jae-in, said": the name the apposition holding the object sets
  // off speaks.
  const head = object ? before.filter((m) => m.end <= subject.start).at(-1) : undefined;
  if (head && APPOSITION_TO_VERB.test(text.slice(head.end, verbAt))) {
    if (!OBJECT_OF.test(withoutTitles(text.slice(from, head.start)))) return { speaker: head.key, words: head.text };
  }
  // "Harry Reid, who he said “was right”": a pronoun between is the verb's own subject.
  const pronounBetween = afterApposition.split(/[\s,]+/u).some((w) => /^(?:he|she|they|we|i)$/iu.test(w));
  // "She was at CPAC to see Beck and called him …": a verb joined by "and" after a name has the clause's subject.
  const joinedVerb = /^\s+(?:and|but|or)\s+(?:\p{Ll}+\s+){0,2}$/u.test(afterApposition);
  const adjacent =
    !object &&
    !pronounBetween &&
    !joinedVerb &&
    SUBJECT_TO_VERB.test(between) &&
    !afterApposition.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()));
  // "Romney released a statement late Tuesday saying: …": a statement's participle needs no comma.
  // Only one person's statement: "Mr Magnier and Mr McManus issued a statement … saying" is two people's.
  const statementSaying =
    /\bstatement\b[^,;]{0,40}\s$/u.test(between) &&
    opensClause(text, from, subject) &&
    before.filter((m) => m.end <= verbAt).length === 1;
  const clause =
    /ing$/iu.test(verb[0]) &&
    (/,\s*(?:first|then|later|also|before|after)?\s*$/u.test(between) || statementSaying) &&
    !before.some((m) => m.start >= subject.end && m.end <= verbAt);
  if (clause) {
    // "Ted Cruz lashed out at Donald Trump, accusing …", "Mr Blair met John Smith, telling him …": the
    // participle's subject is the sentence's, the name that opens it; a name after a verb or a preposition
    // ("Police arrested John Smith, accusing him") is an object, no subject.
    if (opensClause(text, from, opener)) return { speaker: opener.key, words: opener.text };
    // "said Anthony Sebok, …, adding", "that Mr Ebbers ordered …, telling him": a verb of speech or a
    // conjunction before the name makes it a subject.
    const lead = withoutTitles(text.slice(from, subject.start));
    const lastWord = /(?:^|\s)(\p{Ll}[\p{L}'’-]*)\s+$/u.exec(lead)?.[1];
    // Inverted only after what was said ("…," said Sebok; said Sideways producer Michael London); in "He said
    // Mr Blair had …" the name opens a clause.
    const inverted = INVERTED_BEFORE.test(lead);
    const objectOfVerb = lastWord !== undefined && !describesName(lastWord) && !isFunctionWord(lastWord) && !inverted;
    // "citing concerns over Judge Gorsuch’s record, adding": a possessive is no subject.
    const possessive = /^['’]s\b/u.test(text.slice(subject.end));
    return object || objectOfVerb || possessive ? null : { speaker: subject.key, words: subject.text };
  }
  // "Mr Magnier and Mr McManus issued a statement saying": two people's words, neither one's alone.
  const joint = before.some(
    (m) => m.end <= subject.start && /^\s+(?:and|&)\s+$/u.test(withoutTitles(text.slice(m.end, subject.start))),
  );
  return adjacent && !joint ? { speaker: subject.key, words: subject.text } : null;
}

/** "the judge said": the one person of the article with that role; "a spokeswoman for X said": her words, unnamed. */
function role(ctx: AttributionContext, match: RegExpExecArray | null): Attribution | null {
  if (!match) return null;
  // A description keeps its article in lower case wherever the sentence put it: "per the local governor".
  const words = match[1]!.trim().replace(/^(?:The|An?)(?=\s+\p{Ll})/u, (w) => w.toLowerCase());
  if (match[2]!.toLowerCase() === 'the') {
    const noun = words.split(/\s+/).find((w) => ROLE_WORDS.has(w.toLowerCase()));
    const holders = noun
      ? [...ctx.roles].filter(([, r]) => new RegExp(`\\b${escapeRegExp(noun)}\\b`, 'iu').test(r))
      : [];
    if (holders.length === 1) return { speaker: holders[0]![0], words };
    // "the airline said": the one airline the article names.
    return { speaker: null, words: organisationNamed(ctx.paragraphs, words) ?? words };
  }
  return { speaker: null, words };
}

/** "All Nippon Airways said", "the Justice Department said": an organisation, never a person's name. */
function organisation(
  ctx: AttributionContext,
  match: RegExpExecArray | null,
  namesPeople: boolean,
): Attribution | null {
  if (!match) return null;
  // "But Mr Blair insisted: “…”": the conjunction that opens the sentence is no part of the name.
  const named = withoutFullStop(match[1]!.trim());
  const words = opensWithConjunction(named) ? named.replace(/^\S+\s+/u, '') : named;
  const capitalised = words.replace(/^the\s+/iu, '').split(/\s+/);
  const acronym = (w: string) => /^\p{Lu}{2,6}$/u.test(w);
  const uncased = (w: string) => /^\p{Lo}/u.test(w);
  // A bare pronoun, or a single capitalised word that may be a person the analysis does not know, is left
  // alone; an acronym ("NHK", "KCNA") names an organisation, and words in a script without capitals a name.
  if (PRONOUNS.test(capitalised[0]!) || (capitalised.length === 1 && namesPeople && !acronym(capitalised[0]!)))
    return null;
  const organisationLike =
    /^the\s/iu.test(words) ||
    capitalised.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || acronym(w)) ||
    capitalised.length > 1 ||
    capitalised.every(uncased);
  if (!organisationLike) return null;
  // "ANA said", "the JCS said": the name the article spells out, when it does.
  const acronymOf =
    capitalised.length === 1 && acronym(capitalised[0]!) ? organisationNamed(ctx.paragraphs, words) : null;
  return { speaker: null, words: acronymOf ?? words };
}
