/**
 * Article HTML is rendered per article with symbolic targets (/_/person/<key>,
 * /_/claim/<n>); once people and figures are known across articles, they
 * become real site paths. One pass over the string, no re-rendering.
 */
export function resolveLinks(html: string, person: (key: string) => string, claim: (index: number) => string): string {
  return html.replace(
    /href="\/_\/(person|claim)\/([^"]*)"/g,
    (_, kind: string, arg: string) =>
      `href="${kind === 'person' ? person(decodeURIComponent(arg)) : claim(Number(arg))}"`,
  );
}
