import gazetteer from './gazetteer.json' with { type: 'json' };

/**
 * General knowledge of names and places (see scripts/gazetteer.ts for where
 * it comes from): words that name places or nationalities are not people's
 * names, and a given name at the start of a name is evidence of a person
 * and of their usual gender.
 */
const PLACES = new Set(gazetteer.places);
const DEMONYMS = new Set(gazetteer.demonyms);
const FUNCTION_WORDS = new Set(gazetteer.functionWords);
const GIVEN = gazetteer.givenNames as Record<string, 'm' | 'f' | 'u'>;

/** A country, capital, US state or large city, as named ("North Korea", "Las Vegas"). */
export const isPlace = (name: string) => PLACES.has(name);

/** "American", "Russian", "Japanese". */
export const isDemonym = (word: string) => DEMONYMS.has(word);

/** "because", "whether", "former", in any case. */
export const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word.toLowerCase());

/** A given name ("Melania", "Ahmed"), in any case. */
export const isGivenName = (word: string) => Object.hasOwn(GIVEN, word.toLowerCase());

/**
 * Given names that English speakers of either sex bear, to which the source gives one gender: the usual one
 * says who "he" or "she" may be, but a title says more ("Ms. O’Neill" after "Terry O’Neill" is the same woman).
 */
const EITHER_SEX = new Set(
  `alex ashley bobbie casey charlie chris dana drew frankie jackie jamie jean jesse jody jordan kelly
  kim lee leslie lindsay lynn morgan pat riley robin sam sandy shannon sidney stacy sydney taylor terry
  tracy`.split(/\s+/u),
);

/** A given name borne by either sex ("Terry", "Kelly"). */
export const isEitherSexName = (word: string) => EITHER_SEX.has(word.toLowerCase());

/** The usual gender of a given name, when the name has one. */
export function genderOfGivenName(word: string): 'male' | 'female' | undefined {
  const g = GIVEN[word.toLowerCase()];
  return g === 'm' ? 'male' : g === 'f' ? 'female' : undefined;
}
