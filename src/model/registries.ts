import { z } from 'zod';
import { HttpUrl, Label, Slug } from './common.ts';

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

export const SourcesFile = z.array(Source);
export const MeasuresFile = z.array(Measure);
export const PeopleFile = z.array(Person);

export interface Registries {
  sources: Source[];
  people: Person[];
  measures: Measure[];
}
