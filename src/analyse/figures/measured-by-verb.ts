import { phraseBefore, wordsAt } from './phrase-reading.ts';

/**
 * What a number measures, read from a verb or a noun that takes it as its
 * object: "weighs nearly 19,000 pounds" (a weight), "a survey of 5,000
 * households" (those surveyed), "will require 60 votes to pass" (what is
 * needed, and for what). Each is a general way English names a measure
 * before the number; `null` when none stands there.
 */

/** The verb of a weight, then a degree or a qualifier the number phrase does not hold ("weighs just under"). */
const WEIGHS = /\bweigh(?:s|ed|ing)?\s+(?:(?:just|only|almost|nearly|about|around|roughly|some)\s+)?$/u;
/** Units a weight is given in: those the units table knows and those read as counted nouns. */
const MASSES = new Set(['kg', 't', 'lb', 'grams', 'ounces', 'milligrams', 'stone']);
/** "a survey of ", "the poll of ": what was asked is the count after it. */
const SURVEY_OF = /\b(survey|poll|study|sample)\s+of\s+$/iu;
const SURVEYED: Record<string, string> = { survey: 'surveyed', poll: 'polled', study: 'studied', sample: 'sampled' };
/** "will require ", "needs ": a count needed, whose purpose follows ("to pass"). */
const NEEDS = /\b(?:needs?|needed|requires?|required)\s+$/u;
const PURPOSE = /^\s+to\s+(\p{Ll}[\p{Ll}-]*(?:\s+.*)?)$/su;

export interface VerbMeasure {
  /** The label's parts, in order. */
  parts: string[];
  /** The words that make it comparable with other wordings of the same measure. */
  key: string[];
}

/**
 * The measure `before` and `after` (the clause's text on either side of the
 * number phrase and its unit) name for a number of `unit`, whose name is
 * `unitName` ("pounds", "households").
 */
export function measuredByVerb(before: string, after: string, unit: string, unitName: string): VerbMeasure | null {
  if (MASSES.has(unit) && WEIGHS.test(before)) {
    const head = before.slice(0, WEIGHS.exec(before)!.index);
    // Whose weight only where a determiner opens the subject ("the module weighs"); else just the weight.
    const subject = phraseBefore(head, 4);
    const whose = /^(?:the|a|an|its|their|his|her)\s/iu.test(subject)
      ? subject.replace(/^\p{Lu}/u, (c) => c.toLowerCase())
      : '';
    return { parts: ['weight', whose && `of ${whose}`], key: ['weight', whose] };
  }
  const survey = SURVEY_OF.exec(before);
  if (survey) {
    const done = SURVEYED[survey[1]!.toLowerCase()]!;
    return { parts: [unitName, done], key: [done] };
  }
  const purpose = NEEDS.test(before) ? PURPOSE.exec(after) : null;
  if (purpose) {
    const what = wordsAt(` ${purpose[1]!}`, 5);
    return { parts: [unitName, 'needed to', what], key: ['needed', what] };
  }
  return null;
}
