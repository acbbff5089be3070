// A story: what its articles (about two, from different outlets, a few days
// apart) share: a topic, the corpus text they are modelled on, the people
// they quote, an organisation, and the day.
import type { Preference } from './chain.ts';
import { DAYS } from './calendar.ts';
import type { TopicModel, Source } from './model.ts';
import type { Person } from './names.ts';
import type { Rng } from './prng.ts';

export interface Story {
  model: TopicModel;
  source: Source;
  /** The source's words, which the story's sentences lean towards. */
  prefer: Preference;
  speakers: Person[];
  organisation: string | null;
  day: number;
  /** One per article of the story, all different where there are enough outlets. */
  publishers: string[];
}

/** How strongly the chains lean towards the source's words (see Preference). */
const PREFER_SHARE = 1;
const PREFER_DRAWS = 20;
/** Articles per story, drawn from this list: 1.9 on average. */
const SIZES = [1, 1, 1, 2, 2, 2, 2, 2, 3, 3];
const SPEAKERS = 2;

/** Topics in proportion to their number of corpus texts. */
const pickModel = (rng: Rng, models: readonly TopicModel[]) => {
  let n = rng.int(models.reduce((sum, m) => sum + m.sources.length, 0));
  for (const m of models) if ((n -= m.sources.length) < 0) return m;
  return models.at(-1)!;
};

/** People of the source text first; in a topic that writes "Mr Smith", only people whose honorific it gave. */
function speakersFor(rng: Rng, model: TopicModel, source: Source): Person[] {
  const styled = (p: Person) => !model.shape.honorifics || p.honorific !== null;
  const own = rng.sample(source.people.filter(styled), SPEAKERS);
  const others = model.people.filter((p) => styled(p) && !own.includes(p));
  return [...own, ...rng.sample(others, SPEAKERS - own.length)];
}

function publishersFor(rng: Rng, publishers: readonly string[]): string[] {
  const size = rng.pick(SIZES);
  const shuffled = rng.sample(publishers, publishers.length);
  return Array.from({ length: size }, (_, i) => shuffled[i % shuffled.length]!);
}

export function planStory(rng: Rng, models: readonly TopicModel[], publishers: readonly string[]): Story {
  const model = pickModel(rng, models);
  const source = rng.pick(model.sources);
  const organisations = source.organisations.length ? source.organisations : model.organisations;
  const words = new Uint8Array(model.vocabulary.size);
  for (const w of source.contentWords) words[model.vocabulary.id(w)!] = 1;
  return {
    model,
    source,
    prefer: { words, share: PREFER_SHARE, draws: PREFER_DRAWS },
    speakers: speakersFor(rng, model, source),
    organisation: organisations.length ? rng.pick(organisations) : null,
    day: rng.int(DAYS),
    publishers: publishersFor(rng, publishers),
  };
}
