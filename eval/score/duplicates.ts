// Byte-identical texts (syndication in the BBC corpus): each group must end up folded into one article.
import type { StoryRow } from '../open-data.ts';
import { ratio } from './ratio.ts';

export interface DuplicatesScore {
  groups: number;
  whole: number;
  wholeShare: number | null;
  /** The groups not folded whole, as their article ids. */
  broken: string[][];
}

/** Article ids grouped by a key (the text's hash): the groups of two or more. */
export function groupsOfEqual(keys: Map<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [id, key] of [...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Folded whole: all in one story, one of them the article and every other one of its copies. */
function foldedWhole(group: string[], stories: StoryRow[]): boolean {
  const story = stories.find((s) => s.articles.includes(group[0]!) || s.copies.some((c) => c.article === group[0]));
  if (!story) return false;
  const originals = group.filter((id) => story.articles.includes(id));
  const copies = group.filter((id) => story.copies.some((c) => c.article === id && group.includes(c.copyOf)));
  return originals.length === 1 && copies.length === group.length - 1;
}

export function scoreDuplicates(groups: string[][], stories: StoryRow[]): DuplicatesScore {
  const broken = groups.filter((g) => !foldedWhole(g, stories));
  const whole = groups.length - broken.length;
  return { groups: groups.length, whole, wholeShare: ratio(whole, groups.length), broken };
}
