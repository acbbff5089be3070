import { ROLE_WORDS, SPEECH_VERBS } from './lexicon.ts';
import { escapeRegExp } from '../text/regex.ts';
import { sentenceAround, TITLES } from '../text/sentences.ts';
import type { PersonMention, Paragraph } from '../model/analysis.ts';
import type { Attribution } from '../model/analysis.ts';

const SPEECH = [...SPEECH_VERBS, 'statement', 'remarks', 'message', 'address', 'according'].map(escapeRegExp).join('|');
const SPEECH_WORD = new RegExp(`\\b(?:${SPEECH})\\b`, 'iu');
const PRONOUN_SPEECH_AFTER = new RegExp(`^[\\s,.”"’]*(he|she)\\s+(?:also\\s+)?(?:${SPEECH})\\b`, 'iu');
const ADJACENT_GAP = new RegExp(`^[\\s,.”"’]*(?:(?:${SPEECH})\\s+|\\p{Lu}[\\p{L}'’.-]*\\s+)*$`, 'u');
const VERBS = [...SPEECH_VERBS].map(escapeRegExp).join('|');
// A verb after the name: "…, Zieliński said"; not "Zieliński, according to the commission", where he is the subject.
const SPEECH_NEXT = new RegExp(`^(?:['’]s)?,?\\s+(?:\\p{Ll}+\\s+)?(?:${VERBS})\\b`, 'iu');
const PRONOUN_SPEECH_BEFORE = new RegExp(`\\b(he|she)\\s+(?:\\p{Ll}+\\s+){0,2}(?:${SPEECH})\\b[^.!?]*$`, 'iu');
const ACCORDING_TO = /according to\s+(?:\S+\s+){0,3}$/i;
// "…," the judge told him / said the minister: a role with "the" names whoever the article gave that role.
const ROLE = [...ROLE_WORDS]
  .filter((w) => !/^(?:mr|mrs|ms|dr|sir|lord)$/.test(w))
  .map(escapeRegExp)
  .join('|');
const ROLE_SPEECH_AFTER = new RegExp(
  `^[\\s,.”"’]*(?:(?:${VERBS})\\s+(the\\s+(${ROLE}))\\b|(the\\s+(${ROLE}))\\s+(?:also\\s+)?(?:${VERBS})\\b)`,
  'iu',
);
// "the International Atomic Energy Agency said": an organisation, at the sentence start or after "the".
const ORG_SPEECH = new RegExp(
  `(?:^|\\bthe\\s+)(?!(?:He|She|It|They|We|I|You)\\s)((?:\\p{Lu}[\\p{L}'’-]*\\s+)(?:(?:of\\s+)?\\p{Lu}[\\p{L}'’-]*\\s+){0,5})(?:has\\s+|had\\s+)?(?:${VERBS})\\b`,
  'u',
);
/**
 * Attributes a span of a paragraph by sentence rules: "…," X said / said X;
 * X said "…"; according to X; he/she said (the person last named before);
 * failing those, the next sentence ("That was the message from X.").
 */
export function attribute(
  paragraphs: readonly Paragraph[],
  mentions: readonly PersonMention[],
  index: number,
  start: number,
  end: number,
  options: { nextSentence: boolean; roles?: ReadonlyMap<string, string> } = { nextSentence: true },
): Attribution | null {
  const text = paragraphs[index]!.text;
  const [from, to] = sentenceAround(text, start, end);
  const here = mentions.filter((m) => m.paragraph === index);
  // A pronoun's antecedent is a person named earlier in the paragraph; only a
  // paragraph's first sentence may refer back to the previous paragraph.
  const lastBefore = (pos: number) =>
    [...mentions]
      .reverse()
      .find((m) => (m.paragraph === index && m.end <= pos) || (from === 0 && m.paragraph === index - 1));

  // After the span: ", Zelensky said" / ", said Putin" / ", he said".
  const tail = text.slice(end, to);
  const pronounAfter = PRONOUN_SPEECH_AFTER.exec(tail);
  if (pronounAfter) {
    const antecedent = lastBefore(start);
    if (antecedent) return { speaker: antecedent.key, words: pronounAfter[1]! };
  }
  const roleAfter = options.roles && ROLE_SPEECH_AFTER.exec(tail);
  if (roleAfter) {
    const word = new RegExp(`\\b${escapeRegExp((roleAfter[2] ?? roleAfter[4])!)}\\b`, 'i');
    const holder = [...mentions]
      .reverse()
      .find((m) => (m.paragraph < index || m.end <= start) && word.test(options.roles!.get(m.key) ?? ''));
    if (holder) return { speaker: holder.key, words: (roleAfter[1] ?? roleAfter[3])! };
  }
  // A person right after the span, with nothing but punctuation, a verb or a title between, is the speaker;
  // one further on ("…”, with its director-general, X, urging …") only if nothing before the span says otherwise.
  let weak: Attribution | null = null;
  for (const m of here.filter((m) => m.start >= end && m.end <= to)) {
    const gap = text.slice(end, m.start);
    if (gap.length > 40 || /[.!?]/.test(gap.replace(/^[\s,.”"’]+/, '').replace(TITLES, ''))) break;
    if (!SPEECH_WORD.test(gap) && !SPEECH_NEXT.test(text.slice(m.end, m.end + 30))) continue;
    if (ADJACENT_GAP.test(gap)) return { speaker: m.key, words: m.text };
    weak ??= { speaker: m.key, words: m.text };
  }
  // Before the span, in the same sentence: the last person followed by a verb of speech.
  for (const m of here.filter((m) => m.start >= from && m.end <= start).reverse()) {
    const between = text.slice(m.end, start);
    const lead = text.slice(Math.max(from, m.start - 30), m.start);
    if (SPEECH_WORD.test(between) || ACCORDING_TO.test(lead)) return { speaker: m.key, words: m.text };
  }
  // "…, according to Oleksiy Kovalenko, head of …": the source of everything before it in the sentence.
  const source = here.find(
    (m) => m.start >= end && m.end <= to && ACCORDING_TO.test(text.slice(Math.max(end, m.start - 30), m.start)),
  );
  if (source) return { speaker: source.key, words: source.text };
  const head = text.slice(from, start);
  const pronounBefore = PRONOUN_SPEECH_BEFORE.exec(head);
  if (pronounBefore) {
    const antecedent = lastBefore(from + pronounBefore.index);
    if (antecedent) return { speaker: antecedent.key, words: pronounBefore[1]! };
  }
  const org = ORG_SPEECH.exec(head);
  if (org) return { speaker: null, words: org[1]!.trim() };
  if (weak) return weak;
  // The next sentence names the speaker: "… ." Putin said so on Tuesday.
  if (options.nextSentence && to < text.length) {
    const nextEnd = sentenceAround(text, to + 1, to + 1)[1];
    const next = mentions.find(
      (m) =>
        m.paragraph === index && m.start > to && m.end <= nextEnd && SPEECH_WORD.test(text.slice(m.end, m.end + 20)),
    );
    if (next) return { speaker: next.key, words: next.text };
  }
  return null;
}
