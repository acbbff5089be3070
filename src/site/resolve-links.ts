/**
 * Article HTML is rendered per article with symbolic targets (/_/person/<key>,
 * /_/claim/<n>); once people and figures are known across articles, they
 * become real site paths. A name that turned out to stand for no one, and a
 * number whose figure has no page, keep their words and their id, unlinked.
 * One pass over the string, no re-rendering.
 */
export function resolveLinks(
  html: string,
  person: (key: string) => string | null,
  claim: (index: number) => string | null,
): string {
  return html.replace(
    /<a href="\/_\/(person|claim)\/([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g,
    (_, kind: string, arg: string, attributes: string, words: string) => {
      const target = kind === 'person' ? person(decodeURIComponent(arg)) : claim(Number(arg));
      return target === null ? `<span${attributes}>${words}</span>` : `<a href="${target}"${attributes}>${words}</a>`;
    },
  );
}
