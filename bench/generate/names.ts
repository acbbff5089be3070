// People and organisations named in a corpus text, to attribute quotes to:
// capitalised bigrams, kept only where the text itself shows what they are.

export interface Person {
  name: string;
  surname: string;
  /** "Mr", "Ms", … as the corpus wrote it before the surname; null where it used the bare surname. */
  honorific: string | null;
}

export interface Named {
  people: Person[];
  organisations: string[];
}

const HONORIFIC = /\b(Mr|Mrs|Ms|Miss|Dr) ([A-Z][a-z]+)\b/g;
const SPEAKER = /\bsaid ([A-Z][a-z]+)[.,]|\b([A-Z][a-z]+) (?:said|says|added|told)\b/g;
// A capitalised bigram not preceded by another capitalised word (which would make it part of a longer name).
const BIGRAM = /(?<![A-Z][a-z]* )\b([A-Z][a-z]+) ([A-Z][a-z]+)\b/g;
/** Last words that make a capitalised bigram an organisation. */
const INSTITUTIONS = [
  'Party',
  'Commission',
  'Council',
  'Bank',
  'Office',
  'Association',
  'Union',
  'Parliament',
  'Executive',
  'Federation',
  'Institute',
  'Board',
  'Agency',
  'Committee',
  'League',
  'Service',
  'Ministry',
  'Department',
  'Court',
  'University',
  'Club',
  'Foundation',
  'Society',
  'Authority',
  'Trust',
  'Fund',
  'Exchange',
  'Reserve',
  'Times',
  'Journal',
  'Post',
  'Network',
];
/** Company-like last words: "of General Motors", not "of the General Motors". */
const COMPANIES = [
  'Group',
  'Motors',
  'Airways',
  'Airlines',
  'Telecom',
  'Pictures',
  'Records',
  'Entertainment',
  'Industries',
  'Holdings',
  'Systems',
  'Software',
  'Communications',
  'Electronics',
];
const ORGANISATION_ENDS = new Set([...INSTITUTIONS, ...COMPANIES]);
const NOT_A_NAME = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Its',
  'His',
  'Her',
  'Their',
  'Our',
  'Chief',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Sir',
  'Lord',
  'Lady',
  'President',
  'Prime',
  'But',
  'And',
  'In',
  'On',
  'At',
]);

/** Whether an organisation is named with "the" ("of the Home Office"). */
export const takesThe = (organisation: string) => !COMPANIES.some((w) => organisation.endsWith(` ${w}`));

/**
 * `lowerCase` holds every word the corpus writes in lower case: a bigram
 * whose first word is one ("Home Office", "Ask Jeeves") is not a person.
 */
export function namedIn(text: string, lowerCase: ReadonlySet<string>): Named {
  const honorifics = new Map<string, string>();
  for (const [, title, surname] of text.matchAll(HONORIFIC)) {
    if (!honorifics.has(surname!)) honorifics.set(surname!, title!);
  }
  const speakers = new Set([...text.matchAll(SPEAKER)].map((m) => m[1] ?? m[2]!));
  const isSurname = (w: string) => (honorifics.has(w) || speakers.has(w)) && !lowerCase.has(w.toLowerCase());
  const people = new Map<string, Person>();
  const organisations = new Set<string>();
  for (const [name, first, last] of text.matchAll(BIGRAM)) {
    if (NOT_A_NAME.has(first!)) continue;
    if (ORGANISATION_ENDS.has(last!)) organisations.add(name!);
    else if (isSurname(last!) && !lowerCase.has(first!.toLowerCase())) {
      people.set(name!, { name: name!, surname: last!, honorific: honorifics.get(last!) ?? null });
    }
  }
  return { people: [...people.values()], organisations: [...organisations] };
}

/** Every word written in lower case somewhere in the texts. */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const t of texts) for (const [w] of t.matchAll(/\b[a-z]+\b/g)) words.add(w);
  return words;
}
