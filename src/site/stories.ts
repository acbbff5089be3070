import { outletKey } from '../aggregate/figures.ts';
import { HEADLINE_RULE } from '../aggregate/stories.ts';
import { groupBy, pushTo } from '../util/group.ts';
import { DIFFERENCES } from './comparison.ts';
import { differencesInBrief } from './differences.ts';
import { dateLabel, dateRange } from './format.ts';
import type { SiteContext } from './context.ts';
import { storyUrl } from './urls.ts';
import type {
  ArticlePage,
  ArticleRef,
  ClaimView,
  FigurePage,
  FigureRef,
  LedgerCell,
  OnlyOneView,
  Ref,
  StatementView,
  StoryPage,
} from '../model/site-data.ts';

const outletOf = (a: ArticleRef) => outletKey(a.publisher?.id ?? null, a.slug);

/** A figure as the rows and items that link to it (to its page, or to its lone claim in its article). */
export const figureRef = (f: FigurePage): FigureRef => ({
  id: f.id,
  name: f.name,
  url: f.url,
  status: f.status,
  comparison: f.comparison,
  comparisonLabel: f.comparisonLabel,
  hasPage: f.hasPage,
});

/**
 * One page per story, unsorted, in the order a reader needs it: its
 * coverage, where the accounts differ (figures, then names), what the
 * outlets agree on, then the ledger, quotes by speaker, people, timeline,
 * outlets and articles.
 */
export function storyPages(
  ctx: SiteContext,
  articles: ReadonlyMap<string, ArticlePage>,
  figurePages: readonly FigurePage[],
): StoryPage[] {
  const { stories, copiesOf, storyOf } = ctx.agg;
  const figuresByStory = groupBy(figurePages, (f) => f.story);
  // A statement of a known speaker may be reported in other stories too: a story page lists only its own
  // appearances (`reported` counts them all, the speaker's page lists the rest), so no page grows with the archive.
  const statementsByStory = new Map<string, StatementView[]>();
  for (const s of ctx.statements) {
    for (const [story, appearances] of groupBy(s.appearances, (a) => storyOf.get(a.article.slug)))
      pushTo(statementsByStory, story, { ...s, appearances });
  }
  const people = new Map(ctx.agg.people.map((p) => [p.id, p]));
  return stories.map((story) => {
    const members = story.members.map((s) => ctx.refs.get(s)!);
    // Differences first (outlets, then claimants, then updates), then what several outlets agree on, then the rest.
    const rank = (f: FigurePage) => {
      const i = DIFFERENCES.indexOf(f.comparison);
      return i >= 0 ? i : f.comparison === 'agreement' ? DIFFERENCES.length : DIFFERENCES.length + 1;
    };
    const figures = [...(figuresByStory.get(story.id) ?? [])].sort(
      (x, y) => rank(x) - rank(y) || (x.name < y.name ? -1 : 1),
    );
    const dates = members
      .map((m) => m.date)
      .filter((d): d is string => d !== null)
      .sort();

    const outlets = outletsOf(members, (slug) => copiesOf.get(slug) ?? [], ctx);
    const columns = [...outlets.keys()];
    const storyPeople = peopleOf(members.map((m) => articles.get(m.slug)!));
    const statements = statementsByStory.get(story.id) ?? [];
    const differences = figures.filter((f) => DIFFERENCES.includes(f.comparison));
    const inStory = new Set(members.flatMap((m) => [m.slug, ...(copiesOf.get(m.slug) ?? [])]));
    const spellings = storyPeople.flatMap((p) => {
      const person = people.get(p.person.id)!;
      const used = person.spellings
        .map((s) => ({
          text: s.text,
          outlets: [...new Set(s.articles.filter((a) => inStory.has(a)).map((a) => ctx.refs.get(a)!.outlet))],
        }))
        .filter((s) => s.outlets.length > 0 && !partOf(s.text, person.name));
      return used.length ? [{ person: p.person, spellings: used }] : [];
    });

    return {
      id: story.id,
      name: story.title,
      url: storyUrl(story.id),
      titleFrom: ctx.refs.get(story.titleFrom)!,
      headlineRule: HEADLINE_RULE,
      date: dates.at(-1) ?? null,
      dateLabel: dateLabel(dates.at(-1) ?? null),
      coverage: {
        articles: members.length,
        named: new Set(members.flatMap((m) => m.publisher?.id ?? [])).size,
        unattributed: members.filter((m) => !m.publisher).length,
        undated: members.length - dates.length,
        dates: dateRange(dates),
      },
      differences,
      spellings,
      agreements: figures.filter((f) => f.comparison === 'agreement'),
      articles: members,
      outlets: [...outlets.values()],
      summary: ctx.agg.summaries.get(story.id)!.map((s) => ({ text: s.text, article: ctx.refs.get(s.article)! })),
      ledger: {
        columns: [...outlets.values()].map((o) => o.name),
        rows: figures.map((f) => ({
          figure: figureRef(f),
          cells: columns.map((key) => f.claims.filter((c) => outletOf(c.article) === key).map(ledgerCell)),
        })),
      },
      people: storyPeople,
      speakers: bySpeaker(statements),
      timeline: ctx.agg.timelines
        .get(story.id)!
        .map((e) => ({ ...e, dateLabel: dateLabel(e.date), articles: e.articles.map((s) => ctx.refs.get(s)!) })),
      onlyOne: figures.filter((f) => f.outlets === 1 && members.length > 1).flatMap((f) => f.claims.map(onlyOneView)),
      counts: {
        outlets: outlets.size,
        people: storyPeople.length,
        figures: figures.length,
        conflicts: figures.filter((f) => f.comparison === 'outlets-differ').length,
        differences: differences.length + spellings.length,
        quotes: statements.length,
      },
      jsonLd: '',
    };
  });
}

/** True when a spelling is the person's name or one of its words ("Putin" of "Vladimir Putin"): not a different spelling. */
function partOf(spelling: string, name: string): boolean {
  return spelling === name || name.split(' ').includes(spelling);
}

/** Statements grouped under one heading per speaker: most quoted first, by name; unidentified speakers last. */
function bySpeaker(statements: readonly StatementView[]): StoryPage['speakers'] {
  const groups = groupBy(statements, (s) => s.speaker?.id ?? (s.attributedTo ? `~${s.attributedTo}` : '~~'));
  const name = (g: StatementView[]) => g[0]!.speaker?.name ?? g[0]!.attributedTo ?? '';
  return [...groups.values()]
    .sort((x, y) => {
      const unknown = Number(!x[0]!.speaker && !x[0]!.attributedTo) - Number(!y[0]!.speaker && !y[0]!.attributedTo);
      return unknown || y.length - x.length || (name(x) < name(y) ? -1 : 1);
    })
    .map((g) => ({ speaker: g[0]!.speaker, attributedTo: g[0]!.attributedTo, statements: g }));
}

type Outlet = StoryPage['outlets'][number];

/** A story's outlets in the order of their first article, each with its articles and their folded copies. */
function outletsOf(
  members: readonly ArticleRef[],
  copies: (slug: string) => readonly string[],
  ctx: SiteContext,
): Map<string, Outlet> {
  const outlets = new Map<string, Outlet>();
  for (const m of members) {
    const key = outletOf(m);
    const o = outlets.get(key) ?? {
      name: m.outlet,
      source: m.publisher,
      first: m.dateLabel,
      articles: [],
      copies: [],
      shortened: [],
      versions: [],
    };
    o.articles.push(m);
    for (const c of copies(m.slug))
      (ctx.agg.relations.get(c)?.kind === 'shortened' ? o.shortened : o.copies).push(ctx.refs.get(c)!);
    const r = ctx.agg.relations.get(m.slug);
    if (r?.kind === 'version')
      o.versions.push({ article: m, of: ctx.refs.get(r.of)!, changes: differencesInBrief(r.differences) });
    outlets.set(key, o);
  }
  return outlets;
}

/** The people the story's articles name, by name, with every spelling the articles used. */
function peopleOf(members: readonly ArticlePage[]): { person: Ref; spellings: string[] }[] {
  const people = new Map<string, { person: Ref; spellings: Set<string> }>();
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

const ledgerCell = ({ value, url, claimant, claimantWords }: ClaimView): LedgerCell => ({
  value,
  url,
  claimant,
  claimantWords,
});

const onlyOneView = (c: ClaimView): OnlyOneView => ({
  value: c.value,
  words: c.words,
  sentence: c.sentence,
  before: c.before,
  after: c.after,
  articleUrl: c.articleUrl,
  figure: { name: c.figure.name, url: c.figure.url },
  article: { outlet: c.article.outlet, headline: c.article.headline },
});
