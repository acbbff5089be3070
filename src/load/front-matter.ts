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

const refuse = (name: string) => () => {
  throw new Error(`front matter language ${name} is refused`);
};

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

  const newline = text.indexOf('\n');
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  if (!firstLine.startsWith('---') || firstLine.startsWith('----'))
    return failed(diagnostic(file, start, 'frontmatter/missing'));
  const language = firstLine.slice(3).trim();
  // Refused before gray-matter sees it: its js engine would eval the block.
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    return failed(diagnostic(file, { line: 1, column: 4 }, 'frontmatter/language', { language }));
  }
  const close = /\n---[ \t]*(?:\n|$)/.exec(text.slice(firstLine.length));
  if (!close) return failed(diagnostic(file, start, 'frontmatter/unclosed'));
  const size = Buffer.byteLength(text.slice(0, firstLine.length + close.index));
  if (size > FRONT_MATTER_LIMIT) {
    return failed(
      diagnostic(file, start, 'frontmatter/too-large', { size: String(size), limit: String(FRONT_MATTER_LIMIT) }),
    );
  }

  let yaml: SafeYaml = { data: {}, locate: () => start, diagnostics: [] };
  // Options are always passed: without them gray-matter caches and shares result objects.
  const parsed = matter(text, {
    language: 'yaml',
    engines: {
      // The matter string starts with the rest of line 1, so its line n is file line n.
      yaml: (source: string) => ((yaml = parseSafeYaml(file, source, 1)), {}),
      js: refuse('js'),
      javascript: refuse('javascript'),
      coffee: refuse('coffee'),
      coffeescript: refuse('coffeescript'),
    },
  });
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
