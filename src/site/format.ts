import type { ArticleClaim } from '../model/analysis.ts';
import { MONTH_NAMES } from '../text/calendar.ts';

/** "14 August 2024" from "2024-08-14"; no locale or time zone involved, so builds are reproducible. */
export function dateLabel(iso: string | null): string {
  if (!iso) return 'unknown';
  const [y, m, d] = iso.split('-').map(Number);
  if (d === undefined) return m === undefined ? String(y) : `${MONTH_NAMES[m - 1]} ${y}`;
  return `${d} ${MONTH_NAMES[m! - 1]} ${y}`;
}

/** 1,000 or 7.4, with a fixed separator whatever the machine's locale. */
export function formatNumber(n: number): string {
  const [int, frac] = String(n).split('.');
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

/** "2/3" for a fraction written in words ("two-thirds"); the value as a decimal when no small denominator fits. */
function fraction(v: number): string {
  for (let d = 2; d <= 12; d++) {
    const n = Math.round(v * d);
    if (Math.abs(n / d - v) < 1e-3) return `${n}/${d}`;
  }
  return formatNumber(v);
}

/** "32nd", "6th", "11th". */
const ordinal = (n: number) => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${formatNumber(n)}${suffix}`;
};

/** "15:30" from minutes since midnight. */
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * "up to 30 km", "1–2 km", "more than 35 drones", "97–1 votes", "15:30",
 * "2/3", "6th", "hundreds of people" (a quantity in words keeps its words: only its
 * lower bound is known).
 */
export function formatValue(
  c: Pick<ArticleClaim, 'value' | 'low' | 'high' | 'against' | 'ties' | 'qualifier' | 'unit'>,
): string {
  if (c.value === null && c.high === null) return c.unit ? `${c.qualifier} of ${c.unit}` : c.qualifier!;
  if (c.unit === 'time of day' && c.value !== null) return clock(c.value);
  if (c.unit === 'fraction' && c.value !== null) return fraction(c.value);
  if ((c.unit === 'ordinal' || c.unit === 'rank') && c.value !== null) return ordinal(c.value);
  const n =
    c.value === null
      ? `${formatNumber(c.low!)}–${formatNumber(c.high!)}`
      : [c.value, c.against, c.ties].flatMap((x) => (x === null ? [] : [formatNumber(x)])).join('–');
  return [c.qualifier, n, c.unit].filter(Boolean).join(' ');
}

/** "12–14 August 2024", "30 July – 2 August 2024", or one date, from sorted ISO dates; "date unknown" for none. */
export function dateRange(dates: readonly string[]): string {
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return 'date unknown';
  if (first === last) return dateLabel(first);
  const [a, b] = [dateLabel(first).split(' '), dateLabel(last).split(' ')];
  // Full dates share their year (and perhaps their month): say it once.
  if (a.length === 3 && b.length === 3 && a[2] === b[2])
    return a[1] === b[1] ? `${a[0]}–${b.join(' ')}` : `${a[0]} ${a[1]} – ${b.join(' ')}`;
  return `${dateLabel(first)} – ${dateLabel(last)}`;
}
