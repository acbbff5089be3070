import { createHash } from 'node:crypto';
import path from 'node:path';
import type { BuildConfig } from '../config/config.ts';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { StageClock } from '../util/stage-clock.ts';
import { load, type Loaded } from './load-inputs.ts';
import { inputsFingerprint, PUBLISHED_FILE, type PublishedState } from '../cache/published.ts';
import { readPublished } from '../load/project.ts';
import { isDiskFull } from '../util/disk-full.ts';
import { withProjectLock } from './project-lock.ts';
import { plural, type Reporter } from './reporter.ts';
import { writeStoryIds } from '../output/story-ids.ts';
import { STORY_IDS_FILE } from '../load/project.ts';

/** `check`: validates every article and registry and prints every problem; writes nothing but the cache. */
export async function check(config: BuildConfig, io: Reporter, clock = new StageClock()): Promise<number> {
  const { prepare } = await import('./prepare.ts');
  const prepared = await prepare(config, io, clock, true);
  if (typeof prepared === 'number') return prepared;
  const warnings = prepared.diagnostics.filter((d) => d.severity === 'warning').length;
  io.log(`Checked ${prepared.articles.length} articles and the registries: ${warnings} warnings.`);
  return 0;
}

/**
 * The build: everything is validated first, then aggregated, turned into
 * site data and written (see output/write-site.ts), so a failed build leaves
 * the previous site untouched. When every input is as it was for the
 * published site and that site is intact, there is nothing to do: the build
 * says again what it said then and stops. One build of a project runs at a
 * time. Returns the exit code.
 */
export async function build(config: BuildConfig, io: Reporter, clock = new StageClock()): Promise<number> {
  return withProjectLock(config.root, io, async () => {
    try {
      return await buildLocked(config, io, clock);
    } catch (err) {
      if (!isDiskFull(err)) throw err;
      // The user's to fix, and nothing half-written is left to take more room.
      const out = path.relative(config.root, config.out) || config.out;
      io.error(
        `no space left on the disk: nothing was published (${out} is unchanged) and the unfinished site was removed; free some space and build again`,
      );
      return 1;
    }
  });
}

async function buildLocked(config: BuildConfig, io: Reporter, clock: StageClock): Promise<number> {
  const started = performance.now();
  let loaded: Loaded | undefined = await load(config, clock);
  const articleInputs = config.cache ? inputsOf(config, loaded) : undefined;
  const storyIdsBefore = new TextDecoder().decode(loaded.files.storyIds.bytes);
  const inputs = articleInputs && withStoryIds(articleInputs, storyIdsBefore);
  const published = inputs && (await clock.time('unchanged', () => unchangedSince(config, inputs, io)));
  const done = (summary: string) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    io.log(`${summary}; ${seconds} s → ${path.relative(process.cwd(), config.out) || config.out}`);
  };
  if (published) {
    for (const line of published.lines) io[line.stream](line.text);
    done(`${published.summary} (nothing changed)`);
    return 0;
  }
  const lines: PublishedState['lines'] = [];
  const recorded: Reporter = {
    log: (text) => (lines.push({ stream: 'log', text }), io.log(text)),
    error: (text) => (lines.push({ stream: 'error', text }), io.error(text)),
    // How far a long run is, not what it found: not said again when nothing changed.
    progress: io.progress ?? io.error,
  };
  // Everything up to the site data lives in makeSite(): once it returns, the article files, the cache
  // and the per-article results can be freed while the site is written (the largest step for memory).
  // The pipeline's modules are loaded only now: a build with nothing changed never needs them.
  const { makeSite } = await import('./make-site.ts');
  const made = await makeSite(config, recorded, clock, loaded);
  loaded = undefined; // every article's bytes: not needed while the site is written
  if (typeof made === 'number') return made;
  // Loaded only here: Eleventy takes half a second to import, which `check` does not need.
  const { writeSite } = await import('../output/write-site.ts');
  let pagesRecorded: boolean;
  try {
    pagesRecorded = await writeSite(config, made.output, {
      salt: made.salt,
      templates: made.templates,
      clock,
      warn: io.error,
    });
  } catch (err) {
    if (isDiskFull(err)) throw err;
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
  const summary =
    `Built ${stats.articles} articles in ${plural(stats.stories, 'story', 'stories')} (${stats.copies} copies), ` +
    `${stats.sources} sources, ${stats.people} people (${stats.personPages} with a page), ${stats.figures} figures (${stats.figurePages} with a page, ${stats.conflicts} conflicting), ` +
    `${stats.quotes} quotes, ${stats.citations} citations; ${plural(made.warnings, 'warning')}, ` +
    `${made.toReview} to review`;
  if (inputs && pagesRecorded) {
    const { writePublished } = await import('../output/published.ts');
    // The story ids this build wrote are part of what the next build finds: it has nothing to do.
    const state = { inputs: withStoryIds(articleInputs!, made.storyIds.after), lines, summary };
    await clock.time('unchanged', () => writePublished(config.root, config.out, state));
  }
  done(summary);
  return 0;
}

/** Everything the output is made of but the story ids: generator, settings, the loader's own findings, the other inputs. */
function inputsOf(config: BuildConfig, { files, fingerprints }: Loaded): string {
  const settings = [config.title, config.pathPrefix, config.absolute('/'), path.resolve(config.out)];
  const found = files.diagnostics.map(formatDiagnostic);
  const all = [files.sources, files.people, files.measures, ...files.articles];
  return inputsFingerprint(fingerprints, [...settings, ...found], all);
}

/** The inputs' fingerprint with the story ids' text (which a build may itself rewrite). */
const withStoryIds = (inputs: string, storyIds: string): string =>
  createHash('sha256').update(inputs).update('\0').update(storyIds).digest('hex');

/** The last published build, if it was made from exactly these inputs and its files are untouched. */
async function unchangedSince(config: BuildConfig, inputs: string, io: Reporter): Promise<PublishedState | undefined> {
  const state = readPublished(config.root);
  if (state === 'damaged') io.error(`${PUBLISHED_FILE} is damaged; ignored, and the site built again`);
  if (state === 'damaged' || state?.inputs !== inputs) return undefined;
  const { publishedIntact } = await import('../output/published.ts');
  const { sweepLeftovers } = await import('../output/sweep.ts');
  if (!publishedIntact(state, config.out)) return undefined;
  sweepLeftovers(config.out); // an old site an interrupted build left behind goes, as after any build
  return state;
}
