import { stringify } from 'yaml';
import type { HtmlArticle } from './html-to-article.ts';

/**
 * The article file for an imported page: front matter from what the page stated, `# TODO` comments where
 * it stated nothing (as the text importer writes them), the importer's warnings and an unknown outlet's
 * draft registry entry as comments, then the Markdown body.
 */
export function pageArticleFile(article: HtmlArticle, options: { origin?: string } = {}): string {
  const frontMatter: Record<string, string> = {
    headline: article.headline ?? '',
    publisher: article.publisher,
    date: article.date ?? 'unknown',
    language: article.language ?? 'en',
  };
  if (options.origin) frontMatter.origin = options.origin;
  if (article.url) frontMatter.url = article.url;
  if (article.author) frontMatter.author = article.author;
  const comments = [...todos(article), ...article.warnings.map((w) => `import warning: ${w}`)];
  const commented = comments.flatMap((c) => c.split('\n')).map((line) => `# ${line}`.trimEnd() + '\n');
  return `---\n${commented.join('')}${stringify(frontMatter, { lineWidth: 0 })}---\n\n${article.body}`;
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
