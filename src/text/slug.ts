import slugifyWords from '@sindresorhus/slugify';

/** Slugs are cut to this many characters (at a hyphen when the cut would split a word's end). */
const MAX_LENGTH = 80;

/**
 * Lower-case ASCII words joined by hyphens, transliterated from any Latin,
 * Cyrillic, Greek or other script the library knows ("Łódź" → "lodz",
 * "Київ" → "kiyiv").
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
  // Accents on Latin letters are dropped rather than spelled out ("Schröder" → "schroder", not "schroeder"),
  // so a name slugs alike however an outlet wrote its accents; other scripts are transliterated.
  const latin = text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
  return slugifyWords(latin, { decamelize: false, customReplacements: replacements })
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
}
