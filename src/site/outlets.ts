/**
 * The one rule for naming the outlet of an article: its publisher's name,
 * or, when the publisher is unknown, "Unattributed article N". A reader can
 * tell such articles apart, the name is short enough for a chart row or a
 * table column, and it is the same on every page (each page shows the
 * headline beside it, or in a legend). N counts the site's articles of
 * unknown publisher in file-name (slug) order, which the editors control
 * and which no date or headline change disturbs.
 */
export const UNATTRIBUTED = 'Unattributed article';

export function outletNames(
  articles: readonly { slug: string; publisher: string | null }[],
  sourceName: (id: string) => string,
): Map<string, string> {
  const unknown = articles
    .filter((a) => a.publisher === null)
    .map((a) => a.slug)
    .sort();
  const number = new Map(unknown.map((slug, i) => [slug, i + 1]));
  return new Map(
    articles.map((a) => [a.slug, a.publisher ? sourceName(a.publisher) : `${UNATTRIBUTED} ${number.get(a.slug)}`]),
  );
}
