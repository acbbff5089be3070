import { clusterStories } from './cluster.ts';
import { findTextRelations, type ArticleForClustering } from './copies.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';
import type { Stories, Story } from '../model/aggregate.ts';
import type { StoryIdEntry } from '../model/registries.ts';
import { idFromHeadline, StoryIds } from './story-ids.ts';
import { earliest } from '../text/order.ts';

export const HEADLINE_RULE =
  "the outlet's own headline of the earliest-dated article (articles without a date come last, then by file name); a headline written by the editors only when no article has its own";

/**
 * Stories from articles: copies (the same text, or a part of it) are folded
 * into their original, the rest clustered; each story keeps the id it was
 * published under (`published`, registries/story-ids.yaml; see story-ids.ts),
 * a new one gets an id from its chosen headline. `excludeFrom` in front
 * matter splits an article out.
 */
export function buildStories(
  articles: readonly ProcessedArticle[],
  personId: (slug: string, key: string) => string | null,
  published: readonly StoryIdEntry[] = [],
): Stories {
  const input: ArticleForClustering[] = articles.map((a) => ({
    people: a.analysis.mentions.flatMap((m) => personId(a.slug, m.key) ?? []),
    slug: a.slug,
    headline: a.meta.headline,
    paragraphs: a.paragraphs.map((p) => p.text),
    date: a.meta.date,
    publisher: a.meta.publisher,
    features: a.features,
    story: a.meta.story ?? null,
  }));
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const relations = new Map(findTextRelations(input).map((r) => [r.article, r]));
  // Identical and shortened copies are folded into their original; versions stay reports of their own.
  const folded = [...relations.values()].filter((r) => r.kind !== 'version');
  const primaryOf = new Map(folded.map((r) => [r.article, r.of]));
  const copiesOf = new Map<string, string[]>();
  for (const r of folded) copiesOf.set(r.of, [...(copiesOf.get(r.of) ?? []), r.article]);
  const clusters = clusterStories(input.filter((a) => !primaryOf.has(a.slug)));

  const ids = new StoryIds(published);
  const titled = (members: string[], pinned: string | null) => {
    const own = members.filter((s) => bySlug.get(s)!.meta.headlineBy === 'outlet');
    const from = (own.length ? own : members)[0]!;
    const title = bySlug.get(from)!.meta.headline;
    return { members, pinned, from, title, newId: () => idFromHeadline(title) };
  };
  const place = (groups: ReturnType<typeof titled>[]): Story[] =>
    ids.assign(groups).map((id, i) => ({
      id,
      title: groups[i]!.title,
      titleFrom: groups[i]!.from,
      members: groups[i]!.members,
      pinned: groups[i]!.pinned !== null,
    }));
  // Pinned stories first, then automatic ones, earliest first: the order new ids are given in.
  const ordered = [...clusters].sort((x, y) =>
    (x.pinned === null) !== (y.pinned === null) ? (x.pinned ? -1 : 1) : x.members[0]! < y.members[0]! ? -1 : 1,
  );
  const stories = place(ordered.map((c) => titled(c.members, c.pinned)));
  // An article kept out of its story (excludeFrom) becomes a story of its own.
  const excludedAll: string[] = [];
  for (const story of stories) {
    const excluded = story.members.filter((s) => bySlug.get(s)!.meta.excludeFrom?.includes(story.id));
    if (excluded.length === story.members.length) continue;
    story.members = story.members.filter((s) => !excluded.includes(s));
    excludedAll.push(...excluded);
  }
  stories.push(...place(excludedAll.map((s) => titled([s], null))));
  const earliestOf = (s: Story) => bySlug.get(s.members[0]!)!;
  stories.sort((x, y) => earliest(toInput(earliestOf(x)), toInput(earliestOf(y))));
  const storyOf = new Map<string, string>();
  for (const s of stories) {
    s.members.sort((x, y) => earliest(toInput(bySlug.get(x)!), toInput(bySlug.get(y)!)));
    for (const m of s.members) {
      storyOf.set(m, s.id);
      for (const c of copiesOf.get(m) ?? []) storyOf.set(c, s.id);
    }
  }
  const { entries, redirects } = ids.result(
    stories.map((s) => ({ id: s.id, articles: s.members.flatMap((m) => [m, ...(copiesOf.get(m) ?? [])]) })),
  );
  return { stories, storyOf, copiesOf, primaryOf, relations, redirects, storyIds: entries };
}

const toInput = (a: ProcessedArticle) => ({ slug: a.slug, date: a.meta.date });
