/** Month and weekday names as English news writes them; index 0 is January (and Sunday, as in Date). */
export const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ');
export const MONTH_ABBREVIATIONS = 'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' ');
export const WEEKDAY_NAMES = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

/** 1 for "january" or "January", …; 0 when the word is no month name. */
export const monthNumber = (name: string) => MONTH_NAMES.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;

/** 0 for Sunday, …; -1 when the word is no weekday. */
export const weekdayNumber = (name: string) => WEEKDAY_NAMES.findIndex((d) => d.toLowerCase() === name.toLowerCase());
