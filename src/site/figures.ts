import { outletCount } from '../aggregate/figures.ts';
import type { FigurePage } from '../model/site-data.ts';
import { chartFor } from './chart.ts';
import { COMPARISON_LABEL, comparisonText } from './comparison.ts';
import { claimKey, type SiteContext } from './context.ts';
import { dateRange } from './format.ts';
import { figureLink, storyUrl } from './urls.ts';

/**
 * Every figure as its page shows it (every reported value with its claimant, outlet and exact words, its
 * story and its chart), unsorted. Story and source pages show them all; only those with `hasPage` get a
 * page of their own, and the others link to their claim's place in its article.
 */
export function figurePages(ctx: SiteContext): FigurePage[] {
  const titles = new Map(ctx.agg.stories.map((s) => [s.id, s.title]));
  return ctx.agg.figures.map((f) => {
    const claims = f.claims.map((c) => ctx.claims.get(claimKey(c.article, c.index))!);
    const page: FigurePage = {
      id: f.id,
      story: f.story,
      name: f.label,
      url: figureLink(f),
      hasPage: f.hasPage,
      unit: f.unit,
      status: f.status,
      comparison: f.comparison,
      comparisonLabel: COMPARISON_LABEL[f.comparison],
      comparisonText: comparisonText(f.comparison, claims),
      claims,
      outlets: outletCount(f.claims),
      inStory: { id: f.story, name: titles.get(f.story)!, url: storyUrl(f.story) },
      place: f.place,
      dates: dateRange([...new Set(claims.flatMap((c) => c.article.date ?? []))].sort()),
      chart: null,
      jsonLd: '',
    };
    page.chart = chartFor(page);
    return page;
  });
}
