import { z } from 'zod';
import { openDataSchemas, type OpenData } from '../model/open-data.ts';
import { byString } from '../site/format.ts';
import type { SiteData } from '../model/site-data.ts';

const sortById = <T extends { id: string }>(rows: T[]) => rows.sort(byString((r) => r.id));
const unique = (xs: string[]) => [...new Set(xs)].sort();

/** The open-data records, validated against the same zod schemas their JSON Schemas come from. */
export function buildOpenData(site: SiteData): OpenData {
  const statements = new Map<
    string,
    { speaker: string | null; attributedTo: string | null; appearances: { article: string; text: string }[] }
  >();
  for (const a of site.articles) {
    for (const q of a.quotes) {
      const s = statements.get(q.statement) ?? {
        speaker: q.speaker?.id ?? null,
        attributedTo: q.attributedTo,
        appearances: [],
      };
      s.appearances.push({ article: a.slug, text: q.text });
      statements.set(q.statement, s);
    }
  }
  const copyOf = new Map(site.articles.flatMap((a) => (a.copyOf ? [[a.slug, a.copyOf.slug] as const] : [])));
  const data: OpenData = {
    stories: sortById(
      site.stories.map((st) => ({
        id: st.id,
        title: st.name,
        titleFrom: st.titleFrom.slug,
        titleRule: st.headlineRule,
        url: st.url,
        articles: st.articles.map((a) => a.slug),
        copies: st.outlets.flatMap((o) => o.copies.map((c) => ({ article: c.slug, copyOf: copyOf.get(c.slug)! }))),
        people: unique(st.people.map((p) => p.person.id)),
        figures: st.ledger.rows.map((r) => r.figure.id).sort(),
        conflicts: st.ledger.rows
          .filter((r) => r.figure.status === 'conflicting')
          .map((r) => r.figure.id)
          .sort(),
        timeline: st.timeline.map((e) => ({
          date: e.date,
          relative: e.relative,
          text: e.text,
          articles: e.articles.map((a) => a.slug),
        })),
      })),
    ),
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
        story: p.story.id,
        people: unique(p.people.map((x) => x.person.id)),
        figures: unique(p.claims.map((c) => c.figure.id)),
        quotes: unique(p.quotes.map((q) => q.statement)),
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
    people: sortById(
      site.people.map((p) => ({
        id: p.id,
        name: p.name,
        role: p.role,
        url: p.url,
        inRegistry: p.inRegistry,
        spellings: p.spellings.map((s) => s.text),
        spellingUses: p.spellings.map((s) => ({
          text: s.text,
          status: s.status,
          articles: unique(s.uses.map((u) => u.article.slug)),
        })),
        articles: unique(p.articles.map((a) => a.slug)),
        quotes: unique(p.statements.map((s) => s.id)),
      })),
    ),
    quotes: sortById(
      [...statements].map(([id, s]) => ({
        id,
        speaker: s.speaker,
        attributedTo: s.attributedTo,
        text: s.appearances[0]!.text,
        appearances: s.appearances,
      })),
    ),
    figures: sortById(
      site.figures.map((f) => ({
        id: f.id,
        label: f.name,
        unit: f.unit,
        url: f.url,
        status: f.status,
        claims: f.claims.map((c) => ({
          value: c.raw.value,
          low: c.raw.low,
          high: c.raw.high,
          qualifier: c.raw.qualifier,
          unit: c.raw.unit,
          words: c.words,
          text: c.before + c.words + c.after,
          note: c.note,
          article: c.article.slug,
          claimedBy: c.claimant?.id ?? null,
        })),
      })),
    ),
  };
  for (const [kind, schema] of Object.entries(openDataSchemas)) z.array(schema).parse(data[kind as keyof OpenData]);
  return data;
}

/** JSON Schema per kind, generated from the zod schemas (an array of records). */
export function openDataJsonSchemas(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(openDataSchemas).map(([kind, schema]) => [
      kind,
      z.toJSONSchema(z.array(schema), { target: 'draft-2020-12' }),
    ]),
  );
}
