/** Splits a string of words written on several lines into a set. */
export const wordSet = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Words that carry no content of their own (function words, reporting verbs,
 * honorifics): left out when articles or quotes are compared by their words.
 */
export const STOP_WORDS = wordSet(`
  a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once
  only or other our ours out over own same she should so some such than that the their theirs them themselves then
  there these they this those through to too under until up us very was we were what when where which while who whom
  why will with would you your yours said says say told one two new year years last first mr mrs ms`);
