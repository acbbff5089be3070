import type { BuildConfig } from '../config/config.ts';
import { generatorFingerprints } from '../load/generator.ts';
import { loadProject, type ProjectFiles } from '../load/project.ts';
import type { StageClock } from '../util/stage-clock.ts';

/** The project's files and the generator's fingerprints (empty without the cache, which alone uses them). */
export interface Loaded {
  files: ProjectFiles;
  fingerprints: { code: string; templates: string };
}

/**
 * Reads the inputs. Its own module, importing only the loader: a build
 * with nothing changed stops after this, without loading the pipeline's
 * modules (seconds of start-up).
 */
export async function load(config: BuildConfig, clock: StageClock): Promise<Loaded> {
  const files = await clock.time('load', () => loadProject(config.root));
  const fingerprints = config.cache ? generatorFingerprints() : { code: '', templates: '' };
  return { files, fingerprints };
}
