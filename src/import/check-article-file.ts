import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { readArticleFile } from '../load/article-file.ts';
import { ARTICLES_DIR } from '../load/project.ts';
import type { Source } from '../model/registries.ts';
import { checkSlugOf, validateArticle } from '../validate/article.ts';
import type { GivenAs } from './draft-article.ts';

export interface FileCheck {
  /** Errors: the file must not be written. Problems with a value an option gave are the option's. */
  errors: { option?: string; diagnostic: Diagnostic }[];
  /** Warnings `check` would print about it, such as the TODOs left for the editor. */
  warnings: Diagnostic[];
}

/**
 * Checks the article file articles/<slug>.md before it is written, with `check`'s own code: the slug, its
 * front matter against the schema, its publisher against the sources registry (with a did-you-mean), its
 * body. `givenAs` names the options that gave values; `leftEmpty`, the fields the importer leaves empty for
 * the editor to fill in (a headline no one stated: `check` reports it until it is written).
 */
export function checkArticleFile(
  slug: string,
  text: string,
  sources: readonly Source[],
  givenAs: GivenAs & { slug?: string },
  leftEmpty: readonly string[] = [],
): FileCheck {
  const file = `${ARTICLES_DIR}/${slug}.md`;
  // The slug itself, not the file name it gives: "../../x" would give x.md, in a folder outside articles/.
  const badSlug = checkSlugOf(file, slug);
  // A bad slug comes from --slug (one made from a headline is always good): nothing else is worth reading.
  if (badSlug.length > 0) {
    return { errors: badSlug.map((diagnostic) => ({ option: givenAs.slug, diagnostic })), warnings: [] };
  }
  const read = readArticleFile(file, new TextEncoder().encode(text));
  const raw = read.raw;
  const diagnostics = [...read.diagnostics, ...(raw ? validateArticle(raw, sources).diagnostics : [])];
  const lineOf = (field: string) => raw?.locate([field]).line;
  const optionAtLine = new Map(
    Object.entries(givenAs)
      .filter(([field]) => field !== 'slug')
      .map(([field, option]) => [lineOf(field), option]),
  );
  const emptyLines = new Set(leftEmpty.map(lineOf));
  return {
    errors: diagnostics
      .filter((d) => d.severity === 'error' && !emptyLines.has(d.line))
      .map((diagnostic) => ({ option: optionAtLine.get(diagnostic.line), diagnostic })),
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
  };
}

/** `--publisher  reference/unknown-source  …` for an option's value, else the located line `check` prints. */
export function formatFileError({ option, diagnostic }: FileCheck['errors'][number]): string {
  return option ? `${option}  ${diagnostic.rule}  ${diagnostic.message}` : formatDiagnostic(diagnostic);
}
