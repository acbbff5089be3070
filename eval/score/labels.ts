// Whether a figure's label says what is measured, beyond the unit ("people injured", not "people").
import { NUMBER_WORDS, STOP_WORDS, UNIT_WORDS } from '../lexicon.ts';
import { stem, words } from '../text.ts';

/** The stems of the words that name something: no function words, number words or units. */
export function measureStems(text: string, units: string[] = []): Set<string> {
  const unitStems = new Set([...UNIT_WORDS, ...units.flatMap(words)].map(stem));
  const kept = words(text).filter((w) => !STOP_WORDS.has(w) && !NUMBER_WORDS.has(w) && !/^\d/.test(w));
  return new Set(kept.map(stem).filter((s) => !unitStems.has(s)));
}

/** A label is a bare unit when nothing is left of it but the unit and number words. */
export const labelIsBareUnit = (label: string, units: string[]): boolean => measureStems(label, units).size === 0;

/** Whether a label and the annotation's `measure` share a word that names the thing measured. */
export function labelSharesMeasure(label: string, measure: string): boolean {
  const m = measureStems(measure);
  return [...measureStems(label)].some((s) => m.has(s));
}
