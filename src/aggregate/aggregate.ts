import type { Aggregate } from '../model/aggregate.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';
import type { Registries } from '../model/registries.ts';
import { byString } from '../text/order.ts';
import { groupFigures } from './figures.ts';
import { PeopleResolver } from './people.ts';
import { groupStatements } from './statements.ts';
import { buildStories } from './stories.ts';
import { summarise } from './summary.ts';
import { timeline } from './timeline.ts';

/**
 * Aggregation, the stage after the per-article work: people merged across
 * articles, stories clustered (copies folded), figures compared, quotes
 * grouped into statements, and each story's summary and timeline. The site
 * pages and the open data are both made from what this returns.
 */
export function aggregate(input: readonly ProcessedArticle[], registries: Registries): Aggregate {
  // Aggregation keeps first-seen order in places; slug order makes it independent of folder layout.
  const articles = [...input].sort(byString((a) => a.slug));
  const resolver = new PeopleResolver(articles, registries.people);
  const stories = buildStories(articles, resolver.idOf, registries.storyIds);
  resolver.settleSurnames((slug) => stories.storyOf.get(slug)!);
  const people = resolver.result();
  const isCopy = (slug: string) => stories.primaryOf.has(slug);
  const storyOf = (slug: string) => stories.storyOf.get(slug)!;
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const summaries = new Map<string, ReturnType<typeof summarise>>();
  const timelines = new Map<string, ReturnType<typeof timeline>>();
  for (const story of stories.stories) {
    const members = story.members.map((slug) => bySlug.get(slug)!);
    summaries.set(story.id, summarise(members));
    timelines.set(story.id, timeline(members));
  }
  return {
    articles,
    registries,
    ...people,
    ...stories,
    figures: groupFigures(articles, registries.measures, people.idOf, storyOf, isCopy),
    statements: groupStatements(
      articles.filter((a) => !isCopy(a.slug)),
      people.idOf,
      storyOf,
    ),
    summaries,
    timelines,
  };
}
