import type { Registries } from '../model/registries.ts';
import { findCitations } from './citations.ts';
import { findDates } from './dates.ts';
import { findClaims } from './figures/find-claims.ts';
import { findPeople } from './people.ts';
import { quotedSpans } from './quotation-marks.ts';
import { findQuotes } from './quotes.ts';
import type { Paragraph } from '../model/analysis.ts';
import type { ArticleAnalysis } from '../model/analysis.ts';

export function analyseArticle(
  paragraphs: readonly Paragraph[],
  registries: Registries,
  date: string | null,
  publisher: string | null,
): ArticleAnalysis {
  const { mentions, discovered } = findPeople(paragraphs, registries.people);
  // Who holds which role, so that "the judge told him" finds the judge the article named; and who is a he or a she.
  const roles = new Map<string, string>();
  const genders = new Map<string, 'male' | 'female'>();
  for (const p of [...registries.people.map((r) => ({ key: r.id, role: r.role })), ...discovered])
    if (p.role) roles.set(p.key, p.role);
  for (const p of discovered) if (p.gender) genders.set(p.key, p.gender);
  const ctx = { paragraphs, mentions, roles, genders, quotations: quotedSpans(paragraphs) };
  const quotes = findQuotes(ctx);
  const dates = findDates(paragraphs, date);
  return {
    mentions,
    discovered,
    quotes,
    claims: findClaims(ctx, quotes, registries.measures, dates),
    dates,
    citations: findCitations(paragraphs, registries.sources, publisher),
  };
}
