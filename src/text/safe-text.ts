// Characters that are never text: what XML 1.0 forbids (C0 controls but tab
// and line breaks, lone surrogates, U+FFFE/FFFF) and what parsers and HTML
// validators reject (DEL, C1 controls, other noncharacters). With the u flag
// a surrogate pair is one code point, so the range matches only lone halves.
// The loader refuses them in files and the schemas in fields; text that
// reaches feeds and JSON-LD by other ways is stripped of them, since one such
// character makes a whole feed unreadable.
export const NOT_TEXT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udfff]|\p{Noncharacter_Code_Point}/u;
const NOT_TEXT_ALL = new RegExp(NOT_TEXT.source, 'gu');

/** The text without control characters, lone surrogates and noncharacters. */
export const stripControl = (text: string): string => text.replace(NOT_TEXT_ALL, '');

// Invisible formatting characters that pages put inside words and between them: soft hyphens (where a
// line may break), zero-width spaces and word joiners, the byte-order mark. A reader never sees them, and
// "two\u00adsupermoons" would otherwise not read as "two supermoons". ZWJ and ZWNJ stay: some scripts and
// emoji need them.
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** The text without soft hyphens, zero-width spaces, word joiners and byte-order marks. */
export const withoutInvisibles = (text: string): string => text.replace(INVISIBLE, '');

/** A copy of a JSON-like value with stripControl applied to every string, keys included. */
export function stripControlDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControl(value) as T;
  if (Array.isArray(value)) return value.map(stripControlDeep) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripControl(k), stripControlDeep(v)])) as T;
  return value;
}

/**
 * JSON to sit inside <script type="application/ld+json">: nothing in it can
 * end the element ("</script>", "<!--") or be read as markup, and U+2028/2029
 * are escaped for consumers that parse it as JavaScript.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(stripControlDeep(value)).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
