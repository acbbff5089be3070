import type { Aggregate, ClaimEntity, Figure } from '../model/aggregate.ts';
import type { ArticleRef, ClaimView, QuoteView, Ref, StatementView } from '../model/site-data.ts';
import { pushTo } from '../util/group.ts';
import { dateLabel, formatValue } from './format.ts';
import { outletNames } from './outlets.ts';
import { COMPARISON_LABEL } from './comparison.ts';
import {
  articleUrl,
  claimAnchor,
  claimInArticle,
  figureLink,
  personLink,
  personUrl,
  quoteInArticle,
  sourceUrl,
} from './urls.ts';

/** What every page builder shares: references to articles, people and sources, claims and statements as shown. */
export interface SiteContext {
  agg: Aggregate;
  refs: Map<string, ArticleRef>;
  sourceRef: (id: string) => Ref;
  personRef: (id: string) => Ref;
  /** By `${article}#${claim index}`. */
  claims: Map<string, ClaimView>;
  statements: StatementView[];
  /** Each article's quotes as shown, by article slug. */
  quotes: Map<string, QuoteView[]>;
}

export const claimKey = (article: string, index: number) => `${article}#${index}`;

/** Built once, so that page builders look things up in maps instead of scanning. */
export function siteContext(agg: Aggregate): SiteContext {
  const sources = new Map(agg.registries.sources.map((s) => [s.id, s]));
  const sourceRef = (id: string): Ref => ({ id, name: sources.get(id)!.name, url: sourceUrl(id) });
  const people = new Map(agg.people.map((p) => [p.id, p]));
  const personRef = (id: string): Ref => {
    const p = people.get(id);
    return { id, name: p?.name ?? id, url: p ? personLink(p) : personUrl(id) };
  };
  const outlets = outletNames(
    agg.articles.map((a) => ({ slug: a.slug, publisher: a.meta.publisher })),
    (id) => sources.get(id)!.name,
  );
  const refs = new Map(
    agg.articles.map((a): [string, ArticleRef] => [
      a.slug,
      {
        slug: a.slug,
        url: articleUrl(a.slug),
        headline: a.meta.headline,
        headlineBy: a.meta.headlineBy,
        date: a.meta.date,
        dateLabel: dateLabel(a.meta.date),
        dateInferred: a.meta.dateInferred ?? null,
        publisher: a.meta.publisher ? sourceRef(a.meta.publisher) : null,
        outlet: outlets.get(a.slug)!,
      },
    ]),
  );
  const claimView = (f: Figure, c: ClaimEntity): ClaimView => {
    const at = c.sentence.indexOf(c.words);
    const anchor = claimAnchor(c.article, c.index);
    const inArticle = claimInArticle(c.article, c.index);
    return {
      anchor,
      value: formatValue(c),
      raw: { value: c.value, low: c.low, high: c.high, qualifier: c.qualifier, unit: c.unit },
      words: c.words,
      sentence: c.sentence,
      before: at >= 0 ? c.sentence.slice(0, at) : c.sentence,
      after: at >= 0 ? c.sentence.slice(at + c.words.length) : '',
      note: c.note,
      article: refs.get(c.article)!,
      articleUrl: inArticle,
      url: f.hasPage ? `${figureLink(f)}#${anchor}` : inArticle,
      claimant: c.claimedBy ? personRef(c.claimedBy) : null,
      claimantWords: c.claimantWords,
      figure: {
        id: f.id,
        name: f.label,
        url: figureLink(f),
        status: f.status,
        comparison: f.comparison,
        comparisonLabel: COMPARISON_LABEL[f.comparison],
        hasPage: f.hasPage,
      },
    };
  };
  const claims = new Map<string, ClaimView>();
  for (const f of agg.figures) for (const c of f.claims) claims.set(claimKey(c.article, c.index), claimView(f, c));
  const statements: StatementView[] = agg.statements.map((s) => ({
    id: s.id,
    speaker: s.speaker ? personRef(s.speaker) : null,
    attributedTo: s.attributedTo,
    appearances: s.appearances.map((a) => {
      const r = refs.get(a.article)!;
      const article = { slug: r.slug, headline: r.headline, outlet: r.outlet, dateLabel: r.dateLabel };
      return { text: a.text, article, articleUrl: quoteInArticle(a.article, a.quote) };
    }),
    reported: s.appearances.length,
  }));
  return { agg, refs, sourceRef, personRef, claims, statements, quotes: quotesByArticle(statements) };
}

/** Each article's quotes, with how many articles report the statement each belongs to, by slug. */
function quotesByArticle(statements: readonly StatementView[]): Map<string, QuoteView[]> {
  const quotes = new Map<string, QuoteView[]>();
  for (const { speaker, attributedTo, appearances } of statements) {
    const reports = new Set(appearances.map((x) => x.article.slug)).size;
    for (const ap of appearances)
      pushTo(quotes, ap.article.slug, { speaker, attributedTo, text: ap.text, articleUrl: ap.articleUrl, reports });
  }
  return quotes;
}
