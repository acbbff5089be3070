import { MONTH_NAMES, monthNumber, WEEKDAY_NAMES, weekdayNumber } from '../text/calendar.ts';
import { sentenceAround } from '../text/sentences.ts';
import type { Paragraph } from '../model/analysis.ts';
import type { DatedMention } from '../model/analysis.ts';

const MONTH = MONTH_NAMES.join('|');
const WEEKDAY = WEEKDAY_NAMES.join('|');
const DATE = new RegExp(
  [
    // "March 3" but not the "March 20" of "March 2001".
    `(?<md>(?<m1>${MONTH})\\s+(?<d1>\\d{1,2})(?!\\d)(?:,\\s+(?<y1>\\d{4}))?)`,
    `(?<dm>(?<!\\d)(?<d2>\\d{1,2})\\s+(?<m2>${MONTH})(?:\\s+(?<y2>\\d{4}))?)`,
    `(?<my>(?<m3>${MONTH})\\s+(?<y3>\\d{4}))`,
    `(?<mo>\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom)\\s+(?<m4>${MONTH}))\\b(?!\\s+\\d)`,
    `(?<wd>(?:(?<last>[Ll]ast)\\s+|(?<next>[Nn]ext)\\s+)?(?<w>${WEEKDAY})(?:\\s+(?:night|morning|afternoon|evening))?)`,
    `(?<rel>\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\\b)`,
    `(?<yr>\\b(?:in|since|of|from|until|by|between)\\s+(?<y4>(?:19|20)\\d{2}))\\b(?![,.]\\d)`,
    `(?<yr2>(?<=\\bbetween\\s+(?:19|20)\\d{2}\\s+)and\\s+(?<y5>(?:19|20)\\d{2}))\\b(?![,.]\\d)`,
  ].join('|'),
  'gu',
);

/** Words that put what follows in the future ("will be sworn in on April 22", "would reach … on Friday"). */
const FUTURE =
  /\b(?:will|would|shall|expects?|expected to|due to|scheduled|plans? to|planned|set to|going to)\b|['’]ll\b/i;
const DAY = 86_400_000;
/** A preposition before the date that makes it a bound, not the day something happened: "since 2014", "by 2007". */
const BOUND_BEFORE = /\b(?:since|until|till|by|from|between|before|after|through)\s+(?:(?:early|late|mid)[\s-])?$/i;
const TARGET_BEFORE = /\b(?:by|until|till)\s+$/i;
/** "the war that began in February 2022": a relative clause just before the date dates something only mentioned. */
const RELATIVE_CLAUSE = /\b(?:that|which|who|whose|when)\s+(?:[^\s,;]+\s+){0,4}$/i;
/** Older than this before the article's date, a date is the story's background, not its news. */
const BACKGROUND_DAYS = 31;

/** Whether the date reports an event of the article, recalls background, or looks ahead. */
function roleOf(
  clause: string,
  date: string,
  precision: DatedMention['precision'],
  articleDate: string | null,
  ahead: boolean,
): DatedMention['role'] {
  if (ahead || TARGET_BEFORE.test(clause) || (articleDate !== null && date > articleDate)) return 'future';
  if (BOUND_BEFORE.test(clause) || RELATIVE_CLAUSE.test(clause)) return 'background';
  // A year, or a month other than the article's own, places something in time without dating the news.
  if (precision === 'year') return 'background';
  if (!articleDate) return precision === 'day' ? 'event' : 'background';
  if (precision === 'month') return articleDate.startsWith(date) ? 'event' : 'background';
  const age = (Date.parse(articleDate) - Date.parse(date)) / DAY;
  return age > BACKGROUND_DAYS ? 'background' : 'event';
}

/** Whether the whole day, month or year `date` ended more than BACKGROUND_DAYS before the article's date. */
function endsLongBefore(date: string, articleDate: string | null): boolean {
  if (!articleDate) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  // Day 0 of the next month is the last day of this one.
  const end = Date.UTC(y, m === undefined ? 12 : d === undefined ? m : m - 1, d ?? 0);
  return (Date.parse(articleDate) - end) / DAY > BACKGROUND_DAYS;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');
const realDay = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? iso(date) : null;
};

/**
 * Dates in the text: absolute ones as stated, and relative ones ("last
 * Tuesday", "on Wednesday", "August 12", "in July") resolved against the
 * article's own date. A bare weekday, month or day of a month never lands
 * after the article's date; in a clause about the future ("will meet on
 * Friday") it is left out rather than guessed. Only words that say so ("next
 * Monday", "tomorrow") point forward. Without an article date, relative
 * dates are left out too.
 */
export function findDates(paragraphs: readonly Paragraph[], articleDate: string | null): DatedMention[] {
  const out: DatedMention[] = [];
  const ref = articleDate ? new Date(`${articleDate}T00:00:00Z`) : null;
  paragraphs.forEach((p, paragraph) => {
    for (const m of p.text.matchAll(DATE)) {
      const g = m.groups!;
      const [from, to] = sentenceAround(p.text, m.index, m.index + m[0].length);
      const clause = p.text
        .slice(from, m.index)
        .split(/[,;:]\s/)
        .at(-1)!;
      const ahead = FUTURE.test(clause);
      const push = (date: string | null, precision: DatedMention['precision'], basis: DatedMention['basis']) => {
        if (!date) return;
        const role = roleOf(clause, date, precision, articleDate, ahead);
        const bound = /^(?:since|until|till|by|from|between)\b/i.test(m[0]) || BOUND_BEFORE.test(clause);
        // "The ferry, built in 1998, was carrying …": a date set off by commas describes a thing, not when it happened.
        const aside =
          /,\s[^,]{0,40}$/.test(p.text.slice(from, m.index)) && /^\s*,/.test(p.text.slice(m.index + m[0].length));
        const earlier =
          role === 'background' &&
          !bound &&
          !aside &&
          !RELATIVE_CLAUSE.test(clause) &&
          endsLongBefore(date, articleDate);
        out.push({ date, precision, basis, words: m[0], role, earlier, sentence: p.text.slice(from, to), paragraph });
      };
      if (g.md || g.dm) {
        const month = monthNumber((g.m1 ?? g.m2)!);
        const day = Number(g.d1 ?? g.d2);
        const year = g.y1 ?? g.y2;
        if (year) push(realDay(Number(year), month, day), 'day', 'stated');
        else if (ref) {
          let y = ref.getUTCFullYear();
          if (realDay(y, month, day)! > articleDate!) y--;
          if (!ahead) push(realDay(y, month, day), 'day', 'relative');
        }
      } else if (g.my) push(`${g.y3}-${pad(monthNumber(g.m3!))}`, 'month', 'stated');
      else if (g.mo && ref) {
        const month = monthNumber(g.m4!);
        const current = ref.getUTCMonth() + 1;
        const y = ref.getUTCFullYear() + (month > current ? -1 : 0);
        if (!ahead) push(`${y}-${pad(month)}`, 'month', 'relative');
      } else if (g.wd && ref) {
        const weekday = weekdayNumber(g.w!);
        const back = (ref.getUTCDay() - weekday + 7) % 7 || (g.last ? 7 : 0);
        const forward = (weekday - ref.getUTCDay() + 7) % 7 || (g.next ? 7 : 0);
        if (g.next) push(iso(new Date(ref.getTime() + forward * DAY)), 'day', 'relative');
        else if (!ahead || g.last) push(iso(new Date(ref.getTime() - back * DAY)), 'day', 'relative');
      } else if (g.rel && ref) {
        const shift = { yesterday: -1, today: 0, tomorrow: 1 }[
          g.rel.toLowerCase() as 'yesterday' | 'today' | 'tomorrow'
        ];
        push(iso(new Date(ref.getTime() + shift * DAY)), 'day', 'relative');
      } else if (g.yr) push(g.y4!, 'year', 'stated');
      else if (g.yr2) push(g.y5!, 'year', 'stated');
    }
  });
  return out;
}
