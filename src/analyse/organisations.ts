import type { Paragraph } from '../model/analysis.ts';

const AIRLINE = /\s(?:Airlines|Airline|Airways|Air)$/u;
/** What an organisation's own name ends with, for each word an article uses to refer back to it ("the airline"). */
const NAME_ENDS: Record<string, RegExp> = {
  airline: AIRLINE,
  carrier: AIRLINE,
  company: /\s(?:Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|plc|Group)$/u,
  agency: /\sAgency$/u,
  ministry: /^Ministry\s|\sMinistry$/u,
  network: /\s(?:Network|Broadcasting Corporation)$/u,
  newspaper: /\s(?:Times|Post|Herald|Journal|Gazette|Tribune)$/u,
};
/** A run of capitalised words, with the small words names keep inside them ("Joint Chiefs of Staff"). */
const NAME_RUN = /\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}&'’.-]*)+/gu;
const SMALL = /^(?:of|for|and|the)$/u;

const runsOf = new WeakMap<readonly Paragraph[], string[]>();

/** The article's multi-word capitalised names, once per article. */
function namesIn(paragraphs: readonly Paragraph[]): string[] {
  let names = runsOf.get(paragraphs);
  if (!names) {
    names = [...new Set(paragraphs.flatMap((p) => [...p.text.matchAll(NAME_RUN)].map((m) => withoutFullStop(m[0]))))];
    runsOf.set(paragraphs, names);
  }
  return names;
}

/**
 * The organisation a description or an acronym stands for, when the article
 * spells out exactly one that fits: "the airline" → "All Nippon Airways"
 * (a name ending as airlines' names do), "ANA" or "the JCS" → the name whose
 * initials end with these ("South Korean Joint Chiefs of Staff"). Null when none or several fit.
 */
export function organisationNamed(paragraphs: readonly Paragraph[], words: string): string | null {
  const bare = words.replace(/^the\s+/iu, '');
  const ends = NAME_ENDS[bare.toLowerCase()];
  const fits = ends
    ? (name: string) => ends.test(name)
    : /^\p{Lu}{2,6}$/u.test(bare)
      ? (name: string) => initials(name).endsWith(bare)
      : null;
  if (!fits) return null;
  const found = [...new Set(namesIn(paragraphs).filter(fits).map(withoutLeadingThe))];
  return found.length === 1 ? found[0]! : null;
}

/** A name without the sentence's full stop; an abbreviation keeps its own ("Inc.", "U.S."). */
export const withoutFullStop = (name: string) =>
  name.replace(/(?<![.\s]\p{Lu}|\b(?:Inc|Corp|Ltd|Co|Jr|Sr|St))\.$/u, '');

const withoutLeadingThe = (name: string) => name.replace(/^The\s+/u, '');

/** "Joint Chiefs of Staff" → "JCS": the first letters of its words but the small ones. */
const initials = (name: string) =>
  withoutLeadingThe(name)
    .split(/\s+/u)
    .filter((w) => !SMALL.test(w))
    .map((w) => w[0])
    .join('');
