import type { Comparison } from '../model/aggregate.ts';
import type { ClaimView } from '../model/site-data.ts';

/**
 * How a figure's claims compare, in a few words for badges and headings.
 * Claimants giving different values is not a disagreement between outlets,
 * and the words say so; none of them says who is right.
 */
export const COMPARISON_LABEL: Record<Comparison, string> = {
  'outlets-differ': 'Outlets differ',
  'claimants-differ': 'Claimants differ',
  update: 'Updated over time',
  agreement: 'Outlets agree',
  'single-source': 'One outlet only',
};

/** The comparisons a story lists under "Where the accounts differ", in that order. */
export const DIFFERENCES: readonly Comparison[] = ['outlets-differ', 'claimants-differ', 'update'];

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
