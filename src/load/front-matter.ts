import matter from 'gray-matter';
import { diagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { parseSafeYaml, type SafeYaml } from './safe-yaml.ts';

/** Front matter larger than this is refused before it reaches the YAML parser. */
export const FRONT_MATTER_LIMIT = 16 * 1024;

export interface FrontMatter extends SafeYaml {
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/** Splits an article into safe YAML front matter and body, with positions relative to the file. */
export function parseFrontMatter(file: string, text: string): FrontMatter {
  const start: Position = { line: 1, column: 1 };
  const failed = (d: Diagnostic): FrontMatter => ({
    data: undefined,
    locate: () => start,
    body: '',
    bodyLine: 1,
    diagnostics: [d],
  });

  // gray-matter reads "---js" as a language to run; anything but YAML is refused before it parses.
  if (!matter.test(text) || text.startsWith('----')) return failed(diagnostic(file, start, 'frontmatter/missing'));
  const language = matter.language(text).name;
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    return failed(diagnostic(file, { line: 1, column: 4 }, 'frontmatter/language', { language }));
  }
  // gray-matter takes an unclosed block to run to the end of the file; here that is an error.
  if (!/\n---[ \t]*(?:\n|$)/.test(text.slice(text.indexOf('\n')))) {
    return failed(diagnostic(file, start, 'frontmatter/unclosed'));
  }
  let tooLarge: Diagnostic | undefined;
  // Options are always passed: without them gray-matter caches and shares result objects.
  const parsed = matter(text, {
    language: 'yaml',
    engines: {
      // The matter string starts with the rest of line 1, so its line n is file line n. A block past
      // the size cap is not parsed at all.
      yaml: (source: string): SafeYaml | object => {
        const size = Buffer.byteLength(source) + 3;
        if (size <= FRONT_MATTER_LIMIT) return parseSafeYaml(file, source, 1);
        tooLarge = diagnostic(file, start, 'frontmatter/too-large', {
          size: String(size),
          limit: String(FRONT_MATTER_LIMIT),
        });
        return {};
      },
    },
  });
  if (tooLarge) return failed(tooLarge);
  // An empty block (only comments) never reaches the engine, and gray-matter gives {} for it.
  const yaml: SafeYaml = (parsed.data as SafeYaml).locate
    ? (parsed.data as SafeYaml)
    : { data: {}, locate: () => start, diagnostics: [] };
  const body = parsed.content;
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  const data = yaml.diagnostics.length === 0 && yaml.data === null ? {} : yaml.data;
  // A list or a lone value would otherwise surface as a zod issue about a field with no name.
  if (data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    return {
      ...yaml,
      data: undefined,
      body,
      bodyLine,
      diagnostics: [diagnostic(file, yaml.locate([]), 'frontmatter/not-a-map')],
    };
  }
  return { ...yaml, data, body, bodyLine };
}
