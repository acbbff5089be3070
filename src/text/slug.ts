import { createHash } from 'node:crypto';
import slugifyWords from '@sindresorhus/slugify';

/** Slugs are cut to this many characters (at a hyphen when the cut would split a word's end). */
const MAX_LENGTH = 80;
// "&", "%" and apostrophes separate words instead of becoming words ("M&S" → "m-s", "O'Brien" → "o-brien").
const SEPARATORS = /[&%'’]/gu;

const cut = (slug: string) => slug.slice(0, MAX_LENGTH).replace(/-+$/, '');

/**
 * Lower-case ASCII words joined by hyphens, transliterated from any Latin,
 * Cyrillic, Greek or other script the library knows ("Łódź" → "lodz",
 * "Київ" → "kiyiv"); camel case is left as one word. Plain ASCII text, most
 * of what is slugged, takes a direct path: the library builds its regular
 * expressions anew at every call.
 */
export function slugify(text: string): string {
  const spaced = text.replace(SEPARATORS, ' ');
  if (/^[\u0000-\u007f]*$/u.test(spaced)) {
    return cut(
      spaced
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    );
  }
  // Accents on Latin letters are dropped rather than spelled out ("Schröder" → "schroder", not "schroeder"),
  // so a name slugs alike however an outlet wrote its accents; other scripts are transliterated.
  const latin = spaced
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
  return cut(slugifyWords(latin, { decamelize: false }));
}

/**
 * A slug that is never empty: text with no letters or digits any script
 * transliterates (emoji, some CJK) gets a short stable hash of itself instead.
 */
export function slugOrHash(text: string): string {
  return slugify(text) || `x${shortHash(text, 10)}`;
}

/** The first `length` hex digits of the text's SHA-256: a short suffix that stays the same for the same text. */
export const shortHash = (text: string, length = 4): string =>
  createHash('sha256').update(text).digest('hex').slice(0, length);
