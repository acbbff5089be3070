import { outletCount } from '../aggregate/figures.ts';
import type { Comparison } from '../model/aggregate.ts';
import type { ClaimView, FigurePage } from '../model/site-data.ts';
import { claimKey, type SiteContext } from './context.ts';
import { figureUrl } from './urls.ts';

/** One page per figure: every reported value with its claimant, outlet and exact words. Unsorted. */
export function figurePages(ctx: SiteContext): FigurePage[] {
  return ctx.agg.figures.map((f) => {
    const claims = f.claims.map((c) => ctx.claims.get(claimKey(c.article, c.index))!);
    return {
      id: f.id,
      story: f.story,
      name: f.label,
      url: figureUrl(f.id),
      unit: f.unit,
      status: f.status,
      comparison: f.comparison,
      comparisonText: comparisonText(f.comparison, claims),
      claims,
      outlets: outletCount(f.claims),
      jsonLd: '',
    };
  });
}

const outletName = (c: ClaimView) => c.article.outlet;
const claimantName = (c: ClaimView) => c.claimant?.name ?? c.claimantWords ?? 'claimant not identified';

/** Each distinct value once, with who gave it: "28 settlements (Reuters, 12 August 2024)". */
function valuesWith(claims: readonly ClaimView[], who: (c: ClaimView) => string): string {
  const byValue = new Map<string, ClaimView[]>();
  for (const c of claims) byValue.set(c.value, [...(byValue.get(c.value) ?? []), c]);
  return [...byValue].map(([value, cs]) => `${value} (${[...new Set(cs.map(who))].join('; ')})`).join(' · ');
}

/** The comparison in a reader's words, naming outlets, claimants and dates; never who is right. */
export function comparisonText(comparison: Comparison, claims: readonly ClaimView[]): string {
  const dated = [...claims].sort((a, b) => (a.article.date ?? '').localeCompare(b.article.date ?? ''));
  switch (comparison) {
    case 'single-source':
      return `Reported by one outlet only: ${valuesWith(claims, outletName)}.`;
    case 'agreement':
      return `The outlets agree: ${valuesWith(claims, outletName)}.`;
    case 'outlets-differ':
      return `Outlets report different values for the same claim: ${valuesWith(claims, outletName)}.`;
    case 'claimants-differ':
      return `Different claimants give different values (not a disagreement between outlets): ${valuesWith(
        dated,
        (c) => `${claimantName(c)}, ${c.article.dateLabel}, reported by ${outletName(c)}`,
      )}.`;
    case 'update':
      return `The value changed over time: ${valuesWith(dated, (c) => `${c.article.dateLabel}, ${outletName(c)}`)}.`;
  }
}
