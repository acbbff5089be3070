import { Document, isMap, isScalar } from 'yaml';
import type { HtmlArticle } from './html-to-article.ts';

export interface PageFileOptions {
  /** The front matter's `origin`: the page's address when it was fetched, else the saved file's path. */
  origin?: string;
  /** How the header comment names the page: its address, or "the saved page FILE (saved from ADDRESS)". */
  page?: string;
  /** Values the editor gave on the command line, which replaced the page's, by field: the option's name. */
  givenAs?: Partial<Record<'headline' | 'publisher' | 'date', string>>;
}

/**
 * The article file for an imported page: a header comment saying the metadata is the page's own, each value
 * followed by a comment naming where the page states it ("JSON-LD datePublished", "og:title") or the option
 * the editor gave instead; `# TODO` comments where the page stated nothing (as the text importer writes
 * them), the importer's warnings and an unknown outlet's draft registry entry as comments; then the body.
 */
export function pageArticleFile(article: HtmlArticle, options: PageFileOptions = {}): string {
  const comments = [...header(options.page), ...todos(article), ...article.warnings.map((w) => `import warning: ${w}`)];
  const commented = comments.flatMap((c) => c.split('\n')).map((line) => `# ${line}`.trimEnd() + '\n');
  return `---\n${commented.join('')}${frontMatter(article, options)}---\n\n${article.body}`;
}

function header(page: string | undefined): string[] {
  if (!page) return [];
  return [
    `Imported from ${page}`,
    'Each value is as the page states it, where the comment after it says; nothing the page does not state is filled in.',
  ];
}

/** The fields as YAML, each with a comment saying where its value comes from. */
function frontMatter(article: HtmlArticle, options: PageFileOptions): string {
  const fields: Record<string, string> = {
    headline: article.headline ?? '',
    publisher: article.publisher,
    date: article.date ?? 'unknown',
    language: article.language ?? 'en',
  };
  if (options.origin) fields.origin = options.origin;
  if (article.url) fields.url = article.url;
  if (article.author) fields.author = article.author;
  const document = new Document(fields);
  const sources = valueSources(article, options.givenAs ?? {});
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const source = isScalar(pair.key) ? sources[String(pair.key.value)] : undefined;
      if (source && isScalar(pair.value)) pair.value.comment = ` ${source}`;
    }
  }
  return document.toString({ lineWidth: 0 });
}

function valueSources(article: HtmlArticle, givenAs: NonNullable<PageFileOptions['givenAs']>): Record<string, string> {
  const stated = article.statedIn;
  const fromPage = (where: string | undefined) => (where ? `from the page: ${where}` : undefined);
  const sources: Record<string, string | undefined> = {
    headline: fromPage(stated.headline),
    publisher: article.publisherFrom && `${article.publisherFrom}, a domain of this source in registries/sources.yaml`,
    date: fromPage(stated.date),
    language: fromPage(stated.language),
    url: fromPage(stated.canonical),
    author: fromPage(stated.author),
  };
  for (const [field, option] of Object.entries(givenAs)) sources[field] = `given with ${option}`;
  return Object.fromEntries(Object.entries(sources).filter((entry): entry is [string, string] => !!entry[1]));
}

function todos(article: HtmlArticle): string[] {
  const todo: string[] = [];
  if (!article.headline) {
    todo.push('TODO headline: the page states none; write a descriptive one and add `headlineBy: editor`.');
  }
  if (article.unknownOutlet) {
    todo.push(
      `TODO publisher: ${article.unknownOutlet.domain} is not in registries/sources.yaml; check this draft, ` +
        `add it there and set publisher to its id:\n${article.unknownOutlet.entry.trimEnd()}`,
    );
  } else if (article.publisher === 'unknown') {
    todo.push('TODO publisher: a source id from registries/sources.yaml, or unknown.');
  }
  if (!article.date) {
    todo.push('TODO date: the page states none; YYYY-MM-DD with `dateInferred:` if the text allows, else unknown.');
  }
  if (!article.language) todo.push('TODO language: the page states none; en is a guess.');
  return todo;
}
