// The generator as the benchmark uses it: learnt from the BBC corpus (each
// text once), publishing under the outlets of the project's registry.
import { distinctTexts, readCorpus } from '../corpus.ts';
import { ArticleGenerator } from './generator.ts';
import { buildModels } from './model.ts';

export const DEFAULT_SEED = 20041;

export async function corpusGenerator(corpus: string, publishers: string[], seed = DEFAULT_SEED) {
  return new ArticleGenerator(buildModels(distinctTexts(await readCorpus(corpus))), publishers, seed);
}
