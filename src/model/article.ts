import { z } from 'zod';
import { HttpUrl, IsoDateOrUnknown, Slug, Text, visible } from './common.ts';

/**
 * Front matter of an article file. Nothing here is invented: a date the text
 * does not state is "unknown", and an inferred one carries its basis.
 */
export const ArticleFrontMatter = z
  .strictObject({
    headline: visible(Text.trim().min(1, 'must not be empty').max(300, 'is longer than 300 characters')),
    headlineBy: z
      .enum(['outlet', 'editor'])
      .default('outlet')
      .describe('"editor" when the article has no headline of its own and an editor wrote a descriptive one'),
    publisher: Text.min(1).describe('a source id from registries/sources.yaml, or "unknown"'),
    date: IsoDateOrUnknown.describe('publication date YYYY-MM-DD, or "unknown"'),
    dateInferred: Text.trim().min(1).optional().describe('present when the date is inferred: the basis, in words'),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as "en"'),
    origin: Text.min(1).optional().describe('where the text came from, such as the seed file it was imported from'),
    url: HttpUrl.optional().describe("the outlet's own address for the article, only if known"),
    author: visible(Text.trim().min(1)).optional(),
    story: Slug.optional().describe('pins the article to a story'),
    excludeFrom: z.array(Slug).optional().describe('story ids this article must not be clustered into'),
  })
  .superRefine((fm, ctx) => {
    if (fm.dateInferred !== undefined && fm.date === 'unknown') {
      ctx.addIssue({
        code: 'custom',
        path: ['dateInferred'],
        message: 'inferred date without a date',
        params: { rule: 'field/inferred-without-date' },
      });
    }
  });

export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatter>;

/** A validated article's metadata: its front matter, with what is "unknown" as null. */
export interface ArticleMeta extends Omit<ArticleFrontMatter, 'publisher' | 'date'> {
  publisher: string | null;
  date: string | null;
}

export const REQUIRED_FIELD_HELP: Record<string, string> = {
  headline: "the article's headline, or a descriptive one with headlineBy: editor",
  publisher: 'a source id from registries/sources.yaml, or "unknown"',
  date: 'YYYY-MM-DD, or "unknown"',
  language: 'for example "en"',
};
