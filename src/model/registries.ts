import { getDomain } from 'tldts';
import { z } from 'zod';
import { HttpUrl, Label, Slug } from './common.ts';

/**
 * A host name an outlet publishes under, as a browser shows it: lower-case labels joined by dots, no scheme,
 * no path. A public suffix ("co.uk") is refused: every site under it would match.
 */
const HostName = z
  .string()
  .regex(/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/, {
    error: 'must be a host name such as "bbc.co.uk" (lower case, without https:// or a path)',
    abort: true,
  })
  .refine(
    (host) => getDomain(host, { allowPrivateDomains: false }) !== null,
    'is a public suffix, shared by every site under it; give the outlet\'s own domain, such as "bbc.co.uk"',
  );

/** An outlet or agency. `aliases` are the names articles use for it ("AFP", "Breitbart News"). */
export const Source = z.strictObject({
  id: Slug,
  name: Label,
  aliases: z.array(Label).default([]),
  homepage: HttpUrl,
  country: z
    .string()
    .regex(/^([A-Z]{2}|international)$/, 'must be an ISO 3166 country code such as "GB", or "international"'),
  kind: z.enum(['outlet', 'agency', 'broadcaster', 'government']),
  domains: z
    .array(HostName)
    .min(1, "lists no domain; leave it out to use the homepage's")
    .optional()
    .describe("host names the outlet publishes under (a sub-domain is the outlet's too); default: the homepage's"),
});
export type Source = z.infer<typeof Source>;

/** A person, with every spelling the editors know of, misspellings kept apart. */
export const Person = z.strictObject({
  id: Slug,
  name: Label,
  role: Label,
  spellings: z.array(Label).default([]).describe('other correct spellings or transliterations'),
  misspellings: z.array(Label).default([]).describe('known wrong spellings seen in articles'),
});
export type Person = z.infer<typeof Person>;

/** What a kind of number measures, recognised by unit and cue words. */
export const Measure = z.strictObject({
  id: Slug,
  label: Label,
  units: z.array(Label).min(1),
  cues: z.array(Label).min(1),
  requires: z.array(Label).default([]),
  byPlace: z.boolean().default(false),
});
export type Measure = z.infer<typeof Measure>;

/**
 * A published story id (registries/story-ids.yaml): a story with its
 * articles as of the last build, an old id whose address redirects to
 * another story (merged, split or renamed), or a retired one whose
 * address redirects to the home page. Exactly one of the three.
 */
export const StoryIdEntry = z.strictObject({
  id: Slug,
  articles: z.array(Slug).optional().describe("the story's articles (copies included) as of the last build"),
  redirect: Slug.optional().describe('the story this old id now redirects to'),
  retired: z.literal(true).optional().describe('no article is left: the address redirects to the home page'),
});
export type StoryIdEntry = z.infer<typeof StoryIdEntry>;

export const SourcesFile = z.array(Source);
export const StoryIdsFile = z.array(StoryIdEntry);
export const MeasuresFile = z.array(Measure);
export const PeopleFile = z.array(Person);

export interface Registries {
  sources: Source[];
  people: Person[];
  measures: Measure[];
  /** Published story ids, in file order; empty for a new site. */
  storyIds: StoryIdEntry[];
}
