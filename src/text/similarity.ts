import { doubleMetaphone } from 'double-metaphone';
import jaroWinklerCaseSensitive from 'talisman/metrics/jaro-winkler.js';

/** Jaro-Winkler similarity of two strings, case-insensitive, 0..1. */
export const jaroWinkler = (a: string, b: string): number => jaroWinklerCaseSensitive(a.toLowerCase(), b.toLowerCase());

/** True when two words sound alike by Double Metaphone (either code matches). */
export function soundsAlike(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(a);
  const [b1, b2] = doubleMetaphone(b);
  return a1 === b1 || a1 === b2 || a2 === b1 || (a2 !== '' && a2 === b2);
}

/**
 * A name with the usual romanisation choices made one way, so that variants
 * of one transliteration compare equal: Olexiy / Oleksiy, Mykhailo /
 * Mikhailo, Yuriy / Yurii, Dmitriy / Dmitry.
 */
export function romanised(name: string): string {
  return name
    .toLowerCase()
    .replace(/ks/g, 'x')
    .replace(/(?:iy|yi|ii|ij|yy|y)(?=$|[^aeiou])/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/(\p{L})\1/gu, '$1');
}

/** Gendered surname endings; names differing only by these are different people (Ivanov / Ivanova). */
const GENDER_SUFFIXES: readonly [string, string][] = [
  ['ov', 'ova'],
  ['ev', 'eva'],
  ['in', 'ina'],
  ['sky', 'skaya'],
  ['ski', 'ska'],
  ['skyi', 'ska'],
  ['kiy', 'kaya'],
];

/** Ivanov and Ivanova are different people, however close the letters. */
export function genderPair(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const pair = (m: string, f: string, male: string, female: string) =>
    male.endsWith(m) && female.endsWith(f) && male.slice(0, -m.length) === female.slice(0, -f.length);
  return GENDER_SUFFIXES.some(([m, f]) => pair(m, f, x, y) || pair(m, f, y, x));
}
