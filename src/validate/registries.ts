import type { z } from 'zod';
import { diagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { decodeText } from '../load/decode.ts';
import { parseSafeYaml, type SafeYaml } from '../load/safe-yaml.ts';
import { slugKey } from '../model/common.ts';
import {
  Measure,
  MeasuresFile,
  PeopleFile,
  Person,
  Source,
  SourcesFile,
  StoryIdEntry,
  StoryIdsFile,
  type Registries,
} from '../model/registries.ts';
import { checkStoryIds } from './story-ids.ts';
import { zodDiagnostics } from './zod-diagnostics.ts';

export interface RegistryFile {
  file: string;
  bytes: Uint8Array;
}

function parseRegistry<T extends { id: string }>(
  input: RegistryFile,
  schema: z.ZodType<T[]>,
  keys: readonly string[],
  namesOf: (entry: T) => string[],
  domainsOf: (entry: T) => readonly string[] = () => [],
): { entries: T[]; diagnostics: Diagnostic[]; locate: SafeYaml['locate'] } {
  const { file } = input;
  const nowhere = () => ({ line: 1, column: 1 });
  const decoded = decodeText(file, input.bytes);
  if (decoded.text === undefined) return { entries: [], diagnostics: decoded.diagnostics, locate: nowhere };
  const yaml = parseSafeYaml(file, decoded.text);
  if (yaml.data === undefined) return { entries: [], diagnostics: yaml.diagnostics, locate: nowhere };
  const parsed = schema.safeParse(yaml.data ?? []);
  if (!parsed.success) {
    return {
      entries: [],
      locate: yaml.locate,
      diagnostics: zodDiagnostics(parsed.error, {
        file,
        data: yaml.data,
        locate: yaml.locate,
        knownKeys: () => keys,
        invalidRule: 'field/invalid',
      }),
    };
  }
  const diagnostics: Diagnostic[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, string>();
  parsed.data.forEach((entry, i) => {
    const key = slugKey(entry.id);
    if (ids.has(key))
      diagnostics.push(diagnostic(file, yaml.locate([i, 'id']), 'registry/duplicate-id', { id: entry.id }));
    ids.set(key, i);
    for (const name of namesOf(entry)) {
      const other = names.get(name);
      if (other !== undefined && other !== entry.id) {
        diagnostics.push(
          diagnostic(file, yaml.locate([i, 'id']), 'registry/ambiguous-name', { name, a: other, b: entry.id }),
        );
      }
      names.set(name, entry.id);
    }
  });
  diagnostics.push(...domainsListedTwice(file, parsed.data, domainsOf, yaml.locate));
  return { entries: parsed.data, diagnostics, locate: yaml.locate };
}

const NO_STORY_IDS: RegistryFile = { file: 'registries/story-ids.yaml', bytes: new Uint8Array() };

/** A host name may belong to one entry only: the importer names a page's outlet by it. */
function domainsListedTwice<T extends { id: string }>(
  file: string,
  entries: readonly T[],
  domainsOf: (entry: T) => readonly string[],
  locate: (path: readonly PropertyKey[]) => Position,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const owners = new Map<string, string>();
  entries.forEach((entry, i) =>
    domainsOf(entry).forEach((domain, k) => {
      const owner = owners.get(domain);
      if (owner === undefined) owners.set(domain, entry.id);
      else if (owner !== entry.id) {
        const params = { domain, a: owner, b: entry.id };
        diagnostics.push(diagnostic(file, locate([i, 'domains', k]), 'registry/duplicate-domain', params));
      }
    }),
  );
  return diagnostics;
}

/** Validates the editable registries like articles: located messages, every problem at once. */
export function parseRegistries(
  sources: RegistryFile,
  people: RegistryFile,
  measures: RegistryFile,
  storyIds: RegistryFile = NO_STORY_IDS,
): { registries: Registries; diagnostics: Diagnostic[] } {
  const s = parseRegistry(
    sources,
    SourcesFile,
    Object.keys(Source.shape),
    (e) => [e.name, ...e.aliases],
    (e) => e.domains ?? [],
  );
  const p = parseRegistry(people, PeopleFile, Object.keys(Person.shape), (e) => [
    e.name,
    ...e.spellings,
    ...e.misspellings,
  ]);
  // Measures keep their order: it breaks ties between them.
  const m = parseRegistry(measures, MeasuresFile, Object.keys(Measure.shape), (e) => [e.label]);
  const ids = parseRegistry(storyIds, StoryIdsFile, Object.keys(StoryIdEntry.shape), () => []);
  const idProblems = checkStoryIds(storyIds.file, ids.entries, ids.locate);
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    registries: {
      sources: [...s.entries].sort(byId),
      people: [...p.entries].sort(byId),
      measures: m.entries,
      // A file with problems gives no ids: the build stops on its errors anyway.
      storyIds: ids.diagnostics.length + idProblems.length ? [] : ids.entries,
    },
    diagnostics: [...s.diagnostics, ...p.diagnostics, ...m.diagnostics, ...ids.diagnostics, ...idProblems],
  };
}
