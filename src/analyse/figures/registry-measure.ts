import type { Measure } from '../../model/registries.ts';
import { escapeRegExp } from '../../text/regex.ts';

const cueRegex = new WeakMap<Measure, RegExp[]>();
const cuesOf = (m: Measure) => {
  let r = cueRegex.get(m);
  if (!r) {
    const toRe = (c: string) =>
      new RegExp(
        `\\b${escapeRegExp(c.replace(/\*$/, '')).replace(/ /g, '\\s+')}${c.endsWith('*') ? '\\p{L}*' : '\\b'}`,
        'iu',
      );
    r = m.cues.map(toRe);
    cueRegex.set(m, r);
  }
  return r;
};

/**
 * The registry measure that names a claim, if one fits: its unit must be
 * one of the entry's, and a cue (and every required word) must stand in the
 * claim's own words, read nearest first: its label, then its scope, then
 * the words just before the number in its clause. A cue elsewhere in the
 * sentence is about something else. Ties go to the entry listed first.
 */
export function registryMeasure(
  measures: readonly Measure[],
  unit: string,
  own: readonly string[],
): Measure | undefined {
  let best: { measure: Measure; rank: number } | undefined;
  for (const measure of measures) {
    if (!measure.units.includes(unit)) continue;
    const all = own.join(' ');
    if (measure.requires.some((w) => !new RegExp(`\\b${escapeRegExp(w)}\\b`, 'iu').test(all))) continue;
    const rank = own.findIndex((words) => cuesOf(measure).some((cue) => cue.test(words)));
    if (rank >= 0 && (!best || rank < best.rank)) best = { measure, rank };
  }
  return best?.measure;
}
