export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The terms as one regular-expression alternation, longest first (so that "said in" wins over "said"). */
export const alternation = (terms: Iterable<string>) =>
  [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** A regular expression matching any of the terms as whole words, longest first. */
export function wholeWords(terms: Iterable<string>, flags = 'gu'): RegExp | undefined {
  const list = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (list.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags);
}
