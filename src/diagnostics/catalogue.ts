/**
 * The one catalogue of problems the build can report. Every message the
 * editor sees is written here, keyed by a stable rule id, so wording stays
 * consistent and tests can assert exact messages.
 */
import { YEARS } from '../model/common.ts';

export type Severity = 'error' | 'warning';

interface Rule {
  severity: Severity;
  message: (p: Record<string, string>) => string;
}

function rule(severity: Severity, message: (p: Record<string, string>) => string): Rule {
  return { severity, message };
}

export const catalogue = {
  'load/not-utf8': rule('error', () => 'file is not valid UTF-8; re-save it as UTF-8'),
  'load/binary': rule('error', () => 'file contains NUL bytes; it looks like a binary file, not an article'),
  'load/too-large': rule('error', (p) => `file is ${p.size} bytes; the limit is ${p.limit} bytes`),
  'load/control-char': rule(
    'error',
    (p) => `invisible control character ${p.code} (not text; often a sign of a wrong encoding); remove it`,
  ),
  'load/ignored-file': rule('warning', (p) =>
    p.kind === 'hidden'
      ? 'a hidden file (its name starts with a dot); it was not built: rename it to publish it'
      : p.kind === 'symlink'
        ? 'a symbolic link, which is not followed; it was not built: put the file itself here to publish it'
        : 'not an article (articles end in .md); it was not built',
  ),
  'load/unreadable': rule('error', (p) => `cannot be read: ${p.reason}`),
  'load/no-articles': rule('warning', () => 'no articles: the folder is empty or missing, so the site built has none'),
  'load/bad-slug': rule(
    'error',
    (p) =>
      `file name gives the slug "${p.slug}", which is not of the form lower-case-words-with-hyphens${p.hint ? `; did you mean "${p.hint}"?` : ''}`,
  ),
  'load/duplicate-slug': rule(
    'error',
    (p) =>
      `slug "${p.slug}" is also used by ${p.other} (slugs must differ after Unicode normalisation and lower-casing)`,
  ),
  'frontmatter/missing': rule(
    'error',
    () => 'no front matter: an article starts with a "---" line, YAML metadata, and another "---" line',
  ),
  'frontmatter/unclosed': rule('error', () => 'front matter is not closed: add a "---" line after the metadata'),
  'frontmatter/language': rule(
    'error',
    (p) =>
      `front matter language "${p.language}" is refused; only YAML is allowed (remove "${p.language}" after the opening ---)`,
  ),
  'frontmatter/too-large': rule('error', (p) => `front matter is ${p.size} bytes; the limit is ${p.limit} bytes`),
  'yaml/syntax': rule('error', (p) => `YAML syntax error: ${p.detail}`),
  'yaml/alias': rule('error', () => 'YAML anchors and aliases (&name, *name) are not allowed'),
  'yaml/merge-key': rule('error', () => 'YAML merge keys (<<) are not allowed'),
  'yaml/tag': rule(
    'error',
    (p) => `YAML tags such as ${p.tag} are not allowed; write a plain value, quoted if need be`,
  ),
  'yaml/complex-key': rule('error', () => 'a key must be a plain word, not a list, a map or empty'),
  'frontmatter/not-a-map': rule('error', () => 'front matter must be a map of "key: value" lines'),
  'frontmatter/todo': rule(
    'warning',
    (p) => `a TODO is left in the front matter ("${p.text}"); do it, then remove the comment`,
  ),
  'field/missing': rule('error', (p) => `missing required field "${p.field}"${p.help ? ` (${p.help})` : ''}`),
  'field/unknown': rule('error', (p) => `unknown field "${p.field}"${p.hint ? `; did you mean "${p.hint}"?` : ''}`),
  'field/invalid': rule('error', (p) => `field "${p.field}": ${p.detail}`),
  'field/bad-date': rule(
    'error',
    (p) =>
      `field "${p.field}": "${p.value}" is not a real date written YYYY-MM-DD${p.field === 'date' ? '; write "unknown" if the text does not say' : ''}`,
  ),
  'field/date-out-of-range': rule(
    'error',
    (p) =>
      `field "${p.field}": "${p.value}" names a year outside ${YEARS.first} to ${YEARS.last}, the years a date may name; check the year`,
  ),
  'field/inferred-without-date': rule(
    'error',
    () => 'field "dateInferred" explains an inferred date, but "date" is "unknown"',
  ),
  'reference/unknown-source': rule(
    'error',
    (p) =>
      `unknown ${p.field} "${p.value}"; it must be an id from registries/sources.yaml or "unknown"${p.hint ? `; did you mean "${p.hint}"?` : ''}`,
  ),
  'body/empty': rule('error', () => 'the article has no body text'),
  'body/duplicate': rule('warning', (p) => `same text and publisher as ${p.other}: a duplicate?`),
  'body/too-deep': rule(
    'error',
    (p) =>
      `Markdown nests more than ${p.limit} levels deep here (quotes, lists or brackets inside each other); flatten it`,
  ),
  'body/too-complex': rule(
    'error',
    (p) => `this paragraph has more than ${p.limit} brackets and emphasis marks; split it, or escape the marks with \\`,
  ),
  'body/raw-html': rule(
    'warning',
    (p) => `raw HTML ${p.snippet} is shown as text, not rendered; write Markdown instead`,
  ),
  'body/unsafe-link': rule('warning', (p) => `link to "${p.url}" is not http(s) or mailto; it is shown as plain text`),
  'registry/duplicate-id': rule('error', (p) => `id "${p.id}" is used twice in this registry`),
  'registry/ambiguous-name': rule('error', (p) => `name "${p.name}" is given to both "${p.a}" and "${p.b}"`),
  'story-ids/kind': rule(
    'error',
    (p) =>
      `story id "${p.id}" needs exactly one of "articles" (a story), "redirect" (an old id) or "retired: true"${p.found ? `; it has ${p.found}` : ''}`,
  ),
  'story-ids/article-twice': rule(
    'error',
    (p) => `article "${p.article}" is listed under both "${p.a}" and "${p.b}"; an article belongs to one story`,
  ),
  'story-ids/unknown-redirect': rule(
    'error',
    (p) =>
      `"${p.id}" redirects to "${p.to}", which is no id in this file${p.hint ? `; did you mean "${p.hint}"?` : ''}`,
  ),
  'story-ids/redirect-loop': rule(
    'error',
    (p) => `"${p.id}" redirects in a loop (${p.loop}); point it at a story that has articles, or retire it`,
  ),
  'registry/duplicate-domain': rule(
    'error',
    (p) => `domain "${p.domain}" is listed by both "${p.a}" and "${p.b}"; a page there could not be given an outlet`,
  ),
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof catalogue;
