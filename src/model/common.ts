import { z } from 'zod';
import { NOT_TEXT } from '../text/safe-text.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const Slug = z
  .string()
  .regex(SLUG_PATTERN, 'must be lower-case words joined by hyphens, like "kursk-offensive"');

const isRealDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/**
 * The years a date may name. A year outside them is a slip (0000, 9999),
 * not news, and would head every feed; the analysis reads the same range
 * as years in text.
 */
export const YEARS = { first: 1800, last: 2100 } as const;
const inYears = (s: string): boolean =>
  !isRealDate(s) || (+s.slice(0, 4) >= YEARS.first && +s.slice(0, 4) <= YEARS.last);

/** Issues carrying `params.rule` are reported under that catalogue rule. */
const badDate = { message: 'is not a real date written YYYY-MM-DD', params: { rule: 'field/bad-date' } };
const outOfRange = { message: 'names a year out of range', params: { rule: 'field/date-out-of-range' } };

/** YYYY-MM-DD that names a real day (2024-02-30 is refused) in YEARS. */
export const IsoDate = z.string().refine(isRealDate, badDate).refine(inYears, outOfRange);
export const IsoDateOrUnknown = z
  .string()
  .refine((s) => s === 'unknown' || isRealDate(s), badDate)
  .refine(inYears, outOfRange);

export const HttpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http(s) address' });

/** Normalises a slug for uniqueness checks: NFC then lower case. */
export const slugKey = (s: string): string => s.normalize('NFC').toLowerCase();

// A carriage return is no text either: the loader has turned line breaks into LF.
const NOT_TEXT_OR_CR = new RegExp(`${NOT_TEXT.source}|\\r`, 'u');
const codeOf = (s: string) => `U+${s.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A string of readable text: what front matter and registries hold. */
export const Text = z.string().refine((s) => !NOT_TEXT_OR_CR.test(s), {
  // Said alone: the field's other rules would only repeat the problem.
  abort: true,
  error: (issue) =>
    `contains ${codeOf(NOT_TEXT_OR_CR.exec(issue.input as string)![0])}, which is not text (a control character, a noncharacter or an unpaired surrogate); remove it`,
});

// A letter, digit, punctuation mark or symbol: what a reader can see.
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * Text a page shows as a name or title: not empty, and not made only of
 * invisible characters (zero-width spaces, joiners, marks) that trim keeps.
 * Empty is left to `min`, so it is said once.
 */
export const visible = <T extends z.ZodString>(schema: T) =>
  schema.refine(
    (s) => s === '' || VISIBLE.test(s),
    'has only invisible characters (spaces, zero-width spaces, joiners); write visible text',
  );

/** A required name or label of a registry entry. */
export const Label = visible(Text.trim().min(1));
