import type { PersonPage } from '../model/site-data.ts';
import { byString } from '../text/order.ts';
import { groupBy } from '../util/group.ts';
import { articlesNewestFirst } from './articles.ts';
import type { SiteContext } from './context.ts';
import { storyUrl } from './urls.ts';

/**
 * One page per person with a page (see PersonEntity.hasPage), by name: role, every spelling and who used
 * it, statements, figures claimed, articles.
 */
export function personPages(ctx: SiteContext): PersonPage[] {
  const { refs } = ctx;
  // Grouped once, so each person page is built from its own lists, not by scanning everyone's.
  const statementsBySpeaker = groupBy(ctx.statements, (s) => s.speaker?.id);
  const claimsByClaimant = groupBy([...ctx.claims.values()], (c) => c.claimant?.id);
  const titles = new Map(ctx.agg.stories.map((s) => [s.id, s.title]));
  const storiesOf = (slugs: readonly string[]) =>
    [...new Set(slugs.map((slug) => ctx.agg.storyOf.get(slug)!))]
      .map((id) => ({ id, name: titles.get(id)!, url: storyUrl(id) }))
      .sort(byString((s) => s.name));
  const pages = ctx.agg.people
    .filter((p) => p.hasPage)
    .map((p): PersonPage => ({
      ...ctx.personRef(p.id),
      role: p.role,
      roleFrom: p.roleFrom === 'registry' ? 'registry' : (refs.get(p.roleFrom) ?? null),
      inRegistry: p.inRegistry,
      spellings: p.spellings.map((s) => ({
        text: s.text,
        status: s.status,
        uses: s.articles.map((slug) => {
          const { outlet, url, headline } = refs.get(slug)!;
          return { outlet, article: { url, headline } };
        }),
      })),
      articles: p.articles.map((slug) => refs.get(slug)!).sort(articlesNewestFirst),
      statements: statementsBySpeaker.get(p.id) ?? [],
      claims: claimsByClaimant.get(p.id) ?? [],
      stories: storiesOf(p.articles),
      jsonLd: '',
    }));
  return pages.sort(byString((p) => p.name.toLowerCase()));
}
