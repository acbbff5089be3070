import type { Root } from 'mdast';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ArticleAnalysis, Paragraph } from '../model/analysis.ts';
import type { Removal } from '../model/processed-article.ts';
import { annotate, type Span } from './annotate.ts';
import { removeFurniture, type CleanContext } from './clean.ts';
import { neutralise, parseMarkdown, renderHtml } from './render.ts';
import { paragraphsOf, textBlocks, type Block } from './text-blocks.ts';

/** An article body parsed, made safe and cleaned, with its running text as paragraphs for the analysis. */
export interface ParsedBody {
  tree: Root;
  blocks: Block[];
  paragraphs: Paragraph[];
  removed: Removal[];
}

/**
 * Parses a body (which starts on file line `bodyLine`), reports raw HTML and
 * unsafe links (shown as text), and removes site furniture; lines in what
 * comes back are lines of the file.
 */
export function parseBody(
  file: string,
  body: string,
  bodyLine: number,
  clean: CleanContext,
): { parsed: ParsedBody; diagnostics: Diagnostic[] } {
  const lineOffset = bodyLine - 1;
  const tree = parseMarkdown(body);
  const diagnostics = neutralise(tree).map((f) => {
    const at = { line: f.line + lineOffset, column: f.column };
    if (f.kind === 'unsafe-link') return diagnostic(file, at, 'body/unsafe-link', { url: f.text });
    return diagnostic(file, at, 'body/raw-html', {
      snippet: JSON.stringify(f.text.length > 40 ? `${f.text.slice(0, 40)}…` : f.text),
    });
  });
  const removed = removeFurniture(tree, clean).map((r) => ({ ...r, line: r.line + lineOffset }));
  const blocks = textBlocks(tree);
  return { parsed: { tree, blocks, paragraphs: paragraphsOf(blocks, lineOffset), removed }, diagnostics };
}

/** The body as sanitised HTML, with people and figures linked and quotes marked where the analysis found them. */
export function renderBody(body: ParsedBody, analysis: ArticleAnalysis): string {
  const spans = spansByParagraph(analysis, body.blocks.length);
  body.blocks.forEach((block, i) => annotate(block, spans[i]!));
  return renderHtml(body.tree);
}

/**
 * Links and marks for each paragraph, gathered in one pass. Targets are
 * symbolic (/_/person/<key>, /_/claim/<n>) because ids across articles are
 * only known after aggregation; the site resolves them (see
 * site/resolve-links.ts).
 */
function spansByParagraph(a: ArticleAnalysis, paragraphs: number): Span[][] {
  const spans: Span[][] = Array.from({ length: paragraphs }, () => []);
  a.mentions.forEach((m, n) => {
    const href = `/_/person/${encodeURIComponent(m.key)}`;
    spans[m.paragraph]?.push({ start: m.start, end: m.end, href, id: `person-${n}` });
  });
  a.claims.forEach((c, n) => {
    spans[c.paragraph]?.push({ start: c.start, end: c.end, href: `/_/claim/${n}`, id: `claim-${n}` });
  });
  a.quotes.forEach((q, n) => {
    spans[q.paragraph]?.push({ start: q.start, end: q.end, id: `quote-${n}` });
  });
  return spans;
}
