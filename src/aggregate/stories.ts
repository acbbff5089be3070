import { slugify } from '../text/slug.ts';
import { clusterStories } from './cluster.ts';
import { findTextRelations, type ArticleForClustering } from './copies.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';
import { uniqueId } from '../text/unique-id.ts';
import type { Stories, Story } from '../model/aggregate.ts';
import { earliest } from '../text/order.ts';

export const HEADLINE_RULE =
  "the outlet's own headline of the earliest-dated article (articles without a date come last, then by file name); a headline written by the editors only when no article has its own";

/**
 * Stories from articles: copies (the same text, or a part of it) are folded into their original,
 * the rest clustered; each story gets a stable id from its chosen headline
 * (an unrelated article does not change who is in a story, so it does not
 * change the id either). `excludeFrom` in front matter splits an article out.
 */
export function buildStories(
  articles: readonly ProcessedArticle[],
  personId: (slug: string, key: string) => string | null,
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

  const taken = new Set<string>();
  const stories: Story[] = [];
  const place = (members: string[], pinned: string | null) => {
    const own = members.filter((s) => bySlug.get(s)!.meta.headlineBy === 'outlet');
    const from = (own.length ? own : members)[0]!;
    const title = bySlug.get(from)!.meta.headline;
    const base = pinned ?? (slugify(title).split('-').slice(0, 6).join('-') || 'story');
    const id = uniqueId(base, taken);
    stories.push({ id, title, titleFrom: from, members, pinned: pinned !== null });
  };
  // Pinned stories first, so their ids are theirs; then automatic ones, earliest first.
  const ordered = [...clusters].sort((x, y) =>
    (x.pinned === null) !== (y.pinned === null) ? (x.pinned ? -1 : 1) : x.members[0]! < y.members[0]! ? -1 : 1,
  );
  for (const c of ordered) {
    place(c.members, c.pinned);
    const story = stories.at(-1)!;
    const excluded = story.members.filter((s) => bySlug.get(s)!.meta.excludeFrom?.includes(story.id));
    if (excluded.length === story.members.length) continue;
    story.members = story.members.filter((s) => !excluded.includes(s));
    for (const s of excluded) place([s], null);
  }
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
  return { stories, storyOf, copiesOf, primaryOf, relations };
}

const toInput = (a: ProcessedArticle) => ({ slug: a.slug, date: a.meta.date });
