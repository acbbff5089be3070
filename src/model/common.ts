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

/** Issues carrying `params.rule` are reported under that catalogue rule. */
const badDate = { message: 'is not a real date written YYYY-MM-DD', params: { rule: 'field/bad-date' } };

/** YYYY-MM-DD that names a real day (2024-02-30 is refused). */
export const IsoDate = z.string().refine(isRealDate, badDate);
export const IsoDateOrUnknown = z.string().refine((s) => s === 'unknown' || isRealDate(s), badDate);

export const HttpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http(s) address' });

/** Normalises a slug for uniqueness checks: NFC then lower case. */
export const slugKey = (s: string): string => s.normalize('NFC').toLowerCase();

/** A string of readable text: what front matter and registries hold. */
export const Text = z
  .string()
  // A carriage return is no text either: the loader has turned line breaks into LF.
  .refine(
    (s) => !NOT_TEXT.test(s) && !s.includes('\r'),
    'contains a control character or an unpaired surrogate; remove it',
  );
