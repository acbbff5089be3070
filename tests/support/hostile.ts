import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { catalogue } from '../../src/diagnostics/catalogue.ts';
import { FIXTURES, REPO } from './helpers.ts';

/** tests/fixtures/hostile/<case>/: articles/ and registries/ (added to a copy of the repo's), expect.json. */
export const HOSTILE = path.join(FIXTURES, 'hostile');

export interface Expect {
  outcome: 'error' | 'inert';
  /** Why this outcome is the right one. */
  why: string;
  /** "articles/x.md:LINE rule" (case-relative path): every one is reported, and no error of another rule. */
  errors?: string[];
  /** Warnings that must be reported for an inert case. */
  warnings?: string[];
  /** Texts a reader must see on the case's article page (the payload shown, not dropped). */
  shows?: string[];
  /** Substrings of the error messages. */
  messages?: string[];
  /** "articles/x.md:LINE" → the expected column. */
  columns?: Record<string, number>;
  /** Must fail in well under a second or two (alias bomb, deep nesting). */
  fast?: boolean;
  /** Files the test writes at run time instead of committing them. */
  generated?: string;
}

export interface Case {
  name: string;
  expect: Expect;
}

export async function hostileCases(): Promise<Case[]> {
  const names = (await readdir(HOSTILE)).sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      expect: JSON.parse(await readFile(path.join(HOSTILE, name, 'expect.json'), 'utf8')) as Expect,
    })),
  );
}

/** Files too big to commit, keyed by case. */
const GENERATED: Record<string, Record<string, () => Uint8Array>> = {
  'ten-megabytes': {
    'articles/ten-megabytes.md': () =>
      Buffer.concat([
        Buffer.from('---\nheadline: Big\npublisher: cnn\ndate: 2024-08-14\nlanguage: en\n---\n'),
        Buffer.alloc(10 * 1024 * 1024, 'All work and no play. '),
      ]),
  },
};

/** Where a case's articles go in a project: their own folder, so many cases can share one build. */
export const projectPath = (name: string, rel: string) => rel.replace(/^articles\//, `articles/${name}/`);

/** Lines the repo's registry has before a case's entries are appended to it. */
export async function registryOffset(rel: string): Promise<number> {
  return (await readFile(path.join(REPO, rel), 'utf8')).split('\n').length - 1;
}

/** Adds a case's files to a project made by makeProject: articles in articles/<case>/, registry entries appended. */
export async function addCase(root: string, name: string): Promise<void> {
  const dir = path.join(HOSTILE, name);
  if (existsSync(path.join(dir, 'articles')))
    await cp(path.join(dir, 'articles'), path.join(root, 'articles', name), { recursive: true });
  for (const [rel, make] of Object.entries(GENERATED[name] ?? {})) {
    await mkdir(path.dirname(path.join(root, projectPath(name, rel))), { recursive: true });
    await writeFile(path.join(root, projectPath(name, rel)), make());
  }
  for (const file of existsSync(path.join(dir, 'registries')) ? await readdir(path.join(dir, 'registries')) : []) {
    await appendFile(path.join(root, 'registries', file), await readFile(path.join(dir, 'registries', file)));
  }
}

export interface Reported {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

/** Parses what the build printed; a line that looks like a diagnostic but is malformed is returned in `malformed`. */
export function parseReport(stderr: string): { reported: Reported[]; malformed: string[] } {
  const reported: Reported[] = [];
  const malformed: string[] = [];
  for (const line of stderr.split('\n')) {
    if (!/^(articles|registries)\//.test(line)) continue;
    const m = /^(.+?):(\d+):(\d+)  (\S+)  (warning )?(.+)$/.exec(line);
    if (!m || !(m[4]! in catalogue) || Number(m[2]) < 1 || Number(m[3]) < 1) {
      malformed.push(line);
      continue;
    }
    reported.push({
      file: m[1]!,
      line: Number(m[2]),
      column: Number(m[3]),
      rule: m[4]!,
      severity: m[5] ? 'warning' : 'error',
      message: m[6]!,
    });
  }
  return { reported, malformed };
}

/** "articles/x.md:LINE rule" as the expectations write it, from a report about case `name`. */
export async function asExpected(name: string, r: Reported): Promise<string> {
  const file = r.file.replace(`articles/${name}/`, 'articles/');
  const line = r.file.startsWith('registries/') ? r.line - (await registryOffset(r.file)) : r.line;
  return `${file}:${line} ${r.rule}`;
}

const ENTITY: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  colon: ':',
  tab: '\t',
  newline: '\n',
};
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (all, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          parseInt(e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1), e[1] === 'x' || e[1] === 'X' ? 16 : 10),
        )
      : (ENTITY[e.toLowerCase()] ?? all),
  );

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset']);

/** A page's text as a reader sees it: tags dropped, entities decoded. */
export const visibleText = (html: string) => decode(html.replace(/<[^>]*>/g, ''));

// The site's own scripts are files it ships; JSON-LD is data, safe while no "<" in it can end the element.
const OWN_SCRIPTS =
  /<script (?:type="module" )?src="\/[\w/.-]+"><\/script>|<script type="application\/ld\+json">[^<]*<\/script>/g;

/**
 * What would run in a built page, found without a browser: <script>
 * elements other than the site's own (OWN_SCRIPTS), on*= attributes, and
 * URL attributes whose value (entities decoded, whitespace and controls
 * dropped, as browsers do) starts with javascript:, vbscript: or data:.
 * Returns one line per finding.
 */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  const scripts = [...html.replace(OWN_SCRIPTS, '').matchAll(/<script/gi)].length;
  if (scripts > 0) found.push(`${scripts} <script> element(s) that are not the site's own`);
  for (const tag of html.matchAll(TAG)) {
    for (const [, name, raw] of tag[2]!.matchAll(ATTRIBUTE)) {
      const attr = name!.toLowerCase();
      if (/^on/.test(attr)) found.push(`<${tag[1]} ${attr}=…>`);
      const value = decode((raw ?? '').replace(/^["']|["']$/g, '')).replace(/[\u0000-\u0020]/g, '');
      if (URL_ATTRIBUTES.has(attr) && /^(javascript|vbscript|data):/i.test(value))
        found.push(`<${tag[1]} ${attr}="${value.slice(0, 40)}">`);
    }
  }
  return found;
}
