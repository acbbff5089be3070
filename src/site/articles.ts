import type { ArticleClaimView, ArticlePage, ArticleRef, ClaimView } from '../model/site-data.ts';
import { byString, newestFirst } from '../text/order.ts';
import { claimKey, type SiteContext } from './context.ts';
import { resolveLinks } from './resolve-links.ts';
import { pushTo } from '../util/group.ts';
import { articleUrl, personAnchor, personUrl, storyUrl } from './urls.ts';

export const articlesNewestFirst = newestFirst<ArticleRef>((r) => r.slug);

/** One page per article, newest first: the cleaned text with its people and figures linked, and what it reports. */
export function articlePages(ctx: SiteContext): ArticlePage[] {
  const { agg, refs } = ctx;
  const withPage = new Set(agg.people.filter((p) => p.hasPage).map((p) => p.id));
  // A name in the text links to the person's page; without one, the article itself is where they are shown.
  const personTarget = (slug: string, key: string) => {
    const id = agg.idOf(slug, key);
    return id !== null && withPage.has(id) ? personUrl(id) : null;
  };
  const storyById = new Map(agg.stories.map((s) => [s.id, s]));
  const versionsOf = new Map<string, string[]>();
  for (const r of agg.relations.values()) if (r.kind === 'version') pushTo(versionsOf, r.of, r.article);
  const relationOf = (slug: string): ArticlePage['relation'] => {
    const r = agg.relations.get(slug);
    return r ? { kind: r.kind, of: refs.get(r.of)!, headline: r.headline, differences: r.differences } : null;
  };
  const pages = agg.articles.map((a): ArticlePage => {
    const people = new Map<string, Set<string>>();
    for (const m of a.analysis.mentions) {
      const id = agg.idOf(a.slug, m.key);
      if (id === null) continue;
      people.set(id, (people.get(id) ?? new Set()).add(m.text));
    }
    const story = storyById.get(agg.storyOf.get(a.slug)!)!;
    const primary = agg.primaryOf.get(a.slug);
    // A copy's numbers are counted once, under the article it copies. A number whose figure has no page
    // (a lone claim) is not linked: the text is where it is shown.
    const claimLink = (n: number) => {
      if (primary) return articleUrl(primary);
      const view = ctx.claims.get(claimKey(a.slug, n))!;
      return view.figure.hasPage ? view.url : null;
    };
    return {
      ...refs.get(a.slug)!,
      story: { id: story.id, name: story.title, url: storyUrl(story.id) },
      copyOf: primary ? refs.get(primary)! : null,
      copies: (agg.copiesOf.get(a.slug) ?? []).map((c) => refs.get(c)!),
      relation: relationOf(a.slug),
      versions: (versionsOf.get(a.slug) ?? []).map((v) => refs.get(v)!),
      file: a.file,
      language: a.meta.language,
      origin: a.meta.origin ?? null,
      originalUrl: a.meta.url ?? null,
      author: a.meta.author ?? null,
      html: resolveLinks(a.html, (key) => personTarget(a.slug, key), claimLink),
      removed: a.removed,
      citations: a.analysis.citations.map((c) => ({ source: ctx.sourceRef(c.source), text: c.text })),
      people: [...people]
        .map(([id, spellings]) => ({
          person: ctx.personRef(id),
          spellings: [...spellings].sort(),
          anchor: personAnchor(id),
          hasPage: withPage.has(id),
        }))
        .sort(byString((p) => p.person.name)),
      claims: primary ? [] : a.analysis.claims.map((_, n) => articleClaimView(ctx.claims.get(claimKey(a.slug, n))!)),
      quotes: (ctx.quotes.get(a.slug) ?? []).sort(byString((q) => q.articleUrl.padStart(80))),
      words: a.words,
      jsonLd: '',
    };
  });
  return pages.sort(articlesNewestFirst);
}

const articleClaimView = ({ value, claimant, claimantWords, figure: f }: ClaimView): ArticleClaimView => ({
  value,
  claimant,
  claimantWords,
  figure: { name: f.name, url: f.url, comparison: f.comparison, comparisonLabel: f.comparisonLabel },
});
