import { doubleMetaphone } from 'double-metaphone';
import { GENDER_SUFFIXES } from './lexicon.ts';

/** Jaro-Winkler similarity of two strings (case-insensitive), 0..1. */
export function jaroWinkler(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 1;
  if (!s.length || !t.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(s.length, t.length) / 2) - 1);
  const sMatch = new Array<boolean>(s.length).fill(false);
  const tMatch = new Array<boolean>(t.length).fill(false);
  let matches = 0;
  for (let i = 0; i < s.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(t.length, i + window + 1); j++) {
      if (!tMatch[j] && s[i] === t[j]) {
        sMatch[i] = tMatch[j] = true;
        matches++;
        break;
      }
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  for (let i = 0, k = 0; i < s.length; i++) {
    if (!sMatch[i]) continue;
    while (!tMatch[k]) k++;
    if (s[i] !== t[k]) transpositions++;
    k++;
  }
  const jaro = (matches / s.length + matches / t.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && s[prefix] === t[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

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

/** Ivanov and Ivanova are different people, however close the letters. */
export function genderPair(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const pair = (m: string, f: string, male: string, female: string) =>
    male.endsWith(m) && female.endsWith(f) && male.slice(0, -m.length) === female.slice(0, -f.length);
  return GENDER_SUFFIXES.some(([m, f]) => pair(m, f, x, y) || pair(m, f, y, x));
}
