import { z } from 'zod';
import { outletKey } from '../aggregate/figures.ts';
import { HEADLINE_RULE } from '../aggregate/stories.ts';
import type { Aggregate, Statement, Story } from '../model/aggregate.ts';
import { openDataSchemas, type OpenData } from '../model/open-data.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';
import { articleUrl, figureUrl, personUrl, quoteInArticle, sourceUrl, storyUrl } from '../site/urls.ts';
import { byString, newestFirst } from '../text/order.ts';
import { groupBy } from '../util/group.ts';

const sortById = <T extends { id: string }>(rows: T[]) => rows.sort(byString((r) => r.id));
const unique = (xs: readonly string[]) => [...new Set(xs)].sort();
const peopleOf = (agg: Aggregate, a: ProcessedArticle) =>
  a.analysis.mentions.flatMap((m) => agg.idOf(a.slug, m.key) ?? []);

/** The open-data records, made from the aggregate and validated against the zod schemas their JSON Schemas come from. */
export function buildOpenData(agg: Aggregate): OpenData {
  const data: OpenData = {
    stories: sortById(storyRecords(agg)),
    articles: sortById(articleRecords(agg)),
    sources: sortById(sourceRecords(agg)),
    people: sortById(personRecords(agg)),
    quotes: sortById(quoteRecords(agg)),
    figures: sortById(figureRecords(agg)),
  };
  for (const [kind, schema] of Object.entries(openDataSchemas)) z.array(schema).parse(data[kind as keyof OpenData]);
  return data;
}

function storyRecords(agg: Aggregate): OpenData['stories'] {
  const bySlug = new Map(agg.articles.map((a) => [a.slug, a]));
  const figuresOf = groupBy(agg.figures, (f) => f.story);
  return agg.stories.map((story: Story) => {
    const members = story.members.map((slug) => bySlug.get(slug)!);
    const figures = figuresOf.get(story.id) ?? [];
    // Copies listed outlet by outlet, as the story page shows them.
    const byOutlet = groupBy(members, (a) => outletKey(a.meta.publisher, a.slug));
    return {
      id: story.id,
      title: story.title,
      titleFrom: story.titleFrom,
      titleRule: HEADLINE_RULE,
      url: storyUrl(story.id),
      articles: story.members,
      copies: [...byOutlet.values()].flat().flatMap((m) =>
        (agg.copiesOf.get(m.slug) ?? []).map((c) => {
          const r = agg.relations.get(c)!;
          const kind = r.kind === 'shortened' ? ('shortened' as const) : ('identical' as const);
          return { article: c, copyOf: m.slug, kind, headline: r.headline, differences: r.differences };
        }),
      ),
      versions: story.members.flatMap((m) => {
        const r = agg.relations.get(m);
        return r?.kind === 'version'
          ? [{ article: m, versionOf: r.of, headline: r.headline, differences: r.differences }]
          : [];
      }),
      people: unique(members.flatMap((a) => peopleOf(agg, a))),
      figures: figures.map((f) => f.id).sort(),
      conflicts: figures
        .filter((f) => f.status === 'conflicting')
        .map((f) => f.id)
        .sort(),
      timeline: agg.timelines
        .get(story.id)!
        .map(({ date, relative, text, articles }) => ({ date, relative, text, articles })),
    };
  });
}

function articleRecords(agg: Aggregate): OpenData['articles'] {
  const figureOf = new Map(agg.figures.flatMap((f) => f.claims.map((c) => [`${c.article}#${c.index}`, f.id] as const)));
  const statementsOf = groupBy(
    agg.statements.flatMap((s) => s.appearances.map((a) => ({ article: a.article, id: s.id }))),
    (x) => x.article,
  );
  return agg.articles.map((a) => ({
    id: a.slug,
    title: a.meta.headline,
    titleBy: a.meta.headlineBy,
    url: articleUrl(a.slug),
    file: a.file,
    source: a.meta.publisher,
    published: a.meta.date,
    publishedInferred: a.meta.dateInferred ?? null,
    language: a.meta.language,
    story: agg.storyOf.get(a.slug)!,
    people: unique(peopleOf(agg, a)),
    // A copy's numbers are counted once, under the article it copies.
    figures: agg.primaryOf.has(a.slug) ? [] : unique(a.analysis.claims.map((_, n) => figureOf.get(`${a.slug}#${n}`)!)),
    quotes: unique((statementsOf.get(a.slug) ?? []).map((x) => x.id)),
    cites: unique(a.analysis.citations.map((c) => c.source)),
    removed: a.removed,
  }));
}

function sourceRecords(agg: Aggregate): OpenData['sources'] {
  const publishedBy = groupBy(agg.articles, (a) => a.meta.publisher ?? undefined);
  const citedBy = groupBy(
    agg.articles.flatMap((a) => a.analysis.citations.map((c) => ({ source: c.source, article: a.slug }))),
    (c) => c.source,
  );
  return agg.registries.sources.map((s) => ({
    id: s.id,
    name: s.name,
    url: sourceUrl(s.id),
    homepage: s.homepage,
    country: s.country,
    kind: s.kind,
    articles: unique((publishedBy.get(s.id) ?? []).map((a) => a.slug)),
    citedBy: unique((citedBy.get(s.id) ?? []).map((c) => c.article)),
  }));
}

function personRecords(agg: Aggregate): OpenData['people'] {
  const statementsBy = groupBy(agg.statements, (s) => s.speaker ?? undefined);
  return agg.people.map((p) => ({
    id: p.id,
    name: p.name,
    role: p.role,
    url: p.hasPage ? personUrl(p.id) : articleUrl(p.articles[0]!),
    inRegistry: p.inRegistry,
    spellings: p.spellings.map((s) => s.text),
    spellingUses: p.spellings.map((s) => ({ text: s.text, status: s.status, articles: unique(s.articles) })),
    articles: unique(p.articles),
    quotes: unique((statementsBy.get(p.id) ?? []).map((s) => s.id)),
  }));
}

/**
 * Statements with their appearances in the order the article pages list
 * them: newest article first, then by the quote's address in the article.
 */
function quoteRecords(agg: Aggregate): OpenData['quotes'] {
  const newest = new Map(
    agg.articles
      .map((a) => ({ slug: a.slug, date: a.meta.date }))
      .sort(newestFirst((a) => a.slug))
      .map((a, i) => [a.slug, i]),
  );
  const key = (a: Statement['appearances'][number]) => quoteInArticle(a.article, a.quote).padStart(80);
  return agg.statements.map((s) => {
    const appearances = [...s.appearances]
      .sort((x, y) => newest.get(x.article)! - newest.get(y.article)! || byString(key)(x, y))
      .map((a) => ({ article: a.article, text: a.text }));
    return { id: s.id, speaker: s.speaker, attributedTo: s.attributedTo, text: appearances[0]!.text, appearances };
  });
}

function figureRecords(agg: Aggregate): OpenData['figures'] {
  return agg.figures.map((f) => ({
    id: f.id,
    label: f.label,
    unit: f.unit,
    // A figure without a page (a lone claim) is shown on the article that reports it.
    url: f.hasPage ? figureUrl(f.id) : articleUrl(f.claims[0]!.article),
    status: f.status,
    comparison: f.comparison,
    // The claim as the aggregate holds it, less what other records or pages carry (outlet, date, position).
    claims: f.claims.map(({ sentence, index, source, date, claimantWords, ...c }) => ({ ...c, text: sentence })),
  }));
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
