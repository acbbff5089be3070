import { outletKey } from '../aggregate/figures.ts';
import { HEADLINE_RULE } from '../aggregate/stories.ts';
import { groupBy } from '../util/group.ts';
import { chartFor } from './chart.ts';
import { dateLabel } from './format.ts';
import type { SiteContext } from './context.ts';
import { storyUrl } from './urls.ts';
import type { ArticlePage, ArticleRef, FigurePage, StoryPage } from '../model/site-data.ts';

const outletOf = (a: ArticleRef) => outletKey(a.publisher?.id ?? null, a.slug);

/** One page per story, unsorted: coverage by outlet, summary, figure ledger and charts, people, quotes, timeline. */
export function storyPages(
  ctx: SiteContext,
  articles: ReadonlyMap<string, ArticlePage>,
  figurePages: readonly FigurePage[],
): StoryPage[] {
  const { stories, copiesOf, storyOf } = ctx.agg;
  const figuresByStory = groupBy(figurePages, (f) => f.story);
  const statementsByStory = groupBy(
    ctx.statements.flatMap((s) =>
      [...new Set(s.appearances.map((a) => storyOf.get(a.article.slug)!))].map((story) => ({ story, s })),
    ),
    (x) => x.story,
  );
  return stories.map((story) => {
    const members = story.members.map((s) => ctx.refs.get(s)!);
    // Disagreements first, then what several outlets report, then the rest.
    const rank = { conflicting: 0, consistent: 1, 'single-source': 2 } as const;
    const figures = [...(figuresByStory.get(story.id) ?? [])].sort(
      (x, y) => rank[x.status] - rank[y.status] || (x.name < y.name ? -1 : 1),
    );
    const dates = members
      .map((m) => m.date)
      .filter((d): d is string => d !== null)
      .sort();

    const outlets = outletsOf(members, (slug) => (copiesOf.get(slug) ?? []).map((c) => ctx.refs.get(c)!));
    const columns = [...outlets.keys()];
    const people = peopleOf(members.map((m) => articles.get(m.slug)!));

    return {
      id: story.id,
      name: story.title,
      url: storyUrl(story.id),
      titleFrom: ctx.refs.get(story.titleFrom)!,
      headlineRule: HEADLINE_RULE,
      date: dates.at(-1) ?? null,
      dateLabel: dateLabel(dates.at(-1) ?? null),
      articles: members,
      outlets: [...outlets.values()],
      summary: ctx.agg.summaries.get(story.id)!.map((s) => ({ text: s.text, article: ctx.refs.get(s.article)! })),
      ledger: {
        columns: [...outlets.values()].map((o) => o.name),
        rows: figures.map((f) => ({
          figure: { id: f.id, name: f.name, url: f.url, status: f.status },
          cells: columns.map((key) => f.claims.filter((c) => outletOf(c.article) === key)),
        })),
      },
      charts: figures.map(chartFor).filter((c) => c !== null),
      people,
      statements: (statementsByStory.get(story.id) ?? []).map((x) => x.s),
      timeline: ctx.agg.timelines
        .get(story.id)!
        .map((e) => ({ ...e, dateLabel: dateLabel(e.date), articles: e.articles.map((s) => ctx.refs.get(s)!) })),
      onlyOne: figures.filter((f) => f.outlets === 1 && members.length > 1).flatMap((f) => f.claims),
      counts: {
        outlets: outlets.size,
        people: people.length,
        figures: figures.length,
        conflicts: figures.filter((f) => f.status === 'conflicting').length,
      },
      jsonLd: '',
    };
  });
}

type Outlet = StoryPage['outlets'][number];

/** A story's outlets in the order of their first article, each with its articles and their copies. */
function outletsOf(members: readonly ArticleRef[], copies: (slug: string) => ArticleRef[]): Map<string, Outlet> {
  const outlets = new Map<string, Outlet>();
  for (const m of members) {
    const key = outletOf(m);
    const o = outlets.get(key) ?? {
      name: m.outlet,
      source: m.publisher,
      first: m.dateLabel,
      articles: [],
      copies: [],
    };
    o.articles.push(m);
    o.copies.push(...copies(m.slug));
    outlets.set(key, o);
  }
  return outlets;
}

/** The people the story's articles name, by name, with every spelling the articles used. */
function peopleOf(members: readonly ArticlePage[]): StoryPage['people'] {
  const people = new Map<string, { person: StoryPage['people'][number]['person']; spellings: Set<string> }>();
  for (const m of members) {
    for (const p of m.people) {
      const entry = people.get(p.person.id) ?? { person: p.person, spellings: new Set<string>() };
      for (const s of p.spellings) entry.spellings.add(s);
      people.set(p.person.id, entry);
    }
  }
  return [...people.values()]
    .map((p) => ({ person: p.person, spellings: [...p.spellings].sort() }))
    .sort((x, y) => (x.person.name < y.person.name ? -1 : 1));
}
