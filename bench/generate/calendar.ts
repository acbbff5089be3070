// The two years the generated articles are dated in (the corpus's 2004-05).

const FIRST_DAY = Date.UTC(2004, 0, 1);
/** 2004 (a leap year) and 2005. */
export const DAYS = 731;

/** Day `n` (from 0) of the two years as YYYY-MM-DD, clamped to the last day. */
export const dateOf = (n: number): string =>
  new Date(FIRST_DAY + Math.min(n, DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
