/**
 * A light English stemmer for comparing articles by their words: plurals,
 * -ing, -ed and -ment forms meet one stem ("retires", "retired", "retiring",
 * "retirement" → "retir"), so two outlets that word one event differently
 * still share its terms. Deliberately crude (no dictionary): a stem only has
 * to be the same for the forms of one word and rarely the same for two
 * different words; it is never shown to anyone.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:sh|ch|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
  // "boss", "bus", "crisis", "status" are not plurals.
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const suffix = /(?:ments?|ing|ed)$/.exec(w);
  // Only when a stem of three letters stays: "thing", "bring" and "used" keep their letters.
  if (suffix && w.length - suffix[0].length >= 3) {
    // "agreed" is "agree" + "d".
    w = suffix[0] === 'ed' && w.at(-3) === 'e' ? w.slice(0, -1) : w.slice(0, -suffix[0].length);
    // "planned" → "plann" → "plan", but "staff" and "call" stay as they are.
    if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  }
  // "vote" and "vot(ed)", "retire" and "retir(ing)" meet.
  return w.endsWith('e') && w.length > 3 ? w.slice(0, -1) : w;
}
