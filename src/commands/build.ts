import path from 'node:path';
import { aggregate } from '../aggregate/aggregate.ts';
import type { BuildConfig } from '../config/config.ts';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { buildOpenData } from '../output/open-data.ts';
import { buildSiteData } from '../site/site-data.ts';
import { StageClock } from '../util/stage-clock.ts';
import { prepare } from './prepare.ts';
import { plural, type Reporter } from './reporter.ts';
import { searchTexts } from '../output/search-records.ts';
import { storyIdsText, writeStoryIds } from '../output/story-ids.ts';
import { STORY_IDS_FILE } from '../load/project.ts';

/** `check`: validates every article and registry and prints every problem; writes nothing but the cache. */
export async function check(config: BuildConfig, io: Reporter, clock = new StageClock()): Promise<number> {
  const prepared = await prepare(config, io, clock, true);
  if (typeof prepared === 'number') return prepared;
  const warnings = prepared.diagnostics.filter((d) => d.severity === 'warning').length;
  io.log(`Checked ${prepared.articles.length} articles and the registries: ${warnings} warnings.`);
  return 0;
}

/**
 * The build: everything is validated first, then aggregated, turned into
 * site data and written (see output/write-site.ts), so a failed build leaves
 * the previous site untouched. Returns the exit code.
 */
export async function build(config: BuildConfig, io: Reporter, clock = new StageClock()): Promise<number> {
  const started = performance.now();
  // Everything up to the site data lives in makeSite(): once it returns, the article files, the cache
  // and the per-article results can be freed while the site is written (the largest step for memory).
  const made = await makeSite(config, io, clock);
  if (typeof made === 'number') return made;
  // Loaded only here: Eleventy takes half a second to import, which `check` does not need.
  const { writeSite } = await import('../output/write-site.ts');
  try {
    await writeSite(config, made.output, { salt: made.salt, templates: made.templates, clock });
  } catch (err) {
    io.error(`internal error while writing the site: ${(err as Error).message}`);
    io.error('nothing was published; the previous site is unchanged. Please report this.');
    return 2;
  }
  // The published ids are recorded once the site that uses them is in place (never by a failed build, nor by check).
  if (made.storyIds.after !== made.storyIds.before) {
    try {
      writeStoryIds(config.root, made.storyIds.after);
    } catch (err) {
      io.error(`the site was published, but ${STORY_IDS_FILE} could not be written: ${(err as Error).message}`);
      return 2;
    }
  }
  const { stats } = made.output.site;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.log(
    `Built ${stats.articles} articles in ${plural(stats.stories, 'story', 'stories')} (${stats.copies} copies), ` +
      `${stats.sources} sources, ${stats.people} people, ${stats.figures} figures (${stats.conflicts} conflicting), ` +
      `${stats.quotes} quotes, ${stats.citations} citations; ${plural(made.warnings, 'warning')}, ` +
      `${made.toReview} to review; ${seconds} s → ${path.relative(process.cwd(), config.out) || config.out}`,
  );
  return 0;
}

/** Validates and processes every article, then aggregates them into the site's data and open data. */
async function makeSite(config: BuildConfig, io: Reporter, clock: StageClock) {
  const prepared = await prepare(config, io, clock, false);
  if (typeof prepared === 'number') return prepared;
  const agg = await clock.time('aggregate', () => aggregate(prepared.articles, prepared.registries));
  for (const r of agg.review)
    io.log(
      `review: '${r.name}' in ${r.file} looks like ${r.looksLike} (${r.reason}): add it to the registry or ignore it`,
    );
  const site = await clock.time('site data', () => buildSiteData(agg, config));
  const titles = new Map(agg.stories.map((s) => [s.id, s.title]));
  const data = await clock.time('open data', () => buildOpenData(agg));
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
