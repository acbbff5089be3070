/** Per set of taken ids: each base's next suffix to try (every lower one is taken, and stays taken). */
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/**
 * `base`, or `base-2`, `base-3`, … : the first not yet in `taken`, which it
 * joins. Ids derived from text are unique by construction this way. The
 * search for a base goes on from where it last stopped: thousands of
 * figures can share a base ("people-killed").
 */
export function uniqueId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return (taken.add(base), base);
  let tried = nextSuffix.get(taken);
  if (!tried) nextSuffix.set(taken, (tried = new Map()));
  let n = tried.get(base) ?? 2;
  while (taken.has(`${base}-${n}`)) n++;
  tried.set(base, n + 1);
  const id = `${base}-${n}`;
  taken.add(id);
  return id;
}
