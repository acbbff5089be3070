import { TO_METRIC } from '../analyse/units.ts';
import { groupBy, pushTo } from '../util/group.ts';
import type { Measure } from '../model/registries.ts';
import { slugify } from '../text/slug.ts';
import type { ArticleClaim } from '../model/analysis.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';
import type { ClaimEntity, Comparison, FigureStatus, Figure } from '../model/aggregate.ts';

export const AT_LEAST = /^(more than|over|at least)$/;
export const AT_MOST = /^(less than|fewer than|under|at most)$/;
const ABOUT = /^(about|around|approximately|roughly|nearly|almost|an estimated|estimated|some|close to)$/;

/** One unit of a number's last written digit: 1 for 18, 0.1 for 1.5. */
const lastDigit = (n: number) => 10 ** -(String(n).split('.')[1]?.length ?? 0);

/**
 * The interval a claim asserts, in the measure's base unit: "more than 35"
 * is [35, ∞); "about 1,000" allows 5%; converted units allow rounding. "Up
 * to 30" names the furthest point reached, so it counts as 30.
 */
function interval(c: ClaimEntity): [number, number] {
  const [, factor] = TO_METRIC[c.unit] ?? [c.unit, 1];
  const [low, high] = [c.value ?? c.low!, c.value ?? c.high!];
  // A converted figure may have been rounded, or cut down, to its last digit: "30 kilometres (18 miles)".
  const [down, up] = factor === 1 ? [0, 0] : [lastDigit(low) / 2, lastDigit(high)];
  let lo = (low - down) * factor;
  let hi = (high + up) * factor;
  const slack = c.qualifier && ABOUT.test(c.qualifier) ? 0.05 : 0;
  lo *= 1 - slack;
  hi *= 1 + slack;
  if (c.qualifier && AT_LEAST.test(c.qualifier)) hi = Infinity;
  if (c.qualifier && AT_MOST.test(c.qualifier)) lo = -Infinity;
  return [lo, hi];
}

/** The outlet an article counts for: its publisher, or the article itself when the publisher is unknown. */
export const outletKey = (source: string | null, article: string) => source ?? `unknown:${article}`;

/** How many different outlets report these claims. */
export const outletCount = (claims: readonly ClaimEntity[]) =>
  new Set(claims.map((c) => outletKey(c.source, c.article))).size;

/** True when one value fits every claim. */
function oneValueFits(claims: readonly ClaimEntity[]): boolean {
  const intervals = claims.map(interval);
  return Math.max(...intervals.map((i) => i[0])) <= Math.min(...intervals.map((i) => i[1]));
}

/** Who a claim is attributed to: a person, the words naming a claimant, or null. */
const claimantOf = (c: ClaimEntity) => c.claimedBy ?? c.claimantWords?.toLowerCase() ?? null;

/** True when claims split by `key` into two or more groups, each of which agrees within itself. */
function eachGroupAgrees(claims: readonly ClaimEntity[], key: (c: ClaimEntity) => string | null): boolean {
  if (claims.some((c) => key(c) === null)) return false;
  const groups = groupBy(claims, (c) => key(c)!);
  return groups.size > 1 && [...groups.values()].every(oneValueFits);
}

/**
 * How the claims relate. Values that differ are put down to their claimants
 * when every claim names one and each claimant's values agree; to time when
 * every claim is dated and each day's reports agree; otherwise the outlets
 * differ on the same claim.
 */
export function comparisonOf(claims: readonly ClaimEntity[]): Comparison {
  if (oneValueFits(claims)) return outletCount(claims) < 2 ? 'single-source' : 'agreement';
  if (eachGroupAgrees(claims, claimantOf)) return 'claimants-differ';
  if (outletCount(claims) < 2) return 'single-source';
  if (eachGroupAgrees(claims, (c) => c.date)) return 'update';
  return 'outlets-differ';
}

/** The open data's coarse status: conflicting when the values differ on the same claim or between claimants. */
export function statusOf(comparison: Comparison): FigureStatus {
  if (comparison === 'outlets-differ' || comparison === 'claimants-differ') return 'conflicting';
  return comparison === 'single-source' ? 'single-source' : 'consistent';
}

/**
 * Groups claims into figures: one per story and measure. Where a
 * place-bound count names two or more places (evacuations in Kursk and in
 * Belgorod), it splits by place, and a claim that names no place goes with
 * the place its article names most. Syndicated copies are left out: they
 * repeat their primary's words and are not independent reports.
 */
export function groupFigures(
  articles: readonly ProcessedArticle[],
  measures: readonly Measure[],
  personId: (slug: string, key: string) => string | null,
  storyOf: (slug: string) => string,
  isCopy: (slug: string) => boolean,
): Figure[] {
  const labels = new Map(measures.map((m) => [m.id, m]));
  const byMeasure = new Map<string, { article: ProcessedArticle; claim: ArticleClaim; index: number }[]>();
  for (const a of articles) {
    if (isCopy(a.slug)) continue;
    a.analysis.claims.forEach((claim, index) => {
      const key = `${storyOf(a.slug)}\u0000${claim.measure}`;
      pushTo(byMeasure, key, { article: a, claim, index });
    });
  }
  const figures: Figure[] = [];
  for (const [key, claims] of byMeasure) {
    const [story, measureId] = key.split('\u0000') as [string, string];
    const places = new Set(claims.map((c) => c.claim.place).filter((p) => p !== null));
    const placeOf = (c: ArticleClaim) =>
      places.size < 2
        ? ([...places][0] ?? null)
        : (c.place ?? (c.mainPlace && places.has(c.mainPlace) ? c.mainPlace : null));
    const groups = new Map<string | null, typeof claims>();
    for (const c of claims) pushTo(groups, placeOf(c.claim), c);
    for (const [place, members] of groups) {
      const first = members[0]!.claim;
      const measure = labels.get(measureId);
      const unit = measure
        ? (TO_METRIC[measure.units[0]!]?.[0] ?? measure.units[0]!)
        : (TO_METRIC[first.unit]?.[0] ?? first.unit);
      const claimsOut = members.map(({ article: a, claim: c, index }) => ({
        article: a.slug,
        index,
        source: a.meta.publisher,
        date: a.meta.date,
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
      }));
      const comparison = comparisonOf(claimsOut);
      const placeLabel = place ?? (groups.size > 1 ? 'place not stated' : null);
      figures.push({
        id: `${story}-${measureId}${place ? `-${slugify(place)}` : groups.size > 1 ? '-unplaced' : ''}`,
        story,
        measure: measureId,
        label: placeLabel ? `${first.label} (${placeLabel})` : first.label,
        place,
        unit,
        status: statusOf(comparison),
        comparison,
        claims: claimsOut,
      });
    }
  }
  return figures.sort((x, y) => (x.id < y.id ? -1 : 1));
}
