import slugify from '@sindresorhus/slugify';

const MAX_LENGTH = 60;

/**
 * A file name for an article from its headline: lower-case a-z and 0-9 words joined by hyphens, Cyrillic,
 * Greek and accented Latin letters transliterated ("Київ отримав 40…" → "kiyiv-otrimav-40…"), cut at a
 * word boundary to at most 60 characters. Null when nothing usable remains (a headline in a script the
 * transliteration does not cover, or only punctuation): the editor then chooses the slug.
 */
export function slugFromHeadline(headline: string): string | null {
  // slugify keeps "don't" one word, but only with a straight apostrophe; headlines mostly use a curly one.
  const straight = headline.replace(/(?<=\p{L})[\u2019\u02bc](?=\p{L})/gu, "'");
  // decamelize would split "iPhone" into "i-phone".
  const slug = slugify(straight, { decamelize: false });
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return null;
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  // One word longer than the limit has no boundary to cut at: cut inside it rather than give up.
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_LENGTH);
}
