// Figures: the claims of annotated articles, matched to the gold numbers of their article; recall, bogus claims,
// and whether the figure's label says what is measured.
import type { AnnotatedArticle, GoldNumber } from '../gold.ts';
import type { ClaimRow, FigureRow } from '../open-data.ts';
import { labelIsBareUnit, labelSharesMeasure } from './labels.ts';
import { bestNumber, notNumber } from './numbers.ts';
import { ratio } from './ratio.ts';
import { phraseKey } from '../text.ts';

export interface ClaimJudgement {
  article: string;
  figure: string;
  label: string;
  words: string;
  gold: GoldNumber | null;
  /** Why a claim is bogus ("not a number: identifier", "no such number"), or null. */
  bogus: string | null;
  labelNamesMeasure: boolean;
  /** Whether the label shares a word with the gold `measure` (false when unmatched). */
  labelMatchesGold: boolean;
}

export interface FiguresScore {
  claims: number;
  matched: number;
  bogus: number;
  bogusShare: number | null;
  /** Gold numbers of the running text (not in the headline or furniture). */
  goldNumbers: number;
  found: number;
  recall: number | null;
  labelNamesMeasureShare: number | null;
  labelMatchesGoldShare: number | null;
  judgements: ClaimJudgement[];
  missed: { article: string; words: string; measure: string }[];
}

const counted = (g: GoldNumber) => !g.in_headline && !g.in_furniture;

function judgeClaim(c: ClaimRow, f: FigureRow, a: AnnotatedArticle, taken: Set<GoldNumber>): ClaimJudgement {
  const gold = bestNumber(c, a.numbers, taken);
  const excluded = notNumber(c, a.not_numbers ?? []);
  const exact = gold !== null && phraseKey(gold.words) === phraseKey(c.words);
  const bogus = excluded && !exact ? `not a number: ${excluded.why}` : gold ? null : 'no such number';
  if (!bogus && gold) taken.add(gold);
  const units = [f.unit, ...f.claims.map((x) => x.unit)];
  return {
    article: a.id,
    figure: f.id,
    label: f.label,
    words: c.words,
    gold: bogus ? null : gold,
    bogus,
    labelNamesMeasure: !labelIsBareUnit(f.label, units),
    labelMatchesGold: !bogus && gold !== null && labelSharesMeasure(f.label, gold.measure),
  };
}

export function scoreFigures(figures: FigureRow[], articles: AnnotatedArticle[]): FiguresScore {
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const judgements: ClaimJudgement[] = [];
  const taken = new Set<GoldNumber>();
  for (const f of figures) {
    for (const c of f.claims) {
      const a = byArticle.get(c.article);
      if (a) judgements.push(judgeClaim(c, f, a, taken));
    }
  }
  const gold = articles.flatMap((a) => a.numbers.filter(counted).map((g) => ({ a, g })));
  const found = new Set(judgements.map((j) => j.gold).filter((g) => g !== null));
  // "3,700 kilometers (2,300 miles)": the bracketed conversion is shown beside its claim, so it is found too.
  const notes = figures.flatMap((f) =>
    f.claims.filter((c) => c.note).map((c) => `${c.article}\u0000${phraseKey(c.note!)}`),
  );
  for (const { a, g } of gold) if (notes.includes(`${a.id}\u0000${phraseKey(g.words)}`)) found.add(g);
  const hit = gold.filter(({ g }) => found.has(g)).length;
  const matched = judgements.filter((j) => j.gold !== null);
  const bogus = judgements.length - matched.length;
  return {
    claims: judgements.length,
    matched: matched.length,
    bogus,
    bogusShare: ratio(bogus, judgements.length),
    goldNumbers: gold.length,
    found: hit,
    recall: ratio(hit, gold.length),
    labelNamesMeasureShare: ratio(judgements.filter((j) => j.labelNamesMeasure).length, judgements.length),
    labelMatchesGoldShare: ratio(matched.filter((j) => j.labelMatchesGold).length, matched.length),
    judgements,
    missed: gold
      .filter(({ g }) => !found.has(g))
      .map(({ a, g }) => ({ article: a.id, words: g.words, measure: g.measure })),
  };
}
