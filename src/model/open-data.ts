import { z } from 'zod';
import { IsoDate, Slug } from './common.ts';

/** The open-data contract under dist/data/: one array per kind, sorted by id. */
const SitePath = z.string().regex(/^\/[a-z0-9/-]*$/, 'a site path');

export const ArticleRecord = z.strictObject({
  id: Slug,
  title: z.string(),
  titleBy: z.enum(['outlet', 'editor']).describe('"editor" when the outlet gave no headline and an editor wrote this one'),
  url: SitePath,
  file: z.string().describe('path of the article file in the repository'),
  source: Slug.nullable().describe('publisher id, or null when unknown'),
  published: IsoDate.nullable().describe('publication date, or null when unknown'),
  publishedInferred: z.string().nullable().describe('the basis when the date is inferred, else null'),
  language: z.string(),
  story: Slug.nullable(),
  people: z.array(Slug),
  figures: z.array(Slug),
  quotes: z.array(Slug),
  cites: z.array(Slug).describe('sources the article cites'),
  removed: z.array(z.strictObject({ rule: z.string(), text: z.string(), line: z.number().int() })).describe('site furniture the cleaner removed'),
});

export const SourceRecord = z.strictObject({
  id: Slug,
  name: z.string(),
  url: SitePath,
  homepage: z.string(),
  country: z.string(),
  kind: z.string(),
  articles: z.array(Slug).describe('articles it published'),
  citedBy: z.array(Slug).describe('articles that cite it'),
});

export const openDataSchemas = { articles: ArticleRecord, sources: SourceRecord } as const;
export type OpenDataKind = keyof typeof openDataSchemas;
export type OpenData = { [K in OpenDataKind]: z.infer<(typeof openDataSchemas)[K]>[] };
