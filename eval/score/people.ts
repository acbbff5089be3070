// People: for each annotated article, the people.json entries that list it among a spelling's articles, judged
// against the article's gold people by the spellings used there.
import type { AnnotatedArticle, GoldPerson } from '../gold.ts';
import type { PersonRow } from '../open-data.ts';
import { nameKey } from '../text.ts';
import { ratio } from './ratio.ts';

export type PersonVerdict = 'right' | 'duplicate' | 'wrong merge' | 'not a person' | 'ambiguous';

export interface PersonJudgement {
  article: string;
  entry: string;
  /** The entry's spellings used in this article. */
  spellings: string[];
  verdict: PersonVerdict;
  /** Canonical names of the gold people it matched. */
  gold: string[];
}

export interface PeopleScore {
  /** (article, entry) pairs. */
  entries: number;
  right: number;
  duplicates: number;
  notPeople: number;
  /** Distinct people.json entries that cover two gold people, in one article or across articles. */
  wrongMerges: number;
  ambiguous: number;
  /** Gold people named in the running text (furniture-only people are left out). */
  goldPeople: number;
  found: number;
  precision: number | null;
  recall: number | null;
  judgements: PersonJudgement[];
  missed: { article: string; name: string }[];
}

/** The spellings of an entry that the given article used. */
const spellingsIn = (p: PersonRow, article: string): string[] =>
  p.spellingUses.filter((u) => u.articles.includes(article)).map((u) => u.text);

/** Form key → the gold people (indices) of one article it names. */
function formIndex(people: GoldPerson[]): Map<string, Set<number>> {
  const index = new Map<string, Set<number>>();
  people.forEach((g, i) => {
    for (const form of g.forms) {
      const key = nameKey(form);
      index.set(key, (index.get(key) ?? new Set()).add(i));
    }
  });
  return index;
}

/** The gold people an entry names unambiguously, and whether some spelling matched several (a shared surname). */
function matchEntry(spellings: string[], index: Map<string, Set<number>>): { matched: Set<number>; shared: boolean } {
  const matched = new Set<number>();
  let shared = false;
  for (const s of spellings) {
    const hits = index.get(nameKey(s));
    if (hits?.size === 1) matched.add([...hits][0]!);
    else if (hits && hits.size > 1) shared = true;
  }
  return { matched, shared };
}

function judgeArticle(a: AnnotatedArticle, people: PersonRow[]): { judgements: PersonJudgement[]; found: Set<number> } {
  const index = formIndex(a.people);
  const entries = people.filter((p) => p.spellingUses.some((u) => u.articles.includes(a.id)));
  const found = new Set<number>();
  const judgements = entries.map((p): PersonJudgement => {
    const spellings = spellingsIn(p, a.id);
    const { matched, shared } = matchEntry(spellings, index);
    const gold = [...matched].map((i) => a.people[i]!.name);
    const base = { article: a.id, entry: p.id, spellings, gold };
    if (matched.size > 1) return { ...base, verdict: 'wrong merge' };
    if (matched.size === 0) return { ...base, verdict: shared ? 'ambiguous' : 'not a person' };
    const i = [...matched][0]!;
    if (found.has(i)) return { ...base, verdict: 'duplicate' };
    found.add(i);
    return { ...base, verdict: 'right' };
  });
  return { judgements, found };
}

/** Entries matched to gold people of different canonical names in different articles are wrong merges too. */
function markMergesAcrossArticles(judgements: PersonJudgement[]): void {
  const names = new Map<string, Set<string>>();
  for (const j of judgements) {
    if (j.gold.length === 1) names.set(j.entry, (names.get(j.entry) ?? new Set()).add(nameKey(j.gold[0]!)));
  }
  for (const j of judgements) {
    if ((names.get(j.entry)?.size ?? 0) > 1 && (j.verdict === 'right' || j.verdict === 'duplicate')) {
      j.verdict = 'wrong merge';
    }
  }
}

export function scorePeople(people: PersonRow[], articles: AnnotatedArticle[]): PeopleScore {
  const judgements: PersonJudgement[] = [];
  const missed: { article: string; name: string }[] = [];
  let goldPeople = 0;
  let found = 0;
  for (const a of articles) {
    const r = judgeArticle(a, people);
    judgements.push(...r.judgements);
    a.people.forEach((g, i) => {
      if (g.furniture) return;
      goldPeople++;
      if (r.found.has(i)) found++;
      else missed.push({ article: a.id, name: g.name });
    });
  }
  markMergesAcrossArticles(judgements);
  const count = (v: PersonVerdict) => judgements.filter((j) => j.verdict === v).length;
  const right = count('right');
  return {
    entries: judgements.length,
    right,
    duplicates: count('duplicate'),
    notPeople: count('not a person'),
    wrongMerges: new Set(judgements.filter((j) => j.verdict === 'wrong merge').map((j) => j.entry)).size,
    ambiguous: count('ambiguous'),
    goldPeople,
    found,
    precision: ratio(right, judgements.length),
    recall: ratio(found, goldPeople),
    judgements,
    missed,
  };
}
