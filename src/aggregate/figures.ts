import type { ArticleClaim } from '../analyse/figures.ts';
import type { Measure } from '../model/registries.ts';
import type { ProcessedArticle } from '../pipeline/process-article.ts';
import { slugify } from '../pipeline/slugify.ts';

export type FigureStatus = 'consistent' | 'conflicting' | 'single-source';

export interface ClaimEntity extends Pick<ArticleClaim, 'value' | 'low' | 'high' | 'qualifier' | 'unit' | 'words' | 'sentence' | 'note'> {
  article: string;
  index: number;
  /** Publisher id; null when unknown. */
  source: string | null;
  claimedBy: string | null;
  claimantWords: string | null;
}

export interface Figure {
  id: string;
  measure: string;
  label: string;
  place: string | null;
  unit: string;
  status: FigureStatus;
  claims: ClaimEntity[];
}

const TO_BASE: Record<string, [string, number]> = { mi: ['km', 1.609344], 'mi²': ['km²', 2.589988] };
const AT_LEAST = /^(more than|over|at least)$/;
const AT_MOST = /^(less than|fewer than|under|at most)$/;
const ABOUT = /^(about|around|approximately|roughly|nearly|almost|an estimated|estimated|some|close to)$/;

/**
 * The interval a claim asserts, in the measure's base unit: "more than 35"
 * is [35, ∞); "about 1,000" allows 5%; converted units allow rounding. "Up
 * to 30" names the furthest point reached, so it counts as 30.
 */
function interval(c: ClaimEntity): [number, number] {
  const [, factor] = TO_BASE[c.unit] ?? [c.unit, 1];
  let lo = (c.value ?? c.low!) * factor;
  let hi = (c.value ?? c.high!) * factor;
  const slack = (factor !== 1 ? 0.03 : 0) + (c.qualifier && ABOUT.test(c.qualifier) ? 0.05 : 0);
  lo *= 1 - slack;
  hi *= 1 + slack;
  if (c.qualifier && AT_LEAST.test(c.qualifier)) hi = Infinity;
  if (c.qualifier && AT_MOST.test(c.qualifier)) lo = -Infinity;
  return [lo, hi];
}

/** Consistent when one value fits every claim; single-source when one outlet alone reports it. */
export function statusOf(claims: readonly ClaimEntity[]): FigureStatus {
  const outlets = new Set(claims.map((c) => c.source ?? `article:${c.article}`));
  if (outlets.size < 2) return 'single-source';
  const intervals = claims.map(interval);
  return Math.max(...intervals.map((i) => i[0])) <= Math.min(...intervals.map((i) => i[1])) ? 'consistent' : 'conflicting';
}

/** Groups every article's claims into figures: one per measure (and place, where counts are place-bound). */
export function groupFigures(articles: readonly ProcessedArticle[], measures: readonly Measure[], personId: (slug: string, key: string) => string): Figure[] {
  const labels = new Map(measures.map((m) => [m.id, m]));
  const figures = new Map<string, Figure>();
  for (const a of articles) {
    a.analysis.claims.forEach((c, index) => {
      const id = c.place ? `${c.measure}-${slugify(c.place)}` : c.measure;
      let f = figures.get(id);
      if (!f) {
        const measure = labels.get(c.measure);
        const unit = measure ? (TO_BASE[measure.units[0]!]?.[0] ?? measure.units[0]!) : (TO_BASE[c.unit]?.[0] ?? c.unit);
        figures.set(id, (f = { id, measure: c.measure, label: c.place ? `${c.label} (${c.place})` : c.label, place: c.place, unit, status: 'single-source', claims: [] }));
      }
      f.claims.push({
        article: a.slug,
        index,
        source: a.meta.publisher === 'unknown' ? null : a.meta.publisher,
        value: c.value,
        low: c.low,
        high: c.high,
        qualifier: c.qualifier,
        unit: c.unit,
        words: c.words,
        sentence: c.sentence,
        note: c.note,
        claimedBy: c.attribution?.speaker ? personId(a.slug, c.attribution.speaker) : null,
        claimantWords: c.attribution?.speaker ? null : (c.attribution?.words ?? null),
      });
    });
  }
  const out = [...figures.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const f of out) f.status = statusOf(f.claims);
  return out;
}
