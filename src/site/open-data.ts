import { z } from 'zod';
import { openDataSchemas, type OpenData } from '../model/open-data.ts';
import { byString } from './format.ts';
import type { SiteData } from './types.ts';

const sortById = <T extends { id: string }>(rows: T[]) => rows.sort(byString((r) => r.id));
const unique = (xs: string[]) => [...new Set(xs)].sort();

/** The open-data records, validated against the same zod schemas their JSON Schemas come from. */
export function buildOpenData(site: SiteData): OpenData {
  const data: OpenData = {
    articles: sortById(
      site.articles.map((p) => ({
        id: p.slug,
        title: p.headline,
        titleBy: p.headlineBy,
        url: p.url,
        file: p.file,
        source: p.publisher?.id ?? null,
        published: p.date,
        publishedInferred: p.dateInferred,
        language: p.language,
        story: null,
        people: [],
        figures: [],
        quotes: [],
        cites: unique(p.citations.map((c) => c.source.id)),
        removed: p.removed,
      })),
    ),
    sources: sortById(
      site.sources.map((s) => ({
        id: s.id,
        name: s.name,
        url: s.url,
        homepage: s.homepage,
        country: s.country,
        kind: s.kind,
        articles: unique(s.published.map((a) => a.slug)),
        citedBy: unique(s.citedBy.map((c) => c.article.slug)),
      })),
    ),
  };
  for (const [kind, schema] of Object.entries(openDataSchemas)) z.array(schema).parse(data[kind as keyof OpenData]);
  return data;
}

/** JSON Schema per kind, generated from the zod schemas (an array of records). */
export function openDataJsonSchemas(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(openDataSchemas).map(([kind, schema]) => [kind, z.toJSONSchema(z.array(schema), { target: 'draft-2020-12' })]));
}
