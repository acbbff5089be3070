import type { Aggregate } from '../model/aggregate.ts';
import type { RedirectPage } from '../model/site-data.ts';
import { storyUrl } from './urls.ts';

/** One page per old story address: to the story it became part of, or home when the story is retired. */
export function redirectPages(agg: Aggregate): RedirectPage[] {
  const titles = new Map(agg.stories.map((s) => [s.id, s.title]));
  return agg.redirects.map((r) => ({
    url: storyUrl(r.from),
    to: r.to === null ? '/' : storyUrl(r.to),
    story: r.to === null ? null : titles.get(r.to)!,
  }));
}
