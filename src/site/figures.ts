import { outletCount } from '../aggregate/figures.ts';
import type { FigurePage } from '../model/site-data.ts';
import { claimKey, type SiteContext } from './context.ts';
import { figureUrl } from './urls.ts';

/** One page per figure: every reported value with its claimant, outlet and exact words. Unsorted. */
export function figurePages(ctx: SiteContext): FigurePage[] {
  return ctx.agg.figures.map((f) => ({
    id: f.id,
    story: f.story,
    name: f.label,
    url: figureUrl(f.id),
    unit: f.unit,
    status: f.status,
    claims: f.claims.map((c) => ctx.claims.get(claimKey(c.article, c.index))!),
    outlets: outletCount(f.claims),
    jsonLd: '',
  }));
}
