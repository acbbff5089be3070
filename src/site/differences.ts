import type { TextDifferences } from '../model/aggregate.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A one-line account of how a version differs, for lists: every changed number and name ("30 km → 35 km"),
 * then how many sentences are otherwise reworded, added or left out. The article page lists them in full.
 */
export function differencesInBrief(d: TextDifferences): string {
  const figures = d.changed.flatMap((c) =>
    c.changes.filter((w) => w.kind !== 'words').map((w) => `${w.from || '(nothing)'} → ${w.to || '(nothing)'}`),
  );
  const reworded = d.changed.filter((c) => c.changes.every((w) => w.kind === 'words')).length;
  const parts = [
    ...new Set(figures),
    ...(reworded ? [count(reworded, 'sentence reworded', 'sentences reworded')] : []),
    ...(d.added.length ? [count(d.added.length, 'sentence added', 'sentences added')] : []),
    ...(d.removed.length ? [count(d.removed.length, 'sentence left out', 'sentences left out')] : []),
  ];
  return parts.join('; ');
}
