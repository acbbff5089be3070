/**
 * An ISO 8601 date or date-time as pages write them: 2026-01-27, 2026-01-27T23:48:12-05:00,
 * 2026-01-27T23:48:12.000Z, 2026-01-27 23:48 (a space for the T is common in CMS output).
 */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * The calendar date a page states, as YYYY-MM-DD, or null when the text is not an ISO date.
 *
 * The date is the date part of the time as written: "2026-01-27T23:48:12-05:00" is 2026-01-27, although it
 * is already 28 January in UTC. That is the day the outlet says it published, in its own time zone; turning
 * it into UTC would put a date on the article that the page does not state.
 */
export function dateAsStated(value: string): string | null {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const date = `${year}-${month}-${day}`;
  return isRealDate(date) ? date : null;
}

/** 2026-02-30 has the right shape but names no day. */
function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
