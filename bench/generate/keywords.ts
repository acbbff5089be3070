// The words that make a text what it is about: its content words weighted
// by how rare they are in its topic (TF-IDF), as a news clusterer weighs them.

const STOP = new Set(
  `about above after again against all also and any are because been before being below between both but can could
  did does doing down during each few for from further had has have having her here hers herself him himself his how
  into its itself just more most myself nor not now off once only other our ours out over own same she should some such
  than that the their theirs them themselves then there these they this those through too under until very was were
  what when where which while who whom why will with would you your yours said says say told one two new year years
  last first mrs`.split(/\s+/),
);

/** The content word a corpus word stands for ("Parmalat's" → "parmalat"), or null. */
export function contentForm(word: string): string | null {
  for (const part of word.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (part.length > 2 && !STOP.has(part) && !/^\d+$/.test(part)) return part;
  }
  return null;
}

/**
 * For each text (given as its words), its `count` content words of highest
 * TF-IDF among the texts, best first, each as the words written for it
 * ("Parmalat", "Parmalat's").
 */
export function keyWordsOf(texts: readonly string[][], count: number): string[][][] {
  const df = new Map<string, number>();
  const forms = texts.map((words) => words.map(contentForm));
  for (const f of forms) for (const form of new Set(f)) if (form) df.set(form, (df.get(form) ?? 0) + 1);
  return texts.map((words, t) => {
    const tf = new Map<string, number>();
    for (const form of forms[t]!) if (form) tf.set(form, (tf.get(form) ?? 0) + 1);
    const score = (form: string) => tf.get(form)! * Math.log(texts.length / df.get(form)!);
    const top = [...tf.keys()].sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1)).slice(0, count);
    const written = new Map(top.map((form) => [form, new Set<string>()]));
    words.forEach((w, i) => written.get(forms[t]![i] ?? '')?.add(w));
    return top.map((form) => [...written.get(form)!]);
  });
}
