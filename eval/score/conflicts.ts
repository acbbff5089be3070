// Conflicts: is a figure marked "conflicting" the same measure reported with different values, or different
// measures put together? Judged pair by pair across annotated articles with the annotation's same_measure_elsewhere.
import type { AnnotatedArticle, GoldNumber } from '../gold.ts';
import type { ClaimRow, FigureRow } from '../open-data.ts';
import { bestNumber, wordsOverlap } from './numbers.ts';
import { ratio } from './ratio.ts';

/**
 * real: the same measure, values that disagree; same: the same measure (values agree, or are equal); false: not
 * listed as the same measure, so two measures were put together.
 */
export type PairVerdict = 'real' | 'same' | 'false';

export interface FigureConflict {
  figure: string;
  label: string;
  real: boolean;
  /** Why it is not a real conflict, or null. */
  why: string | null;
  pairs: { a: string; b: string; differ: boolean; verdict: PairVerdict }[];
}

export interface ConflictsScore {
  conflicting: number;
  /** Conflicting figures with two claims from different annotated articles that differ and can be judged. */
  judgeable: number;
  real: number;
  realShare: number | null;
  figures: FigureConflict[];
}

interface Located {
  claim: ClaimRow;
  article: AnnotatedArticle;
  /** The gold number the claim matches, or null (a claim the annotation does not count). */
  gold: GoldNumber | null;
}

/** What `from`'s annotation says of `to`'s claim: agrees (true/false) when listed as the same measure, else null. */
function listed(from: Located, to: Located): boolean | null {
  const names = (words: string) =>
    wordsOverlap(words, to.claim.words) || (to.gold !== null && wordsOverlap(words, to.gold.words));
  const entry = (from.gold?.same_measure_elsewhere ?? []).find((e) => e.file === to.article.file && names(e.words));
  return entry ? entry.agrees : null;
}

/** Either side's annotation may list the pair; "disagree" from either makes it a real conflict. */
function judgePair(x: Located, y: Located, differ: boolean): PairVerdict {
  const said = [listed(x, y), listed(y, x)].filter((v) => v !== null);
  if (said.length === 0) return 'false';
  return differ && said.includes(false) ? 'real' : 'same';
}

const values = (c: ClaimRow) => [c.value, c.low, c.high].join('|');
const describe = (l: Located) => `${l.article.id}: ${l.claim.words}`;

function locate(f: FigureRow, byArticle: Map<string, AnnotatedArticle>): Located[] {
  return f.claims.flatMap((claim) => {
    const article = byArticle.get(claim.article);
    return article ? [{ claim, article, gold: bestNumber(claim, article.numbers) }] : [];
  });
}

/** Pairs of claims from two annotated articles where at least one claim is annotated (so a listing can be read). */
function judgeablePairs(located: Located[]): FigureConflict['pairs'] {
  const pairs: FigureConflict['pairs'] = [];
  located.forEach((x, i) => {
    for (const y of located.slice(i + 1)) {
      if (x.article.id === y.article.id || (!x.gold && !y.gold)) continue;
      const differ = values(x.claim) !== values(y.claim);
      pairs.push({ a: describe(x), b: describe(y), differ, verdict: judgePair(x, y, differ) });
    }
  });
  return pairs;
}

/** Real: a pair of differing values is the same measure disagreeing, and no pair puts two measures together. */
function judgeFigure(f: FigureRow, byArticle: Map<string, AnnotatedArticle>): FigureConflict | null {
  const pairs = judgeablePairs(locate(f, byArticle));
  if (!pairs.some((p) => p.differ)) return null;
  const mixed = pairs.some((p) => p.verdict === 'false');
  const real = !mixed && pairs.some((p) => p.differ && p.verdict === 'real');
  const why = real ? null : mixed ? 'different measures put together' : 'the annotation says the values agree';
  return { figure: f.id, label: f.label, real, why, pairs };
}

export function scoreConflicts(figures: FigureRow[], articles: AnnotatedArticle[]): ConflictsScore {
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const conflicting = figures.filter((f) => f.status === 'conflicting');
  const judged = conflicting.map((f) => judgeFigure(f, byArticle)).filter((x) => x !== null);
  const real = judged.filter((x) => x.real).length;
  return {
    conflicting: conflicting.length,
    judgeable: judged.length,
    real,
    realShare: ratio(real, judged.length),
    figures: judged,
  };
}
