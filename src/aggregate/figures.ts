import { EXACT_TIME, TO_METRIC } from '../analyse/figures/units.ts';
import { groupBy, pushTo } from '../util/group.ts';
import type { Measure } from '../model/registries.ts';
import { slugOrHash } from '../text/slug.ts';
import { uniqueId } from '../text/unique-id.ts';
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
  const [, factor] = TO_METRIC[c.unit] ?? EXACT_TIME[c.unit] ?? [c.unit, 1];
  // A quantity in words ("hundreds") states only its lower bound.
  const [low, high] = [c.value ?? c.low!, c.value ?? c.high ?? Infinity];
  // A converted figure may have been rounded, or cut down, to its last digit: "30 kilometres (18 miles)".
  const [down, up] = TO_METRIC[c.unit] ? [lastDigit(low) / 2, lastDigit(high)] : [0, 0];
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
  // A vote tally agrees only when both of its numbers do.
  if (new Set(claims.map((c) => c.against)).size > 1 || new Set(claims.map((c) => c.ties)).size > 1) return false;
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
  if (claimantsDiffer(claims)) return 'claimants-differ';
  if (outletCount(claims) < 2) return 'single-source';
  if (eachGroupAgrees(claims, (c) => c.date)) return 'update';
  return 'outlets-differ';
}

/**
 * True when the claims attributed to claimants form two or more groups that
 * each agree, and every unattributed claim repeats the value of one of
 * them ("28 villages", reported without a name, beside the governor's 28).
 */
function claimantsDiffer(claims: readonly ClaimEntity[]): boolean {
  const named = claims.filter((c) => claimantOf(c) !== null);
  if (!eachGroupAgrees(named, claimantOf)) return false;
  const groups = [...groupBy(named, (c) => claimantOf(c)!).values()];
  return claims
    .filter((c) => claimantOf(c) === null)
    .every((c) => {
      const fits = groups.filter((g) => oneValueFits([...g, c]));
      return fits.length > 0 && oneValueFits([...fits.flat(), c]);
    });
}

/** The open data's coarse status: conflicting when the values differ on the same claim or between claimants. */
export function statusOf(comparison: Comparison): FigureStatus {
  if (comparison === 'outlets-differ' || comparison === 'claimants-differ') return 'conflicting';
  return comparison === 'single-source' ? 'single-source' : 'consistent';
}

type Found = { article: ProcessedArticle; claim: ArticleClaim; index: number };

/**
 * Groups claims into figures: comparable claims by story and measure, each
 * other claim on its own (nothing but its unit says what it measures, so it
 * is never set beside another). Where a place-bound count names two or more
 * places (evacuations in Kursk and in Belgorod), it splits by place, and a
 * claim that names no place goes with the place its article names most.
 * Syndicated copies are left out: they repeat their primary's words and are
 * not independent reports.
 */
export function groupFigures(
  articles: readonly ProcessedArticle[],
  measures: readonly Measure[],
  personId: (slug: string, key: string) => string | null,
  storyOf: (slug: string) => string,
  isCopy: (slug: string) => boolean,
): Figure[] {
  const labels = new Map(measures.map((m) => [m.id, m]));
  const taken = new Set<string>();
  const figures: Figure[] = [];
  for (const [key, found] of claimGroups(articles, storyOf, isCopy)) {
    const [story, measureId, alone] = key.split('\u0000') as [string, string, string?];
    const places = byPlace(found);
    for (const [place, members] of places) {
      const base = [story, measureId, place ? slugOrHash(place) : places.size > 1 ? 'unplaced' : '', alone ?? '']
        .filter(Boolean)
        .join('-');
      figures.push(
        figureOf(uniqueId(base, taken), story, labels.get(measureId), place, places.size > 1, members, personId),
      );
    }
  }
  return figures.sort((x, y) => (x.id < y.id ? -1 : 1));
}

/** Claims by story and measure; a claim that is not comparable gets a key of its own. */
function claimGroups(
  articles: readonly ProcessedArticle[],
  storyOf: (slug: string) => string,
  isCopy: (slug: string) => boolean,
): Map<string, Found[]> {
  const groups = new Map<string, Found[]>();
  for (const article of articles) {
    if (isCopy(article.slug)) continue;
    article.analysis.claims.forEach((claim, index) => {
      const key = [storyOf(article.slug), claim.measure];
      if (!claim.comparable) key.push(`${article.slug}-${index + 1}`);
      pushTo(groups, key.join('\u0000'), { article, claim, index });
    });
  }
  return groups;
}

/**
 * Claims by the place they count in, when a place-bound measure names two or more places. Names that
 * transliterate alike are one place ("Харків" and "Kharkiv", "Łódź" and "Lodz"), under the name first used.
 */
function byPlace(found: readonly Found[]): Map<string | null, Found[]> {
  const names = new Map<string, string>();
  for (const c of found) {
    const p = c.claim.place;
    if (p !== null && !names.has(slugOrHash(p))) names.set(slugOrHash(p), p);
  }
  const named = (p: string | null) => (p === null ? undefined : names.get(slugOrHash(p)));
  const placeOf = (c: ArticleClaim) =>
    names.size < 2 ? ([...names.values()][0] ?? null) : (named(c.place) ?? named(c.mainPlace) ?? null);
  const groups = new Map<string | null, Found[]>();
  for (const c of found) pushTo(groups, placeOf(c.claim), c);
  return groups;
}

function figureOf(
  id: string,
  story: string,
  measure: Measure | undefined,
  place: string | null,
  split: boolean,
  members: readonly Found[],
  personId: (slug: string, key: string) => string | null,
): Figure {
  const first = members[0]!.claim;
  const unit = measure
    ? (TO_METRIC[measure.units[0]!]?.[0] ?? measure.units[0]!)
    : (TO_METRIC[first.unit]?.[0] ?? first.unit);
  const claims = members.map(({ article: a, claim: c, index }) => {
    const { value, low, high, against, ties, qualifier, unit, words, sentence, note } = c;
    return {
      value,
      low,
      high,
      against,
      ties,
      qualifier,
      unit,
      words,
      sentence,
      note,
      article: a.slug,
      index,
      source: a.meta.publisher,
      date: a.meta.date,
      claimedBy: c.attribution?.speaker ? personId(a.slug, c.attribution.speaker) : null,
      claimantWords: c.attribution?.speaker ? null : (c.attribution?.words ?? null),
    };
  });
  const comparison = comparisonOf(claims);
  const placeLabel = place ?? (split ? 'place not stated' : null);
  return {
    id,
    story,
    measure: first.measure,
    label: placeLabel ? `${first.label} (${placeLabel})` : first.label,
    place,
    unit,
    status: statusOf(comparison),
    comparison,
    claims,
    hasPage: claims.length > 1 || measure !== undefined,
  };
}
