import type { Registries } from '../model/registries.ts';
import { findCitations, type Citation } from './citations.ts';
import { findDates, type DatedMention } from './dates.ts';
import { findClaims, type ArticleClaim } from './figures.ts';
import { findPeople, type DiscoveredPerson, type PersonMention } from './people.ts';
import { findQuotes, type ArticleQuote } from './quotes.ts';
import type { Paragraph } from './text.ts';

/** Everything extracted from one article; plain data, so it can be cached and sent between threads. */
export interface ArticleAnalysis {
  mentions: PersonMention[];
  discovered: DiscoveredPerson[];
  quotes: ArticleQuote[];
  claims: ArticleClaim[];
  dates: DatedMention[];
  citations: Citation[];
}

export function analyseArticle(
  paragraphs: readonly Paragraph[],
  registries: Registries,
  date: string | null,
  publisher: string | null,
): ArticleAnalysis {
  const { mentions, discovered } = findPeople(paragraphs, registries.people);
  // Who holds which role, so that "the judge told him" finds the judge the article named.
  const roles = new Map<string, string>();
  for (const p of [...registries.people.map((r) => ({ key: r.id, role: r.role })), ...discovered])
    if (p.role) roles.set(p.key, p.role);
  const quotes = findQuotes(paragraphs, mentions, roles);
  return {
    mentions,
    discovered,
    quotes,
    claims: findClaims(paragraphs, mentions, quotes, registries.measures, roles),
    dates: findDates(paragraphs, date),
    citations: findCitations(paragraphs, registries.sources, publisher),
  };
}
