import { Lexer } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

/** A comment that starts with TODO, as the importer writes them where the text did not say. */
const TODO = /^#\s*TODO\b/i;
/** The lexer's markers of structure: they take no room in the text. */
const ZERO_WIDTH = new Set(['\u0002', '\u0018', '\u001f']);
const SHOWN = 80;

/**
 * A warning for each `# TODO` comment left in an article's front matter: the importer writes them for the
 * editor to act on, and a published article should have none. YAML's own lexer finds the comments, so a
 * "#" inside a quoted value is not one. `frontMatter` starts on the file's line 2.
 */
export function todoMarkers(file: string, frontMatter: string): Diagnostic[] {
  if (!/#\s*TODO/i.test(frontMatter)) return [];
  const found: Diagnostic[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(frontMatter)) {
    if (ZERO_WIDTH.has(token)) continue;
    offset = frontMatter.indexOf(token, offset);
    if (TODO.test(token))
      found.push(diagnostic(file, positionOf(frontMatter, offset), 'frontmatter/todo', { text: shown(token) }));
    offset += token.length;
  }
  return found;
}

function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length + 1, column: offset - before.lastIndexOf('\n') };
}

const shown = (comment: string): string => {
  const text = comment.replace(/^#\s*/, '').trim();
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
};
