// The table's rows: each metric with its key (for results.json and the floors), how it is shown and its target.
import type { CorpusScores, PartScores } from '../score-corpus.ts';
import type { BbcResult } from '../runs/bbc.ts';
import type { SeedsResult } from '../runs/seeds.ts';
import { count, fraction, ms, NONE, share, type Cell } from './cells.ts';

export type Bound = { min: number } | { max: number };

export interface Row {
  /** Key without the part: "people.precision"; part rows get "dev." or "heldOut." in front. */
  key: string;
  label: string;
  /** part: one cell per annotation part; corpus: one cell. */
  scope: 'part' | 'corpus';
  cells: Cell[];
  target?: Bound;
}

type PartMetric = [key: string, label: string, cell: (p: PartScores) => Cell, target?: Bound];

const recall = (r: { found: number; gold: number }) => share(r.found, r.gold);

const PART_METRICS: PartMetric[] = [
  ['articles', 'annotated articles', (p) => count(p.annotated)],
  ['people.entries', 'people: index entries (article × entry)', (p) => count(p.people.entries)],
  ['people.precision', 'people: entries that are one real person', (p) => share(p.people.right, p.people.entries)],
  ['people.recall', 'people: gold people found', (p) => share(p.people.found, p.people.goldPeople)],
  ['people.duplicates', 'people: duplicate entries', (p) => count(p.people.duplicates)],
  ['people.notPeople', 'people: not a person / wrong', (p) => count(p.people.notPeople)],
  ['people.wrongMerges', 'people: wrong merges (entries)', (p) => count(p.people.wrongMerges)],
  ['quotes.extracted', 'quotes: extracted (appearances)', (p) => count(p.quotes.extracted)],
  ['quotes.found', 'quotes: gold quotes found', (p) => recall(p.quotes.found), { min: 0.85 }],
  ['quotes.foundWhole', 'quotes: … whole quotes found', (p) => recall(p.quotes.foundWhole)],
  ['quotes.foundFragments', 'quotes: … fragments found', (p) => recall(p.quotes.foundFragments)],
  ['quotes.right', 'quotes: right speaker (of matched)', (p) => share(p.quotes.right, p.quotes.matched), { min: 0.75 }],
  ['quotes.wrong', 'quotes: wrong speaker (of matched)', (p) => share(p.quotes.wrong, p.quotes.matched), { max: 0.03 }],
  ['quotes.none', 'quotes: no speaker (of matched)', (p) => share(p.quotes.none, p.quotes.matched)],
  ['quotes.notQuotes', 'quotes: not a quote', (p) => count(p.quotes.notQuotes)],
  ['figures.claims', 'figures: claims extracted', (p) => count(p.figures.claims)],
  ['figures.recall', 'figures: gold numbers found', (p) => share(p.figures.found, p.figures.goldNumbers)],
  ['figures.bogus', 'figures: bogus claims', (p) => share(p.figures.bogus, p.figures.claims)],
  [
    'figures.labelNamesMeasure',
    'figures: label more than a unit',
    (p) => shareOf(p.figures.labelNamesMeasureShare, p.figures.claims),
  ],
  [
    'figures.labelMatchesGold',
    'figures: label shares a word with the measure (of matched)',
    (p) => shareOf(p.figures.labelMatchesGoldShare, p.figures.matched),
  ],
  ['conflicts.judgeable', 'conflicts: judgeable conflicting figures', (p) => count(p.conflicts.judgeable)],
  [
    'conflicts.real',
    'conflicts: same measure, different values',
    (p) => share(p.conflicts.real, p.conflicts.judgeable),
    { min: 0.9 },
  ],
  [
    'furniture.recall',
    'furniture: furniture lines removed',
    (p) => share(p.furniture.removedLines, p.furniture.furnitureLines),
  ],
  ['furniture.proseRemoved', 'furniture: prose lines removed', (p) => count(p.furniture.proseRemoved), { max: 0 }],
];

/** A share given as a fraction of a known whole, shown with its counts. */
function shareOf(x: number | null, whole: number): Cell {
  return x === null ? NONE : share(Math.round(x * whole), whole);
}

export const partRows = (parts: PartScores[]): Row[] =>
  PART_METRICS.map(([key, label, cell, target]) => ({ key, label, scope: 'part', cells: parts.map(cell), target }));

type CorpusMetric = [key: string, label: string, cell: Cell, target?: Bound];

export function corpusRows(c: CorpusScores): Row[] {
  const s = c.stories;
  const metrics: CorpusMetric[] = [
    ['stories.articles', 'stories: articles built', count(c.articles)],
    ['stories.count', `stories: stories (gold events: ${s.events})`, count(s.stories)],
    ['stories.pairwise.precision', 'stories: pairwise precision', fraction(s.pairwise.precision), { min: 0.95 }],
    ['stories.pairwise.recall', 'stories: pairwise recall', fraction(s.pairwise.recall), { min: 0.85 }],
    ['stories.pairwise.f1', 'stories: pairwise F1', fraction(s.pairwise.f1)],
    ['stories.bcubed.precision', 'stories: B-cubed precision', fraction(s.bcubed.precision)],
    ['stories.bcubed.recall', 'stories: B-cubed recall', fraction(s.bcubed.recall)],
    ['stories.bcubed.f1', 'stories: B-cubed F1', fraction(s.bcubed.f1), { min: 0.9 }],
    ['stories.relatedPairs', `stories: wrong pairs from related events (of ${s.wrongPairs})`, count(s.relatedPairs)],
    ...(['tuning', 'check'] as const).flatMap((half): CorpusMetric[] => {
      const h = c.storyHalves[half];
      const of = `${half} half, ${h.articles} articles`;
      return [
        [`stories.${half}.count`, `stories, ${of}: stories (gold events: ${h.events})`, count(h.stories)],
        [`stories.${half}.pairwise.precision`, `stories, ${of}: pairwise precision`, fraction(h.pairwise.precision)],
        [`stories.${half}.pairwise.recall`, `stories, ${of}: pairwise recall`, fraction(h.pairwise.recall)],
        [`stories.${half}.bcubed.f1`, `stories, ${of}: B-cubed F1`, fraction(h.bcubed.f1)],
      ];
    }),
    ['copies.count', 'copies: folded copies', count(c.copies.copies)],
    ['copies.wrong', 'copies: of another event', count(c.copies.wrongCopies), { max: 0 }],
    ['copies.withDifferences', 'copies: folded with differences', count(c.copies.withDifferences), { max: 0 }],
    ['copies.versions', 'copies: versions shown with their differences', count(c.copies.versions)],
    ['speed.analyseMsPerArticle', 'speed: analysis per article (summed over threads)', ms(c.analyseMsPerArticle)],
  ];
  return metrics.map(([key, label, cell, target]) => ({ key, label, scope: 'corpus', cells: [cell], target }));
}

export function seedsRows(s: SeedsResult): Row[] {
  const metrics: CorpusMetric[] = [
    ['seeds.people.precision', 'seeds: people precision (registry)', fraction(s.people.precision), { min: 0.95 }],
    ['seeds.people.recall', 'seeds: people recall (registry)', fraction(s.people.recall), { min: 0.95 }],
    ['seeds.people.entries', 'seeds: people entries (annotation: 13)', count(s.people.entries)],
    ['seeds.people.missingSpellings', 'seeds: spellings not merged', count(s.missingSpellings.length), { max: 0 }],
    ['seeds.claims.recall', 'seeds: claims with the right unit, recall', fraction(s.claims.recall), { min: 0.9 }],
    ['seeds.claims.precision', 'seeds: claims with the right unit, precision', fraction(s.claims.precision)],
    ['seeds.quotes.attribution', 'seeds: quotes with the right speaker', fraction(s.quotes.accuracy), { min: 0.9 }],
    ['seeds.discovery.precision', 'seeds: precision, bare registry', fraction(s.discovery.precision), { min: 0.9 }],
    ['seeds.discovery.recall', 'seeds: recall, bare registry', fraction(s.discovery.recall), { min: 0.9 }],
  ];
  return metrics.map(([key, label, cell, target]) => ({ key, label, scope: 'corpus', cells: [cell], target }));
}

export function bbcRows(b: BbcResult): Row[] {
  const { whole, groups } = b.duplicates;
  const metrics: CorpusMetric[] = [
    ['bbc.articles', 'bbc: sample articles', count(b.articles)],
    ['bbc.stories', 'bbc: stories', count(b.stories)],
    ['bbc.copies', 'bbc: folded copies', count(b.copies.copies)],
    ['bbc.groupsWhole', 'bbc: identical-text groups folded whole', share(whole, groups), { min: 1 }],
    ['bbc.copiesWithDifferences', 'bbc: copies whose texts differ', count(b.copies.withDifferences), { max: 0 }],
  ];
  return metrics.map(([key, label, cell, target]) => ({ key, label, scope: 'corpus', cells: [cell], target }));
}
