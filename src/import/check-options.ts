import type { Source } from '../model/registries.ts';
import { checkArticleFile, formatFileError } from './check-article-file.ts';
import type { DraftOptions, GivenAs } from './draft-article.ts';
import { textToArticle } from './text-to-article.ts';

/**
 * The values given by --slug, --headline, --publisher and --date, checked before any input is read, as
 * `check` checks them in an article (the same rules, messages and did-you-mean hints): they would be wrong
 * for every input. Each problem is one line naming the option; none when all are good.
 */
export function checkOptionValues(options: DraftOptions & { slug?: string }, sources: readonly Source[]): string[] {
  const givenAs: GivenAs & { slug?: string } = {};
  if (options.slug !== undefined) givenAs.slug = '--slug';
  if (options.headline !== undefined) givenAs.headline = '--headline';
  if (options.publisher !== undefined) givenAs.publisher = '--publisher';
  if (options.date !== undefined) givenAs.date = '--date';
  if (Object.keys(givenAs).length === 0) return [];
  // An article made of the options' values alone: what is not given is filled with a value known to be good.
  const probe = textToArticle('Text.', {
    headline: options.headline ?? 'Headline',
    publisher: options.publisher ?? 'unknown',
    date: options.date ?? 'unknown',
  });
  const { errors } = checkArticleFile(options.slug ?? 'probe', probe, sources, givenAs);
  return errors.map(formatFileError);
}
