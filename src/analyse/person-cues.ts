import { alternation } from '../text/regex.ts';
import { MODIFIER } from './name-runs.ts';
import {
  CONJUNCTION,
  OFFICE_WORDS,
  ORGANISATION_WORDS,
  ROLE_WORDS,
  SPEECH_VERB_PATTERN,
  SPEECH_VERBS,
} from './lexicon.ts';

/**
 * How the words around a capitalised run say it names a person: a role
 * just before it ("spokesman John Doe"), an apposition with a role or an age
 * just after it ("John Doe, a spokesman for …", "John Doe, 45,"), or a
 * relative clause only people take ("John Doe, who …"). A verb of speech
 * alone is no such cue: organisations say things too.
 */
const ROLE = alternation(ROLE_WORDS);
const SPEECH = SPEECH_VERB_PATTERN;
/** A role word right before the name ("autocrat Hosni Mubarak"), not one ending the sentence before ("… artist. Sales"). */
const ROLE_BEFORE = new RegExp(`\\b(?:${ROLE})\\b,?\\s+$`, 'u');
// Not a coordination: "…, and its young star, …" names someone else.
const ROLE_AFTER = new RegExp(
  `^,\\s+(?!(?:and|or|but|while)\\s)(?:(?:a|an|the|his|her|their)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,6}?(?:${ROLE})\\b`,
  'iu',
);
const WHO_AFTER = /^,\s+who\b/iu;
/** ", became the first Scot to …": a lower-case word before a determiner is a verb, whose object is no apposition. */
const VERB_AFTER = /^,\s+\p{Ll}+\s+(?:a|an|the|his|her|its|their)\s/u;
/**
 * "a spokesman for the Foreign Ministry, Geng Shuang": an office held for an organisation, then the name set off
 * by a comma. Only offices: "star of Crouching Tiger, Hidden Dragon" goes on into a list of titles.
 */
const OFFICES = alternation(OFFICE_WORDS);
const OFFICE_FOR_BEFORE = new RegExp(
  `(\\b(?:${OFFICES}))(\\s+(?:of|for|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’&.-]*\\s+){0,5}\\p{Lu}[\\p{L}'’&.-]*),\\s+$`,
  'u',
);
/** "Marcus Bell, 47, of Harrogate": an age after a name is how news introduces a person. */
const AGE_AFTER = /^,\s+\d{1,3},/u;
/** "Tim Kaine (D-Va.)", "Mitt Romney, R-Utah,": the party and state a US legislator is named with. */
const PARTY_AFTER = /^(?:\s*\(|,\s+)[DRI]-\p{Lu}[\p{L}.]{1,12}(?:\)|,)/u;
/** "the Geological Survey", "the US Geological Survey": English puts no article before a name, only before a title. */
const ARTICLE_BEFORE = /\b[Tt]he\s+((?:\p{Lu}[\p{L}.'’-]*\s+)*)$/u;
/** "Stockton-on-Tees Borough Council": a name-like run that goes on into an organisation word names the organisation. */
const NEXT_WORD = /^\s+(\p{Lu}\p{Ll}+)\b/u;
const LEADING_NON_ROLE =
  /^(the|a|an|and|but|or|while|when|as|after|before|meanwhile|by|with|from|to|of|in|on|for|over|against|about|at|into|than|like|between|among|under|through|toward|towards|via|during|since|that|its|his|her|their|according|is|was|were|are|has|had|have)$/i;
const AUXILIARY = /^(?:is|was|were|are|has|had|have|been|be)$/i;

export interface PersonCue {
  /** The role the words give the person, as written, if they give one. */
  role: string | null;
}

/** The cue the words before and after a run give that it names a person, if any. */
export function personCue(text: string, after: string): PersonCue | undefined {
  // "its director, Tunisian-born Abdellatif Kechiche": a modifier between the role and the name leaves the role.
  const last = /(\S+)\s+$/u.exec(text);
  const before = last && MODIFIER.test(last[1]!) ? text.slice(0, last.index) : text;
  if (ROLE_BEFORE.test(before)) return { role: roleBefore(before) };
  const forOrganisation = OFFICE_FOR_BEFORE.exec(before);
  // The name is set off on both sides, or speaks: "…, Geng Shuang, said"; not "Veritas, Latin for truth".
  if (forOrganisation && (after.startsWith(',') || speechAfter.test(after))) {
    const holder = roleBefore(before.slice(0, forOrganisation.index + forOrganisation[1]!.length));
    return { role: holder && `${holder}${forOrganisation[2]}` };
  }
  if (ROLE_AFTER.test(after) && !VERB_AFTER.test(after)) return { role: appositionRole(after) };
  if (AGE_AFTER.test(after) || WHO_AFTER.test(after) || PARTY_AFTER.test(after)) return { role: null };
  return undefined;
}

/** A verb of speech right after the name: "X said", "X, the …, told". */
export const speechAfter = new RegExp(
  `^(?:,\\s+[^,.;:!?"“”()]{1,100},)?\\s+(?:has\\s+|had\\s+|also\\s+|then\\s+)?(?:${SPEECH})\\b`,
  'iu',
);

/**
 * “Morning Joe”, 'Star Wars Story', “Wolf Moon”: a run that is the whole of a quotation is a title or a
 * nickname; news gives no person's name in quotation marks.
 */
const OPENS_QUOTATION = /(?:^|[\s(])[“"‘']$/u;
const CLOSES_QUOTATION = /^[.,!?]?[”"’'](?!\p{L})/u;

/** "the West Bank village of Nabi Saleh", "the city of Santa Clara": a place. */
const PLACE_OF_BEFORE =
  /\b(?:village|town|city|province|region|district|county|island|kingdom|republic|port|suburb|municipality|governorate|prefecture)\s+of\s+$/iu;
/** "stints at Chuck E. Cheese’s and Sears": at a name's, with no noun after it, is at a shop. */
const AT_BEFORE = /\bat\s+$/u;
const SHOP_AFTER = /^['’]s(?:\s+(?:and|or)\b|[.,;:)]|$)/u;

/** Name-like words that belong to something else: "the Geological Survey", "Stockton-on-Tees Borough Council". */
export function belongsToSomethingElse(before: string, after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  const article = ARTICLE_BEFORE.exec(before);
  const titled = article?.[1]!.split(/\s+/).some((w) => ROLE_WORDS.has(w.replace(/[.,]$/, '').toLowerCase()));
  return (
    (article !== null && !titled) ||
    (next !== undefined && ORGANISATION_WORDS.has(next.toLowerCase())) ||
    (OPENS_QUOTATION.test(before) && CLOSES_QUOTATION.test(after)) ||
    PLACE_OF_BEFORE.test(before) ||
    (AT_BEFORE.test(before) && SHOP_AFTER.test(after))
  );
}

/** An adverb, never inside a role: "effectively". */
const ADVERB = /^\p{Ll}[\p{Ll}-]+ly$/u;
/** A participle in lower case: "chasing", "toppled"; inside a role only as its last modifier ("managing director"). */
const PARTICIPLE = /^\p{Ll}[\p{Ll}-]+(?:ing|ed)$/u;

/** "Russian Foreign Ministry spokeswoman" from the words between the clause start and the name. */
function roleBefore(before: string): string | null {
  // "commander, Oleksandr Syrskyi": the role is the clause before the comma.
  const clause = before
    .trimEnd()
    .replace(/,$/, '')
    .split(/[.;:!?,]\s|["“”(]/)
    .at(-1)!
    .trim();
  const words = clause.split(/\s+/).filter(Boolean);
  // The role is the noun phrase right before the name: stop at a function word ("plus France captain", "if
  // coach"), a verb of speech, an adverb, or a participle two words or more before the name ("toppled longtime
  // autocrat" keeps "longtime autocrat"; "chief operating officer" stays whole).
  const endsRole = (w: string, i: number) =>
    LEADING_NON_ROLE.test(w) ||
    CONJUNCTION.test(w) ||
    SPEECH_VERBS.has(w.toLowerCase()) ||
    ADVERB.test(w) ||
    (PARTICIPLE.test(w) && words.length - i >= 3);
  let from = words.length;
  while (from > 0 && !endsRole(words[from - 1]!, from - 1)) from--;
  // "Benfica have signed striker …": after an auxiliary comes its verb, not the role.
  if (from > 0 && from < words.length - 1 && AUXILIARY.test(words[from - 1]!)) from++;
  const role = words.slice(from);
  return role.length && role.length <= 7 ? role.join(' ') : null;
}

/** "a spokesperson for the Ukrainian Ministry of Foreign Affairs" from ", a spokesperson for …, …". */
/** A verb of speech after a role, which the role does not run into ("analyst at Nomura told the BBC"). */
const SPEECH_AFTER_ROLE = new RegExp(`(?:^|\\s)(?:${SPEECH})\\b`, 'u');
function appositionRole(after: string): string | null {
  // It ends at the clause's end (not at an initial's stop: "spokesman for Robert P. McCulloch") or at a verb of
  // speech ("Labour's election strategist told Radio 4").
  const phrase = after
    .replace(/^,\s+/, '')
    .split(/[,;:!?]|(?<!(?:^|[\s.])\p{Lu})\.(?=\s|$|\p{Lu})/u)[0]!
    .split(SPEECH_AFTER_ROLE)[0]!
    .trim();
  const words = phrase.split(/\s+/);
  // What is left must still hold the role word that made it a cue.
  if (words.length > 10 || !words.some((w) => ROLE_WORDS.has(w.toLowerCase()))) return null;
  return phrase.replace(/^(a|an|the)\s+/i, '');
}
