import type { PersonMention } from '../model/analysis.ts';
import { alternation } from '../text/regex.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { sentenceAround } from '../text/sentences.ts';
import { isFunctionWord } from './gazetteer.ts';
import { ORGANISATION_WORDS, PERSONAL_TITLES, ROLE_WORDS, SPEECH_VERB_PATTERN } from './lexicon.ts';

/**
 * Who a clause is about, read from the words around a name: whether the name
 * opens its sentence as the subject, is the object of a preposition, or
 * stands after a verb of speech that comes before its subject. The rules that
 * attribute quotations and resolve pronouns ask these questions.
 */

const VERBS = SPEECH_VERB_PATTERN;
/** Titles and role words: what may stand in a capitalised run before a name. */
export const TITLE_WORDS = new Set([...PERSONAL_TITLES, ...ROLE_WORDS]);
/** The subject or "that" that opens a clause after a verb ("admits he had", "revealed that"), as an alternation. */
export const CLAUSE_OPENER = 'that|he|she|they|it|we|i|there';
/** Words that stand for someone named elsewhere, or for nothing named. */
export const PRONOUNS = /^(?:he|she|it|they|we|i|you|this|that|there)$/iu;
/**
 * A preposition right before a name (titles and role words aside): the name is its object ("a spokesman for Mr
 * Blair said"). Not "by", whose object may be the speaker ("denied by Jack Straw, who said"), nor "with" ("with
 * leader Charles Kennedy saying").
 */
export const OBJECT_OF = /\b(?:of|to|for|from|under|against|about|on|at|into|toward|towards|between|among)\s+$/iu;
/** `s` without the title and role words it ends with ("… of leader ", "… by Foreign Secretary "). */
export function withoutTitles(s: string): string {
  const words = s.split(/(?<=\s)/u);
  // "former", "acting", "then-": what qualifies a title is part of it ("at former Senate Leader Harry Reid").
  const title = (w: string) =>
    /^\p{Lu}[\p{L}.-]*$/u.test(w) || TITLE_WORDS.has(w) || /^(?:former|acting|then-?)$/u.test(w);
  while (words.length && title(words.at(-1)!.trim())) {
    words.pop();
    // "Secretary of State", "Chancellor of the Exchequer": "of" inside a capitalised title; in "spokesman for
    // President Moon" it is a preposition, and the name its object.
    const n = words.length;
    const the = n >= 3 && words[n - 1]!.trim() === 'the' ? 1 : 0;
    const before = words[n - 2 - the]?.trim() ?? '';
    if (/^(?:of|for)$/u.test(words[n - 1 - the]?.trim() ?? '') && /^\p{Lu}/u.test(before) && title(before))
      words.splice(n - 1 - the);
  }
  return words.join('');
}

/** Verbs of speech that stand before their subject ("said Anthony Sebok"), never before an object. */
const INVERTED = alternation(
  `said says added adds wrote writes explained continued insisted noted declared replied stated commented remarked
  admitted conceded acknowledged recalled argued`.split(/\s+/),
);
/** After a quotation, the verb and up to three words of description before a name: ", said Sideways producer ". */
export const INVERTED_BEFORE = new RegExp(`[,"”]\\s*(?:${INVERTED})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, 'u');
/** A clause opening between a sentence's subject and a later verb: the verb may be that clause's. */
export const SUBORDINATE_BETWEEN =
  /\b(?:when|while|after|before|who|whom|which|because|if|since|until|where|whose)\b/iu;
/** ", but ", " and later ": a verb so joined to the one before it, with no subject between. */
export const COORDINATED = /,?\s(?:and|but)\s+(?:(?:also|later|then)\s+)?$/u;
/** ", he said" in a sentence: its words are that speaker's report. */
const REPORTED_BY_PRONOUN = new RegExp(`,\\s*(?:he|she|they)\\s+(?:${VERBS})\\b`, 'iu');
/** Words that open a clause a sentence's subject does not stand in ("When Carson died, …"). */
const SUBORDINATOR =
  /^(?:when|while|after|before|as|if|although|though|because|since|until|once|whether|where|unless)$/iu;
/** Lower-case words that may stand right before a name as part of its description ("foreign ministry spokeswoman"). */
const DESCRIBES_NAME = new Set([...ROLE_WORDS, ...ORGANISATION_WORDS, ...PERSONAL_TITLES]);
/** …or a compound of one ("co-chairman", "ex-minister"). */
export const describesName = (word: string) => {
  const w = word.toLowerCase();
  return DESCRIBES_NAME.has(w) || DESCRIBES_NAME.has(w.split('-').at(-1)!);
};

/**
 * Whether `m` opens its sentence as the subject: nothing before it but titles or a short description ending in a
 * role ("Republican presidential nominee Mitt Romney"), and after it no possessive, role or other name that would
 * make it a qualifier ("Trump spokeswoman Katrina Pierson", "Rice's comments").
 */
export function opensClause(text: string, from: number, m: PersonMention): boolean {
  const lead = text.slice(from, m.start);
  // "His party leader, Michael Howard, argued": the description may be set off by a comma.
  const core = lead.replace(/,\s*$/u, '');
  const words = core.trim().split(/\s+/u).filter(Boolean);
  // "When Carson died, President Bush …", "But he said Mr Blair …": a clause before the name.
  if (words.some((w) => SUBORDINATOR.test(w) || PRONOUNS.test(w))) return false;
  // "And Tony Blair would be in the front line, he said": the sentence reports someone else's words.
  if (REPORTED_BY_PRONOUN.test(text.slice(m.end, sentenceAround(text, m.start, m.end)[1]))) return false;
  const described = words.length <= 6 && /^[\p{L}.'’\s-]*$/u.test(core) && describesName(words.at(-1) ?? '');
  if (withoutTitles(lead).trim() !== '' && !described) return false;
  const after = text.slice(m.end);
  if (/^['’]s\b/u.test(after)) return false;
  const word = /^\s+([\p{L}-]+)/u.exec(after)?.[1];
  return word === undefined || (!/^\p{Lu}/u.test(word) && !describesName(word));
}

/**
 * A capitalised word right before a verb of speech, not after a preposition or an article ("Chris Coons of
 * Delaware slammed", "the Scot admitted", "firing the missile over Japan suggested").
 */
const CAPITALISED_SPEAKS = new RegExp(
  `(?<!\\b(?:of|for|at|on|in|from|with|by|to|over|near|across|against|about|toward|towards|between|among|under|into|through|around|beyond|than|via|within|behind|the|a|an)\\s+)(\\p{Lu}[\\p{L}'’-]+)\\s+(?:also\\s+)?(?:${VERBS})\\b`,
  'giu',
);
const CALENDAR_WORDS = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);

/**
 * The capitalised words of `text` that speak, a name or its last word ("Trump said", "Deutsche Boerse said"),
 * with their offsets: not a function word ("He said"), a day ("on Saturday accused") or a role ("The
 * Conservative Party Co-Chairman said").
 */
export function capitalisedSpeakers(text: string): { word: string; at: number }[] {
  return [...text.matchAll(CAPITALISED_SPEAKS)]
    .map((m) => ({ word: m[1]!, at: m.index }))
    .filter(
      ({ word }) =>
        /^\p{Lu}/u.test(word) &&
        !isFunctionWord(word) &&
        !CALENDAR_WORDS.has(word) &&
        !TITLE_WORDS.has(word.toLowerCase()),
    );
}
