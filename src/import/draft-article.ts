import { htmlToArticle, type HtmlArticle } from './html-to-article.ts';
import { InputProblem } from './input-problem.ts';
import { pageArticleFile } from './page-article-file.ts';
import type { InputContent } from './read-input.ts';
import type { SourceWithDomains } from './source-domains.ts';
import { textToArticle } from './text-to-article.ts';
import type { UnknownOutlet } from './unknown-outlet.ts';

/** What the editor gave on the command line for every input (the slug is the command's business). */
export interface DraftOptions {
  headline?: string;
  /** Take the headline from this line of a raw text (1-based). */
  headlineLine?: number;
  publisher?: string;
  date?: string;
}

/** Fields whose value an option can give, and the option that gives it. */
export type GivenAs = Partial<Record<'headline' | 'publisher' | 'date', string>>;

/** An article file to write, and what the editor is told about it. */
export interface Draft {
  text: string;
  headline: string | null;
  /** The outlet's own address for the article, as the page states it. */
  url: string | null;
  publisher: string;
  date: string | null;
  author: string | null;
  /** The options that gave a value, by field: a problem with such a value is the option's. */
  givenAs: GivenAs;
  /** What the editor should check: the page importer's warnings, a text's encoding. */
  warnings: string[];
  unknownOutlet?: UnknownOutlet;
}

/**
 * The article file for one input: a raw text through textToArticle, a page through htmlToArticle and
 * pageArticleFile. The editor's options replace what the input says. `origin` is where the text came from
 * (the file, or the address fetched); `name` is the input as the editor wrote it, for messages.
 */
export function draftArticle(
  name: string,
  content: InputContent,
  origin: string,
  options: DraftOptions,
  sources: readonly SourceWithDomains[],
): Draft {
  const givenAs = givenOptions(options, content.kind);
  return content.kind === 'text'
    ? textDraft(name, content, origin, options, givenAs)
    : pageDraft(content, origin, options, givenAs, sources);
}

function textDraft(
  name: string,
  content: Extract<InputContent, { kind: 'text' }>,
  origin: string,
  options: DraftOptions,
  givenAs: GivenAs,
): Draft {
  const headline = options.headline ?? headlineLine(name, content.text, options.headlineLine);
  return {
    text: textToArticle(content.text, { headline, publisher: options.publisher, date: options.date, origin }),
    headline: headline ?? null,
    url: null,
    publisher: options.publisher ?? 'unknown',
    date: options.date ?? null,
    author: null,
    givenAs,
    warnings: content.notes,
  };
}

function pageDraft(
  content: Extract<InputContent, { kind: 'page' }>,
  origin: string,
  options: DraftOptions,
  givenAs: GivenAs,
  sources: readonly SourceWithDomains[],
): Draft {
  const stated = htmlToArticle(content.html, content.pageUrl ?? undefined, sources, options.publisher);
  const article = withOptions(stated, options);
  // A fetched page's origin is its address; a saved one's is the file, and the address it was saved from.
  const saved = content.pageUrl ? ` (saved from ${content.pageUrl})` : '';
  const page = content.pageUrl === origin ? origin : `the saved page ${origin}${saved}`;
  return {
    text: pageArticleFile(article, { origin, page, givenAs }),
    headline: article.headline,
    url: article.url,
    publisher: article.publisher,
    date: article.date,
    author: article.author,
    givenAs,
    warnings: article.warnings,
    ...(article.unknownOutlet ? { unknownOutlet: article.unknownOutlet } : {}),
  };
}

function givenOptions(options: DraftOptions, kind: InputContent['kind']): GivenAs {
  const given: GivenAs = {};
  if (options.headline !== undefined) given.headline = '--headline';
  else if (options.headlineLine !== undefined && kind === 'text') given.headline = '--headline-line';
  if (options.publisher !== undefined) given.publisher = '--publisher';
  if (options.date !== undefined) given.date = '--date';
  return given;
}

/** Line `n` of a raw text, whitespace collapsed; an empty or missing line cannot be the headline. */
function headlineLine(name: string, text: string, n: number | undefined): string | undefined {
  if (n === undefined) return undefined;
  const line = text
    .split(/\r\n?|\n/)
    [n - 1]?.replace(/\s+/g, ' ')
    .trim();
  if (!line)
    throw new InputProblem(
      `${name}: line ${n} is empty or missing, so it cannot be the headline (--headline-line ${n})`,
    );
  return line;
}

/** The editor's headline and date replace the page's (the publisher was given to htmlToArticle). */
function withOptions(article: HtmlArticle, options: DraftOptions): HtmlArticle {
  return {
    ...article,
    ...(options.headline !== undefined ? { headline: options.headline } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
  };
}
