import type { Person } from '../model/registries.ts';
import { NOT_NAME_WORDS, ORGANISATION_WORDS, ROLE_WORDS, SPEECH_VERBS } from './lexicon.ts';
import { genderPair, jaroWinkler, romanised } from '../text/similarity.ts';
import { escapeRegExp, wholeWords } from '../text/regex.ts';
import type { Paragraph } from '../model/analysis.ts';
import type { PersonMention, DiscoveredPerson } from '../model/analysis.ts';

export interface PeopleFound {
  mentions: PersonMention[];
  discovered: DiscoveredPerson[];
}

const alternation = (set: Set<string>) =>
  [...set]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
const ROLE = alternation(ROLE_WORDS);
const SPEECH = alternation(SPEECH_VERBS);
// "Dr. Amina Yusuf": an abbreviated title keeps its full stop.
const ROLE_BEFORE = new RegExp(`\\b(?:${ROLE})\\b\\.?,?\\s+$`, 'iu');
const ROLE_AFTER = new RegExp(`^,\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,6}?(?:${ROLE})\\b`, 'iu');
const SPEECH_AFTER = new RegExp(`^(?:['’]s)?,?\\s+(?:has\\s+|had\\s+|also\\s+|then\\s+)?(?:${SPEECH})\\b`, 'iu');
// "Valentin Petrov, a hydrologist at the state weather service, said": an apposition between name and verb.
const APPOSITION_SPEECH = new RegExp(
  `^,\\s+[^,.;:!?"“”()]{1,100},\\s+(?:has\\s+|had\\s+|also\\s+|then\\s+)?(?:${SPEECH})\\b`,
  'iu',
);
const RELATIVE_CLAUSE = /^,\s+(?:who|whose|which|where)\b/iu;
/** "Marcus Bell, 47, of Harrogate": an age after a name is how news introduces a person. */
const AGE_AFTER = /^,\s+\d{1,3},/u;
/** "the Geological Survey", "the US Geological Survey": English puts no article before a name, only before a title. */
const ARTICLE_BEFORE = /\b[Tt]he\s+((?:\p{Lu}[\p{L}.'’-]*\s+)*)$/u;
/** "Stockton-on-Tees Borough Council": a name-like run that goes on into an organisation word names the organisation. */
const NEXT_WORD = /^\s+(\p{Lu}\p{Ll}+)\b/u;
const AUXILIARY = /^(?:is|was|were|are|has|had|have|been|be)$/i;
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH}|according to)\\s+(?:\\p{Ll}+\\s+){0,2}$`, 'iu');
const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*/gu;
const NAME_TOKEN = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*$/u;
const POSSESSIVE = /['’]s$/u;
const LEADING_NON_ROLE =
  /^(the|a|an|and|but|or|while|when|as|after|before|meanwhile|by|with|from|to|of|in|on|for|that|its|his|her|their|according|is|was|were|are|has|had|have)$/i;

const isNameToken = (token: string) =>
  NAME_TOKEN.test(token) && !NOT_NAME_WORDS.has(token.toLowerCase()) && !ROLE_WORDS.has(token.toLowerCase());
export const surnameOf = (name: string) => name.split(' ').at(-1)!;
export const firstOf = (name: string) => (name.includes(' ') ? name.split(' ')[0]! : '');

/** First names agree when equal, one is the other's initial, or one is missing. */
export const compatibleFirstNames = (a: string, b: string) =>
  a === '' ||
  b === '' ||
  a.toLowerCase() === b.toLowerCase() ||
  (a[0] === b[0] && (a.length <= 2 || b.length <= 2)) ||
  jaroWinkler(a, b) >= 0.9 ||
  jaroWinkler(romanised(a), romanised(b)) >= 0.9;

/** Two spellings of one surname: close letters, and not a male/female pair (Petrov / Petrova). */
const sameSurname = (a: string, b: string) => a === b || (jaroWinkler(a, b) >= 0.92 && !genderPair(a, b));

/** How the words around a name introduce a person, with the role they give, if they do. */
function cueOf(before: string, after: string): { role: string | null } | undefined {
  if (ROLE_BEFORE.test(before)) return { role: roleFrom(before) };
  if (ROLE_AFTER.test(after)) return { role: appositionRole(after) };
  if (APPOSITION_SPEECH.test(after)) return { role: RELATIVE_CLAUSE.test(after) ? null : appositionRole(after) };
  if (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before) || AGE_AFTER.test(after)) return { role: null };
  return undefined;
}

/** Name-like words that belong to something else: "the Geological Survey", "Stockton-on-Tees Borough Council". */
function notAPerson(before: string, after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  const article = ARTICLE_BEFORE.exec(before);
  const titled = article?.[1]!.split(/\s+/).some((w) => ROLE_WORDS.has(w.replace(/[.,]$/, '').toLowerCase()));
  return (article !== null && !titled) || (next !== undefined && ORGANISATION_WORDS.has(next.toLowerCase()));
}

interface RegistryIndex {
  full: RegExp | undefined;
  byTerm: Map<string, string>;
  /** Surname → registry ids having it; used when a surname stands alone. */
  bySurname: Map<string, string[]>;
}

const indexCache = new WeakMap<readonly Person[], RegistryIndex>();
function registryIndex(people: readonly Person[]): RegistryIndex {
  let index = indexCache.get(people);
  if (index) return index;
  const byTerm = new Map<string, string>();
  const bySurname = new Map<string, string[]>();
  for (const p of people) {
    for (const term of [p.name, ...p.spellings, ...p.misspellings]) {
      byTerm.set(term, p.id);
      const surname = surnameOf(term);
      const ids = bySurname.get(surname) ?? [];
      if (!ids.includes(p.id)) bySurname.set(surname, [...ids, p.id]); // a handful per surname
    }
  }
  index = { full: wholeWords(byTerm.keys()), byTerm, bySurname };
  indexCache.set(people, index);
  return index;
}

/**
 * Finds the people an article names: registry names and spellings (longest
 * first), people the registry does not know (a run of capitalised name words
 * introduced by a role, an apposition or a speech verb), and later
 * surname-only mentions of someone named earlier.
 */
export function findPeople(paragraphs: readonly Paragraph[], people: readonly Person[]): PeopleFound {
  const index = registryIndex(people);
  const mentions: PersonMention[] = [];
  const discovered = new Map<string, DiscoveredPerson>();
  const taken = (i: number, start: number, end: number) =>
    mentions.some((m) => m.paragraph === i && m.start < end && start < m.end);
  /** Full names met so far: surname → key, for later surname-only mentions. */
  const seen = new Map<string, { key: string; first: string }>();
  /** Name-like runs with no cue: people only if they match someone the article introduces. */
  const uncued: { name: string; paragraph: number; start: number; end: number }[] = [];
  /** Surnames standing alone where a cue introduces them ("Wróbel, a former transport official"), with the role given. */
  const cuedSurnames = new Map<string, string | null>();
  const similarDiscovered = (name: string) =>
    [...discovered.values()].find(
      (d) => sameSurname(surnameOf(d.name), surnameOf(name)) && compatibleFirstNames(firstOf(d.name), firstOf(name)),
    );

  paragraphs.forEach((p, i) => {
    if (index.full) {
      for (const m of p.text.matchAll(index.full)) {
        const key = index.byTerm.get(m[0])!;
        mentions.push({ key, text: m[0], paragraph: i, start: m.index, end: m.index + m[0].length });
      }
    }
    for (const run of p.text.matchAll(CAPITALISED_RUN)) {
      for (const sub of nameRuns(run[0], run.index)) {
        if (taken(i, sub.start, sub.end)) continue;
        const before = p.text.slice(Math.max(0, sub.start - 80), sub.start);
        const after = p.text.slice(sub.end, sub.end + 120);
        if (notAPerson(before, after)) continue;
        const cue = cueOf(before, after);
        if (sub.tokens.length < 2) {
          if (cue && !cuedSurnames.get(sub.tokens[0]!)) cuedSurnames.set(sub.tokens[0]!, cue.role);
          continue;
        }
        const name = sub.tokens.join(' ');
        if (!cue) {
          uncued.push({ name, paragraph: i, start: sub.start, end: sub.end });
          continue;
        }
        const same = similarDiscovered(name);
        const key = same?.key ?? `new:${name}`;
        if (!same) discovered.set(key, { key, name, role: cue.role });
        mentions.push({ key, text: p.text.slice(sub.start, sub.end), paragraph: i, start: sub.start, end: sub.end });
      }
    }
  });
  // A full name with no cue is a person when it matches one the article introduces, or when its
  // surname is introduced on its own ("Agnieszka Wróbel won …" … "Wróbel, a former transport official").
  for (const u of uncued) {
    const same = similarDiscovered(u.name);
    const role = cuedSurnames.get(surnameOf(u.name));
    if (!same && role === undefined) continue;
    const key = same?.key ?? `new:${u.name}`;
    if (!same) discovered.set(key, { key, name: u.name, role: role ?? null });
    mentions.push({
      key,
      text: paragraphs[u.paragraph]!.text.slice(u.start, u.end),
      paragraph: u.paragraph,
      start: u.start,
      end: u.end,
    });
  }
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (const m of mentions)
    if (m.text.includes(' '))
      seen.set(surnameOf(m.text).replace(POSSESSIVE, ''), { key: m.key, first: firstOf(m.text) });

  // Surname-only mentions: someone named in full earlier, or a registry surname only one person has.
  paragraphs.forEach((p, i) => {
    for (const run of p.text.matchAll(CAPITALISED_RUN)) {
      for (const sub of nameRuns(run[0], run.index)) {
        if (sub.tokens.length !== 1 || taken(i, sub.start, sub.end)) continue;
        const word = sub.tokens[0]!;
        const earlier = [...mentions]
          .reverse()
          .find((m) => (m.paragraph < i || (m.paragraph === i && m.end <= sub.start)) && m.text.includes(' '));
        // The same surname before a close one: a later "Ivanova" is Elena Ivanova, not Georgi Ivanov.
        const known =
          earlier &&
          ([...seen].find(([surname]) => surname === word) ??
            [...seen].find(([surname]) => sameSurname(surname, word)));
        const registryIds = index.bySurname.get(word);
        const key = known
          ? known[1].key
          : registryIds?.length === 1 && word.length >= 4 && hasCue(p.text, sub.start, sub.end)
            ? registryIds[0]!
            : undefined;
        if (key)
          mentions.push({ key, text: p.text.slice(sub.start, sub.end), paragraph: i, start: sub.start, end: sub.end });
      }
    }
  });
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { mentions, discovered: [...discovered.values()] };
}

function hasCue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 120);
  return cueOf(before, after) !== undefined;
}

/** Splits a capitalised run into runs of name words; a possessive ends a run and is not part of the name. */
function nameRuns(run: string, offset: number): { tokens: string[]; start: number; end: number }[] {
  const out: { tokens: string[]; start: number; end: number }[] = [];
  let current: { tokens: string[]; start: number; end: number } | undefined;
  let pos = offset;
  for (const raw of run.split(' ')) {
    const possessive = POSSESSIVE.test(raw);
    const token = raw.replace(POSSESSIVE, '').replace(/[.,]$/, '');
    if (isNameToken(token)) {
      current ??= { tokens: [], start: pos, end: pos };
      current.tokens.push(token);
      current.end = pos + token.length;
      if (possessive) {
        out.push(current);
        current = undefined;
      }
    } else if (current) {
      out.push(current);
      current = undefined;
    }
    pos += raw.length + 1;
  }
  if (current) out.push(current);
  return out;
}

/** "Russian Foreign Ministry spokeswoman" from the words between the clause start and the name. */
function roleFrom(before: string): string | null {
  // "commander, Oleksandr Syrskyi": the role is the clause before the comma.
  const clause = before
    .trimEnd()
    .replace(/,$/, '')
    .split(/[.;:!?,]\s|["“”(]/)
    .at(-1)!
    .trim();
  const words = clause.split(/\s+/).filter(Boolean);
  // The role is the noun phrase right before the name: stop at a function word or a verb of speech.
  let from = words.length;
  while (from > 0 && !LEADING_NON_ROLE.test(words[from - 1]!) && !SPEECH_VERBS.has(words[from - 1]!.toLowerCase()))
    from--;
  // "Benfica have signed striker …": after an auxiliary comes its verb, not the role.
  if (from > 0 && from < words.length - 1 && AUXILIARY.test(words[from - 1]!)) from++;
  const role = words.slice(from);
  return role.length && role.length <= 7 ? role.join(' ') : null;
}

/** "a spokesperson for the Ukrainian Ministry of Foreign Affairs" from ", a spokesperson for …, …". */
function appositionRole(after: string): string | null {
  const phrase = after
    .replace(/^,\s+/, '')
    .split(/[,.;:!?]/)[0]!
    .trim();
  return phrase.split(/\s+/).length <= 10 ? phrase.replace(/^(a|an|the)\s+/i, '') : null;
}
