import { z } from 'zod';
import { IsoDate, Slug } from './common.ts';

/** The open-data contract under dist/data/: one array per kind, sorted by id. */
const SitePath = z.string().regex(/^\/[a-z0-9/-]*$/, 'a site path');

export const ArticleRecord = z.strictObject({
  id: Slug,
  title: z.string(),
  titleBy: z
    .enum(['outlet', 'editor'])
    .describe('"editor" when the outlet gave no headline and an editor wrote this one'),
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
  removed: z
    .array(z.strictObject({ rule: z.string(), text: z.string(), line: z.number().int() }))
    .describe('site furniture the cleaner removed'),
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

export const PersonRecord = z.strictObject({
  id: Slug,
  name: z.string(),
  role: z.string().nullable(),
  url: SitePath.describe(
    "the person's page; for someone named in one article and not in the registry, that article, which lists them",
  ),
  inRegistry: z.boolean().describe('false for people found in the text and not (yet) in registries/people.yaml'),
  spellings: z.array(z.string()).describe('every spelling seen in the articles'),
  spellingUses: z
    .array(
      z.strictObject({
        text: z.string(),
        status: z.enum(['canonical', 'known spelling', 'known misspelling', 'not in the registry']),
        articles: z.array(Slug),
      }),
    )
    .describe('which articles (and so which outlets) used each spelling'),
  articles: z.array(Slug),
  quotes: z.array(Slug),
});

export const QuoteRecord = z.strictObject({
  id: Slug,
  speaker: Slug.nullable().describe('person id, or null when the text names no person'),
  attributedTo: z.string().nullable().describe('the words naming a speaker who is not a person, if any'),
  text: z.string(),
  appearances: z.array(z.strictObject({ article: Slug, text: z.string().describe("the article's exact words") })),
});

const Claim = z.strictObject({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  against: z.number().nullable().describe('a vote tally\'s second number ("97-1": value 97, against 1)'),
  ties: z.number().nullable().describe('a team record\'s third number, ties or draws ("50-32-1": ties 1)'),
  qualifier: z.string().nullable().describe('"up to", "about", "more than", … as written'),
  unit: z.string(),
  words: z.string().describe('the number phrase as written'),
  text: z.string().describe("the article's exact sentence"),
  note: z.string().nullable(),
  article: Slug,
  claimedBy: Slug.nullable().describe('person id of the claimant, or null'),
});

export const FigureRecord = z.strictObject({
  id: Slug,
  label: z.string().describe('what is measured'),
  unit: z.string(),
  url: SitePath.describe(
    "the figure's page; for a figure with nothing to compare (one claim, of a measure not in the registry), the article that reports it",
  ),
  status: z.enum(['consistent', 'conflicting', 'single-source']),
  comparison: z
    .enum(['agreement', 'outlets-differ', 'claimants-differ', 'update', 'single-source'])
    .describe('how the claims relate; conflicting status covers outlets-differ and claimants-differ'),
  claims: z.array(Claim),
});

const Differences = z
  .strictObject({
    changed: z.array(
      z.strictObject({
        from: z.string(),
        to: z.string(),
        changes: z.array(
          z.strictObject({ from: z.string(), to: z.string(), kind: z.enum(['number', 'name', 'words']) }),
        ),
      }),
    ),
    added: z.array(z.string()),
    removed: z.array(z.string()),
  })
  .describe("sentences reworded (the original's wording, the other's, each change of words), added, left out");

export const StoryRecord = z.strictObject({
  id: Slug,
  title: z.string().describe("a member article's own headline, chosen by the rule in titleRule"),
  titleFrom: Slug,
  titleRule: z.string(),
  url: SitePath,
  articles: z.array(Slug).describe('independent articles, earliest first'),
  copies: z
    .array(
      z.strictObject({
        article: Slug,
        copyOf: Slug,
        kind: z.enum(['identical', 'shortened']).describe('the same text, or only sentences of it (fewer)'),
        headline: z.string().nullable().describe("the copy's own headline when it differs"),
        differences: Differences,
      }),
    )
    .describe('copies folded into the article they copy, not counted as separate reports'),
  versions: z
    .array(
      z.strictObject({ article: Slug, versionOf: Slug, headline: z.string().nullable(), differences: Differences }),
    )
    .describe("articles that are another's text with differences: members, each counted as its own report"),
  people: z.array(Slug),
  figures: z.array(Slug),
  conflicts: z.array(Slug).describe('figures on which the outlets disagree'),
  timeline: z.array(
    z.strictObject({ date: z.string(), relative: z.boolean(), text: z.string(), articles: z.array(Slug) }),
  ),
});

export const openDataSchemas = {
  stories: StoryRecord,
  articles: ArticleRecord,
  sources: SourceRecord,
  people: PersonRecord,
  quotes: QuoteRecord,
  figures: FigureRecord,
} as const;
export type OpenDataKind = keyof typeof openDataSchemas;
export type OpenData = { [K in OpenDataKind]: z.infer<(typeof openDataSchemas)[K]>[] };
