import type { DiscoveredPerson, Paragraph, PersonMention } from '../model/analysis.ts';
import type { Person } from '../model/registries.ts';
import { wholeWords } from '../text/regex.ts';
import { genderPair, jaroWinkler, romanised } from '../text/similarity.ts';
import { isEitherSexName, isGivenName } from './gazetteer.ts';
import { sameGivenName } from './nicknames.ts';
import { nameRuns, SUFFIX, type NameRun, type NameToken } from './name-runs.ts';
import { belongsToSomethingElse, personCue, speechAfter } from './person-cues.ts';
import {
  couldBeFullName,
  endsInListedWord,
  couldBeSurname,
  genderOfName,
  isNotNameWord,
  nameWords,
  readName,
  startsWithGivenName,
  type NameReading,
} from './read-name.ts';

export interface PeopleFound {
  mentions: PersonMention[];
  discovered: DiscoveredPerson[];
}

/** The last word of a name that is no suffix: "Biden" of "Joseph R. Biden Jr.". */
export const surnameOf = (name: string) =>
  name
    .split(' ')
    .filter((w) => !SUFFIX.test(w))
    .at(-1) ?? name;
export const firstOf = (name: string) => (name.includes(' ') ? name.split(' ')[0]! : '');

/** First names agree when equal, one is the other's initial or familiar form (Chuck, Charles), or one is missing. */
export const compatibleFirstNames = (a: string, b: string) =>
  sameGivenName(a, b) ||
  a === '' ||
  b === '' ||
  a.toLowerCase() === b.toLowerCase() ||
  (a[0] === b[0] && (a.length <= 2 || b.length <= 2)) ||
  jaroWinkler(a, b) >= 0.9 ||
  jaroWinkler(romanised(a), romanised(b)) >= 0.9;

/** The names between a full name's first word and its surname, initials one by one: "H", "W" of "George H.W. Bush". */
function middleNames(words: readonly string[]): string[] {
  const named = words.filter((w) => !SUFFIX.test(w));
  return named.slice(1, -1).flatMap((w) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.split('.').filter(Boolean) : [w]));
}

/**
 * Middle names agree when either name has none, or both give the same ones in the same order, an initial
 * standing for any name it begins ("John F. Kennedy", "John Fitzgerald Kennedy"). Different ones make
 * different people: George H.W. Bush is not George W. Bush, nor John Addo Kufuor John Agyekum Kufuor.
 */
export function compatibleMiddleNames(a: readonly string[], b: readonly string[]): boolean {
  const [ma, mb] = [middleNames(a), middleNames(b)];
  if (ma.length === 0 || mb.length === 0) return true;
  const initial = (w: string) => w.replace(/\.$/, '').length === 1;
  return (
    ma.length === mb.length &&
    ma.every((w, i) => {
      const v = mb[i]!;
      return initial(w) || initial(v) ? w[0] === v[0] : compatibleFirstNames(w, v);
    })
  );
}

const endsWith = (name: readonly string[], end: readonly string[]) =>
  end.every((w, i) => w === name[name.length - end.length + i]);

/** Two spellings of one surname: close letters, and not a male/female pair (Petrov / Petrova). */
const sameSurname = (a: string, b: string) => a === b || (jaroWinkler(a, b) >= 0.92 && !genderPair(a, b));

/** How many people sharing a surname's first letters a name is compared with (see findFull). */
export const MAX_CANDIDATES = 64;

/** Honorifics say nothing of what a person does: they are no role. */
const HONORIFIC_ONLY = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord)\.?$/u;

interface Found {
  paragraph: number;
  run: NameRun;
  reading: NameReading;
  words: string[];
  before: string;
  after: string;
}

/**
 * Finds the people an article names. Registry names and spellings first;
 * then people the registry does not know, from runs of capitalised words
 * read as a title and a name: a full name counts when something says it is a
 * person (a title or role before it, an apposition, an age or "who" after
 * it, or a given name as its first word) and it is no place, organisation
 * or nationality. A surname alone stands for the one person of the article
 * it can be (by title and gender); when two people share it, it stands for
 * no one. A title before a surname nobody in the article has in full names a
 * person known by that surname alone ("President Obama").
 */
export function findPeople(paragraphs: readonly Paragraph[], registry: readonly Person[]): PeopleFound {
  const index = registryIndex(registry);
  const mentions: PersonMention[] = registryMentions(paragraphs, index);
  const people = new ArticlePeople();
  for (const m of mentions) people.addRegistry(m.key, registryNameOf(index, m.key), [m.paragraph, m.start]);
  const overlapsRegistry = registryOverlap(mentions);

  const uncertain: Found[] = [];
  const singles: Found[] = [];
  paragraphs.forEach((p, i) => {
    for (const run of nameRuns(p.text)) {
      const reading = readName(run, p.text.slice(Math.max(0, run.tokens[0]!.start - 60), run.tokens[0]!.start));
      if (!reading) continue;
      const end = reading.name.at(-1)!.end;
      if (overlapsRegistry(i, run.tokens[0]!.start, end)) continue;
      const before = p.text.slice(Math.max(0, run.tokens[0]!.start - 80), run.tokens[0]!.start);
      const after = p.text.slice(end, end + 120);
      // Read from where the run starts and from where the name does: "The Shelton Weekly reported" opens its
      // run with the article.
      const lead = p.text.slice(Math.max(0, reading.name[0]!.start - 80), reading.name[0]!.start);
      const elsewhere = () =>
        belongsToSomethingElse(before, after) || (lead !== before && belongsToSomethingElse(lead, after));
      if (!reading.title && elsewhere()) continue;
      const found = { paragraph: i, run, reading, words: nameWords(reading.name), before, after };
      if (found.words.length === 1) singles.push(found);
      else if (!couldBeFullName(reading.name)) continue;
      // A sentence's first word may be no part of the name, unless what follows the run says it names a person.
      else if (reading.uncertainStart ? !personCue(before, after) : !isPerson(found)) uncertain.push(found);
      else if (endsInListedWord(reading.name) && !reading.title && !personCue(before, after)) uncertain.push(found);
      else mentions.push(people.add(found, p.text));
    }
  });
  // A run with no cue is a person's name when the article names that person with a cue elsewhere, or gives
  // the surname alone a cue ("Agnieszka Wróbel won …" … "Wróbel, a former transport official, …").
  const cuedSurnames = new Set(singles.filter((f) => personCue(f.before, f.after)).map((f) => f.words[0]!));
  for (const found of uncertain) {
    const text = paragraphs[found.paragraph]!.text;
    if (!found.reading.uncertainStart && cuedSurnames.has(found.words.at(-1)!)) {
      mentions.push(people.add(found, text));
      continue;
    }
    const person = people.findFull(found.reading.name);
    const f = person || !found.reading.uncertainStart ? found : withoutFirstWord(found);
    if (person) mentions.push(people.mention(person, f, text));
    else if (f.words.length === 1) singles.push(f);
    else if (f !== found && couldBeFullName(f.reading.name) && isPerson(f)) mentions.push(people.add(f, text));
    else if (f !== found && people.findFull(f.reading.name))
      mentions.push(people.mention(people.findFull(f.reading.name)!, f, text));
  }
  // In the order of the text: a surname stands for someone named before it.
  singles.sort((a, b) => a.paragraph - b.paragraph || a.reading.name[0]!.start - b.reading.name[0]!.start);
  for (const f of singles) {
    const mention = people.reference(f, paragraphs[f.paragraph]!.text, index);
    if (mention) mentions.push(mention);
  }
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { mentions, discovered: people.discovered() };
}

/**
 * Whether a stretch of a paragraph overlaps a registry mention. The mentions
 * of a paragraph come from one regular expression, so they are in order and
 * never overlap: a binary search finds the one to look at, and an article
 * naming thousands of people is not quadratic in them.
 */
function registryOverlap(mentions: readonly PersonMention[]) {
  const byParagraph = new Map<number, PersonMention[]>();
  for (const m of mentions) {
    const list = byParagraph.get(m.paragraph);
    if (list) list.push(m);
    else byParagraph.set(m.paragraph, [m]);
  }
  return (paragraph: number, start: number, end: number): boolean => {
    const list = byParagraph.get(paragraph);
    if (!list) return false;
    let [lo, hi] = [0, list.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    // The last mention starting before `end` is the only one that can reach past `start`.
    return lo > 0 && list[lo - 1]!.end > start;
  };
}

/** Something in or around the run says it names a person. */
const isPerson = (f: Found) =>
  f.reading.title !== '' || startsWithGivenName(f.words) || personCue(f.before, f.after) !== undefined;

/** "Resist Trump" read as "Trump", "Xi Jinping Thought" as "Jinping Thought": the sentence's first word dropped. */
function withoutFirstWord(f: Found): Found {
  const name = f.reading.name.slice(1);
  while (name.length && name[0]!.kind !== 'word') name.shift();
  return { ...f, reading: { ...f.reading, name, uncertainStart: false }, words: nameWords(name) };
}

interface ArticlePerson {
  key: string;
  name: string;
  words: string[];
  surname: string;
  role: string | null;
  gender: 'male' | 'female' | undefined;
  /** The gender is only the usual one of a given name either sex bears ("Terry"): a title may say otherwise. */
  genderByName?: boolean;
  surnameOnly: boolean;
  fromRegistry: boolean;
  /** Where the article first names the person: paragraph, then offset. */
  first: [number, number];
}

/** The people of one article, found by surname (and by the start of the surname for close spellings). */
class ArticlePeople {
  private readonly all: ArticlePerson[] = [];
  private readonly byKey = new Map<string, ArticlePerson>();
  private readonly bySurname = new Map<string, ArticlePerson[]>();
  private readonly byStart = new Map<string, ArticlePerson[]>();

  addRegistry(key: string, name: string, first: [number, number]): void {
    const known = this.byKey.get(key);
    if (known) {
      if (before(first, known.first)) known.first = first;
      return;
    }
    const words = name.split(' ');
    const gender = genderOfName(words);
    this.insert({
      key,
      name,
      words,
      surname: words.at(-1)!,
      role: null,
      gender,
      genderByName: gender && isEitherSexName(words[0]!),
      surnameOnly: false,
      fromRegistry: true,
      first,
    });
  }

  /** A person named in full with a cue: merged with one already found under a compatible name, else new; `text` is the paragraph's. */
  add(f: Found, text: string): PersonMention {
    const role = informativeRole(f);
    const gender = f.reading.gender ?? genderOfName(f.words);
    const at: [number, number] = [f.paragraph, f.reading.name[0]!.start];
    const name = f.reading.name.map((t) => t.text).join(' ');
    // The same name again is the same person, even past the candidates findFull compares with.
    const known = this.findFull(f.reading.name) ?? this.byKey.get(`new:${name}`);
    const person = known ?? {
      key: `new:${name}`,
      name,
      words: f.words,
      surname: f.words.at(-1)!,
      role,
      gender,
      genderByName: !f.reading.gender && gender && isEitherSexName(f.words[0]!),
      surnameOnly: false,
      fromRegistry: false,
      first: at,
    };
    if (!known) this.insert(person);
    if (before(at, person.first)) person.first = at;
    person.role ??= role;
    person.gender ??= gender;
    return this.mention(person, f, text);
  }

  /** The mention of a person by the found name; `text` is the paragraph's. */
  mention(person: ArticlePerson, f: Found, text: string): PersonMention {
    const [start, end] = [f.reading.name[0]!.start, f.reading.name.at(-1)!.end];
    return { key: person.key, text: text.slice(start, end), paragraph: f.paragraph, start, end };
  }

  /** A person already found whose full name this can be: the same surname (or a close spelling) and first names that agree. */
  findFull(name: readonly NameToken[]): ArticlePerson | undefined {
    const words = nameWords(name);
    const written = name.map((t) => t.text);
    const surname = words.at(-1)!;
    // Close spellings are looked for among the first people of the surname's start only, which bounds the work
    // per name: an article names a few dozen people, and one naming 20,000 took minutes when all were compared.
    const candidates = (this.byStart.get(surname.slice(0, 3).toLowerCase()) ?? []).slice(0, MAX_CANDIDATES);
    const same = candidates.find(
      (p) =>
        !p.surnameOnly &&
        sameSurname(p.surname, surname) &&
        compatibleFirstNames(p.words.length > 1 ? p.words[0]! : '', words[0]!) &&
        compatibleMiddleNames(p.name.split(' '), written),
    );
    if (same || words.length < 2) return same;
    // "Del Rio" after "Jack Del Rio", "Tayyip Erdoğan" after "Recep Tayyip Erdoğan": one person's name without
    // its first word, which must be a given name where the rest could be a full name of its own ("Hillary
    // Clinton" is not a part of "Suggests Hillary Clinton", a headline read as a name).
    const endingSo = candidates.filter(
      (p) =>
        p.words.length === words.length + 1 &&
        endsWith(p.words, words) &&
        (isGivenName(p.words[0]!) || !startsWithGivenName(words)),
    );
    return endingSo.length === 1 ? endingSo[0] : undefined;
  }

  /**
   * What a surname alone (with or without a title) stands for: the one person
   * of the article it can be, by title and gender; a new person known by the
   * surname alone when a personal title names someone no one else is; or,
   * with a cue, the one registry person of that surname.
   */
  reference(f: Found, text: string, index: RegistryIndex): PersonMention | undefined {
    const word = f.words[0]!;
    const titled = f.reading.personalTitle;
    // "May" the month, "House" the chamber: a word that is usually no name needs a title or a verb of speech.
    if (isNotNameWord(word) && !titled && !speechAfter.test(f.after)) return undefined;
    const at: [number, number] = [f.paragraph, f.reading.name[0]!.start];
    const sharing = this.bySurname.get(word) ?? [];
    const fits = (p: ArticlePerson) =>
      !f.reading.gender || !p.gender || p.gender === f.reading.gender || p.genderByName === true;
    // Someone named before, whom the title and gender fit; else someone the title or gender positively fits.
    const fitting = sharing.filter((p) => before(p.first, at) && fits(p));
    // "Mrs. Trump" after both "President Trump" and "Melania Trump": the one whose gender the title states.
    const gendered = f.reading.gender ? fitting.filter((p) => p.gender === f.reading.gender) : [];
    const named = gendered.length === 1 ? gendered : fitting;
    const shown = named.length ? named : titled ? sharing.filter((p) => fitsPositively(p, f.reading)) : [];
    if (shown.length === 1 && (named.length === 1 || titled)) {
      // "Mr. Obama" after "President Obama", "Ms. O’Neill" after "Terry O’Neill": the title now tells the gender.
      if (f.reading.gender && (!shown[0]!.gender || shown[0]!.genderByName)) {
        shown[0]!.gender = f.reading.gender;
        shown[0]!.genderByName = false;
      }
      return this.mention(shown[0]!, f, text);
    }
    if (shown.length > 1 || (!titled && sharing.length > 0)) return undefined;
    if (titled && couldBeSurname(word)) return this.mention(this.surnameOnly(f, word, at), f, text);
    const cued = titled || speechAfter.test(f.after) || personCue(f.before, f.after) !== undefined;
    const ids = index.bySurname.get(word);
    if (ids?.length === 1 && word.length >= 4 && cued) {
      this.addRegistry(ids[0]!, registryNameOf(index, ids[0]!), at);
      return this.mention(this.byKey.get(ids[0]!)!, f, text);
    }
    // "Trump said" in an article that never names him in full: his story may; settled there, or no one.
    if (cued && couldBeSurname(word)) {
      return { key: `surname:${word}`, text: word, paragraph: f.paragraph, start: at[1], end: at[1] + word.length };
    }
    return undefined;
  }

  /** A person known in this article by a surname and a title alone ("President Obama"). */
  private surnameOnly(f: Found, word: string, first: [number, number]): ArticlePerson {
    const gender = f.reading.gender;
    const key = `new:${word}${gender ? `:${gender}` : ''}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const person: ArticlePerson = {
      key,
      name: word,
      words: [word],
      surname: word,
      role: informativeRole(f),
      gender,
      surnameOnly: true,
      fromRegistry: false,
      first,
    };
    this.insert(person);
    return person;
  }

  discovered(): DiscoveredPerson[] {
    return this.all
      .filter((p) => !p.fromRegistry)
      .map((p) => ({
        key: p.key,
        name: p.name,
        role: p.role,
        ...(p.gender ? { gender: p.gender } : {}),
        ...(p.surnameOnly ? { surnameOnly: true } : {}),
      }));
  }

  private insert(person: ArticlePerson): void {
    this.all.push(person);
    this.byKey.set(person.key, person);
    // "Hua" for Hua Chunying, "Xi" for Xi Jinping: a first word that is no given name may be the family name.
    const family =
      person.words.length > 1 && person.words.length < 4 && !isGivenName(person.words[0]!) ? [person.words[0]!] : [];
    for (const [map, key] of [
      [this.bySurname, person.surname],
      ...family.map((f) => [this.bySurname, f] as const),
      [this.byStart, person.surname.slice(0, 3).toLowerCase()],
    ] as const) {
      const list = map.get(key) ?? [];
      list.push(person);
      map.set(key, list);
    }
  }
}

/** Whether position a comes before position b ([paragraph, offset]). */
const before = (a: readonly [number, number], b: readonly [number, number]) =>
  a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** A title or gender that says this is the person: the same gender, or the title's words in the person's role. */
function fitsPositively(p: ArticlePerson, reading: NameReading): boolean {
  if (reading.gender && p.gender) return reading.gender === p.gender;
  const role = p.role?.toLowerCase() ?? '';
  const words = reading.title.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);
  return role !== '' && words.some((w) => role.includes(w));
}

/** The title or apposition's role, unless it is an honorific alone ("Mr."), which says nothing of what a person does. */
function informativeRole(f: Found): string | null {
  if (f.reading.title && !HONORIFIC_ONLY.test(f.reading.title)) return f.reading.title;
  return personCue(f.before, f.after)?.role ?? null;
}

interface RegistryIndex {
  full: RegExp | undefined;
  byTerm: Map<string, string>;
  /** Surname → registry ids having it; used when a surname stands alone. */
  bySurname: Map<string, string[]>;
  names: Map<string, string>;
}

const registryNameOf = (index: RegistryIndex, id: string) => index.names.get(id)!;

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
  index = { full: wholeWords(byTerm.keys()), byTerm, bySurname, names: new Map(people.map((p) => [p.id, p.name])) };
  indexCache.set(people, index);
  return index;
}

/** Every place the article writes a registry person's name or one of its known spellings (longest first). */
function registryMentions(paragraphs: readonly Paragraph[], index: RegistryIndex): PersonMention[] {
  const mentions: PersonMention[] = [];
  if (!index.full) return mentions;
  paragraphs.forEach((p, i) => {
    for (const m of p.text.matchAll(index.full!)) {
      mentions.push({
        key: index.byTerm.get(m[0])!,
        text: m[0],
        paragraph: i,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  });
  return mentions;
}
