import { groupFigures, outletCount, type ClaimEntity, type Figure } from '../aggregate/figures.ts';
import { groupBy } from '../util/group.ts';
import { resolvePeople, type ReviewItem } from '../aggregate/people.ts';
import { groupStatements } from '../aggregate/statements.ts';
import { buildStories } from '../aggregate/stories.ts';
import type { Registries } from '../model/registries.ts';
import { buildFeeds } from './feeds.ts';
import { byString, dateLabel, formatValue, newestFirst } from './format.ts';
import { resolveLinks } from './resolve-links.ts';
import { buildStoryPages } from './stories.ts';
import type {
  ArticlePage,
  ArticleRef,
  ClaimView,
  FigurePage,
  PersonPage,
  QuoteView,
  Ref,
  SiteData,
  SourcePage,
  StatementView,
} from '../model/site-data.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';

export const SITE_TITLE = 'Triangulate';

const articlesNewestFirst = newestFirst<ArticleRef>((r) => r.slug);

const claimAnchor = (article: string, index: number) => `claim-${article}-${index}`;

export interface Site {
  site: SiteData;
  review: ReviewItem[];
}

/** Builds the one typed object the templates render, with every cross-link precomputed (maps, no per-page scans). */
export function buildSiteData(input: readonly ProcessedArticle[], registries: Registries): Site {
  // Aggregation keeps first-seen order in places; slug order makes it independent of folder layout.
  const articles = [...input].sort(byString((a) => a.slug));
  const sourceById = new Map(registries.sources.map((s) => [s.id, s]));
  const sourceRef = (id: string): Ref => ({ id, name: sourceById.get(id)!.name, url: `/sources/${id}/` });
  const resolved = resolvePeople(articles, registries.people);
  const personById = new Map(resolved.people.map((p) => [p.id, p]));
  const personRef = (id: string): Ref => ({ id, name: personById.get(id)?.name ?? id, url: `/people/${id}/` });
  const stories = buildStories(articles, resolved.idOf);
  const storyById = new Map(stories.stories.map((s) => [s.id, s]));
  const figures = groupFigures(
    articles,
    registries.measures,
    resolved.idOf,
    (slug) => stories.storyOf.get(slug)!,
    (slug) => stories.primaryOf.has(slug),
  );
  const statements = groupStatements(
    articles.filter((a) => !stories.primaryOf.has(a.slug)),
    resolved.idOf,
  );

  const refs = new Map<string, ArticleRef>(
    articles.map((a) => {
      const date = a.meta.date;
      const publisher = a.meta.publisher ? sourceRef(a.meta.publisher) : null;
      const ref: ArticleRef = {
        slug: a.slug,
        url: `/articles/${a.slug}/`,
        headline: a.meta.headline,
        headlineBy: a.meta.headlineBy,
        date,
        dateLabel: dateLabel(date),
        dateInferred: a.meta.dateInferred ?? null,
        publisher,
      };
      return [a.slug, ref];
    }),
  );

  const claimView = (f: Figure, c: ClaimEntity): ClaimView => {
    const at = c.sentence.indexOf(c.words);
    return {
      anchor: claimAnchor(c.article, c.index),
      value: formatValue(c),
      raw: { value: c.value, low: c.low, high: c.high, qualifier: c.qualifier, unit: c.unit },
      words: c.words,
      before: at >= 0 ? c.sentence.slice(0, at) : c.sentence,
      after: at >= 0 ? c.sentence.slice(at + c.words.length) : '',
      note: c.note,
      article: refs.get(c.article)!,
      articleUrl: `/articles/${c.article}/#user-content-claim-${c.index}`,
      claimant: c.claimedBy ? personRef(c.claimedBy) : null,
      claimantWords: c.claimantWords,
      figure: { id: f.id, name: f.label, url: `/figures/${f.id}/`, status: f.status },
    };
  };
  const claimViews = new Map<string, ClaimView>();
  for (const f of figures) for (const c of f.claims) claimViews.set(`${c.article}#${c.index}`, claimView(f, c));

  const statementViews: StatementView[] = statements.map((s) => ({
    id: s.id,
    speaker: s.speaker ? personRef(s.speaker) : null,
    attributedTo: s.attributedTo,
    appearances: s.appearances.map((a) => ({
      text: a.text,
      article: refs.get(a.article)!,
      articleUrl: `/articles/${a.article}/#user-content-quote-${a.quote}`,
    })),
  }));
  const quotesByArticle = new Map<string, QuoteView[]>();
  for (const s of statementViews) {
    for (const ap of s.appearances) {
      const list = quotesByArticle.get(ap.article.slug) ?? [];
      list.push({
        statement: s.id,
        speaker: s.speaker,
        attributedTo: s.attributedTo,
        text: ap.text,
        article: ap.article,
        articleUrl: ap.articleUrl,
        reports: new Set(s.appearances.map((x) => x.article.slug)).size,
      });
      quotesByArticle.set(ap.article.slug, list);
    }
  }

  const pages: ArticlePage[] = articles.map((a) => {
    const ref = refs.get(a.slug)!;
    const people = new Map<string, Set<string>>();
    for (const m of a.analysis.mentions) {
      const id = resolved.idOf(a.slug, m.key);
      people.set(id, (people.get(id) ?? new Set()).add(m.text));
    }
    const story = storyById.get(stories.storyOf.get(a.slug)!)!;
    const primary = stories.primaryOf.get(a.slug);
    return {
      ...ref,
      story: { id: story.id, name: story.title, url: `/stories/${story.id}/` },
      copyOf: primary ? refs.get(primary)! : null,
      copies: (stories.copiesOf.get(a.slug) ?? []).map((c) => refs.get(c)!),
      file: a.file,
      language: a.meta.language,
      origin: a.meta.origin ?? null,
      originalUrl: a.meta.url ?? null,
      author: a.meta.author ?? null,
      html: resolveLinks(
        a.html,
        (key) => `/people/${resolved.idOf(a.slug, key)}/`,
        // A copy's numbers are counted once, under the article it copies.
        (n) => {
          if (primary) return `/articles/${primary}/`;
          const view = claimViews.get(`${a.slug}#${n}`)!;
          return `${view.figure.url}#${view.anchor}`;
        },
      ),
      removed: a.removed,
      citations: a.analysis.citations.map((c) => ({ source: sourceRef(c.source), text: c.text })),
      people: [...people]
        .map(([id, spellings]) => ({ person: personRef(id), spellings: [...spellings].sort() }))
        .sort(byString((p) => p.person.name)),
      claims: primary ? [] : a.analysis.claims.map((_, n) => claimViews.get(`${a.slug}#${n}`)!),
      quotes: (quotesByArticle.get(a.slug) ?? []).sort(byString((q) => q.articleUrl.padStart(80))),
      words: a.words,
    };
  });
  pages.sort(articlesNewestFirst);

  // Grouped once, so each person page is built from its own lists, not by scanning everyone's.
  const statementsBySpeaker = groupBy(statementViews, (s) => s.speaker?.id);
  const claimsByClaimant = groupBy([...claimViews.values()], (c) => c.claimant?.id);
  const personPages: PersonPage[] = resolved.people.map((p) => ({
    ...personRef(p.id),
    role: p.role,
    roleFrom: p.roleFrom === 'registry' ? 'registry' : (refs.get(p.roleFrom) ?? null),
    inRegistry: p.inRegistry,
    spellings: p.spellings.map((s) => ({
      text: s.text,
      status: s.status,
      uses: s.articles.map((slug) => ({
        outlet: refs.get(slug)!.publisher?.name ?? 'publisher unknown',
        article: refs.get(slug)!,
      })),
    })),
    articles: p.articles.map((slug) => refs.get(slug)!).sort(articlesNewestFirst),
    statements: statementsBySpeaker.get(p.id) ?? [],
    claims: claimsByClaimant.get(p.id) ?? [],
  }));

  const figurePages: FigurePage[] = figures.map((f) => ({
    id: f.id,
    story: f.story,
    name: f.label,
    url: `/figures/${f.id}/`,
    unit: f.unit,
    status: f.status,
    claims: f.claims.map((c) => claimViews.get(`${c.article}#${c.index}`)!),
    outlets: outletCount(f.claims),
  }));

  const sourcePages = new Map<string, SourcePage>(
    registries.sources.map((s) => [
      s.id,
      {
        ...sourceRef(s.id),
        homepage: s.homepage,
        country: s.country,
        kind: s.kind,
        aliases: s.aliases,
        published: [],
        citedBy: [],
        figures: [],
      },
    ]),
  );
  for (const p of pages) {
    if (p.publisher) sourcePages.get(p.publisher.id)!.published.push(refs.get(p.slug)!);
    for (const c of p.citations)
      sourcePages.get(c.source.id)!.citedBy.push({ article: refs.get(p.slug)!, text: c.text });
  }
  for (const f of figurePages) {
    const outlets = new Set(f.claims.map((c) => c.article.publisher?.id).filter((id): id is string => !!id));
    for (const id of outlets) {
      sourcePages.get(id)!.figures.push({
        figure: { id: f.id, name: f.name, url: f.url, status: f.status },
        own: f.claims.filter((c) => c.article.publisher?.id === id),
        others: f.claims.filter((c) => c.article.publisher?.id !== id),
      });
    }
  }

  const storyPages = buildStoryPages(stories, {
    processed: new Map(articles.map((a) => [a.slug, a])),
    refs,
    pages: new Map(pages.map((p) => [p.slug, p])),
    figures: figurePages,
    statements: statementViews,
  });
  storyPages.sort(newestFirst((s) => s.id));

  const site: SiteData = {
    title: SITE_TITLE,
    stories: storyPages,
    articles: pages,
    sources: [...sourcePages.values()].sort(byString((s) => s.name.toLowerCase())),
    people: personPages.sort(byString((p) => p.name.toLowerCase())),
    figures: figurePages.sort(byString((f) => f.name.toLowerCase())),
    unknownPublisher: pages.filter((p) => !p.publisher).map((p) => refs.get(p.slug)!),
    feeds: buildFeeds(SITE_TITLE, pages, storyPages, [...sourcePages.values()], personPages),
    stats: {
      stories: storyPages.length,
      copies: stories.primaryOf.size,
      articles: pages.length,
      sources: sourcePages.size,
      citations: pages.reduce((n, p) => n + p.citations.length, 0),
      people: personPages.length,
      figures: figurePages.length,
      conflicts: figurePages.filter((f) => f.status === 'conflicting').length,
      quotes: statements.length,
    },
  };
  return { site, review: resolved.review };
}
