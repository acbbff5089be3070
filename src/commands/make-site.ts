import path from 'node:path';
import { aggregate } from '../aggregate/aggregate.ts';
import { publishedArticleCount } from '../load/project.ts';
import type { BuildConfig } from '../config/config.ts';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { buildOpenData } from '../output/open-data.ts';
import { searchTexts } from '../output/search-records.ts';
import { storyIdsText } from '../output/story-ids.ts';
import { buildSiteData } from '../site/site-data.ts';
import type { StageClock } from '../util/stage-clock.ts';
import type { Loaded } from './load-inputs.ts';
import { prepare } from './prepare.ts';
import { plural, type Reporter } from './reporter.ts';

/** Validates and processes every article, then aggregates them into the site's data and open data. */
export async function makeSite(config: BuildConfig, io: Reporter, clock: StageClock, loaded: Loaded) {
  const prepared = await prepare(config, io, clock, false, loaded);
  if (typeof prepared === 'number') return prepared;
  // An empty articles/ is more often a wrong --root or a checkout gone wrong than a wish to unpublish all.
  const published = prepared.articles.length === 0 && !config.allowEmpty ? publishedArticleCount(config.out) : 0;
  if (published > 0) {
    const out = path.relative(config.root, config.out) || config.out;
    io.error(
      `${out} has ${plural(published, 'article')} and this build none: it is unchanged; build with --allow-empty to publish an empty site`,
    );
    return 1;
  }
  const agg = await clock.time('aggregate', () => aggregate(prepared.articles, prepared.registries));
  for (const r of agg.review)
    io.log(
      `review: '${r.name}' in ${r.file} looks like ${r.looksLike} (${r.reason}): add it to the registry or ignore it`,
    );
  const site = await clock.time('site data', () => buildSiteData(agg, config));
  const data = await clock.time('open data', () => buildOpenData(agg));
  const titles = new Map(agg.stories.map((s) => [s.id, s.title]));
  // The summary as data, without times: two builds of the same input stay byte-identical.
  const report = {
    ...site.stats,
    warnings: prepared.diagnostics.map(formatDiagnostic),
    review: agg.review.map((r) => ({ name: r.name, file: r.file, looksLike: r.looksLike, reason: r.reason })),
  };
  const warnings = prepared.diagnostics.filter((d) => d.severity === 'warning').length;
  return {
    output: { site, text: searchTexts(agg.articles), data, report },
    salt: prepared.salt,
    templates: prepared.templates,
    warnings,
    toReview: agg.review.length,
    storyIds: { before: prepared.storyIds, after: storyIdsText(agg.storyIds, titles) },
  };
}
