import { z } from 'zod';

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

/** Characters no text field may hold, even written as YAML escapes: controls (but tab and newline), lone surrogates, noncharacters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** A string of readable text: what front matter and registries hold. */
export const Text = z
  .string()
  .refine((s) => !UNSAFE_TEXT.test(s), 'contains a control character or an unpaired surrogate; remove it');
