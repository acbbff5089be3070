/**
 * `base`, or `base-2`, `base-3`, … : the first not yet in `taken`, which it
 * joins. Ids derived from text are unique by construction this way.
 */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
