import gazetteer from './gazetteer.json' with { type: 'json' };
import { fullNamesOf } from './nicknames.ts';

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

/**
 * The gender letter of a given name, or of the name a familiar form of it stands for ("Geoff", "Reg"): the
 * dataset of given names lists formal names, and news prints the familiar ones.
 */
function givenName(word: string): 'm' | 'f' | 'u' | undefined {
  const lower = word.toLowerCase();
  if (Object.hasOwn(GIVEN, lower)) return GIVEN[lower];
  const full = fullNamesOf(lower).find((n) => Object.hasOwn(GIVEN, n));
  return full === undefined ? undefined : GIVEN[full];
}

/** A given name ("Melania", "Ahmed", "Geoff"), in any case. */
export const isGivenName = (word: string) => givenName(word) !== undefined;

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
  const g = givenName(word);
  return g === 'm' ? 'male' : g === 'f' ? 'female' : undefined;
}
