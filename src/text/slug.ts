import slugifyWords from '@sindresorhus/slugify';

/** Slugs are cut to this many characters (at a hyphen when the cut would split a word's end). */
const MAX_LENGTH = 80;

/**
 * Lower-case ASCII words joined by hyphens, transliterated from any Latin,
 * Cyrillic, Greek or other script the library knows ("Łódź" → "lodz").
 * "&", "%" and apostrophes separate words instead of becoming words
 * ("M&S" → "m-s", "O'Brien" → "o-brien"); camel case is left as one word.
 */
export function slugify(text: string): string {
  const replacements: [string, string][] = [
    ['&', ' '],
    ['%', ' '],
    ["'", ' '],
    ['’', ' '],
  ];
  return slugifyWords(text, { decamelize: false, customReplacements: replacements })
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
}
