// What one article being written keeps track of: the speakers it has named
// in full (later quotes use the short form), and how often it has built a
// sentence around each key word (a few times each, or the article repeats
// itself: a word is often preceded by the same few words).
import type { Story } from './story.ts';

export interface Draft {
  story: Story;
  mentioned: Set<string>;
  keyWordUses: Map<string, number>;
}

export const startDraft = (story: Story): Draft => ({ story, mentioned: new Set(), keyWordUses: new Map() });

/** A copy to write a paragraph on, kept only if the paragraph is. */
export const copyDraft = (d: Draft): Draft => ({
  story: d.story,
  mentioned: new Set(d.mentioned),
  keyWordUses: new Map(d.keyWordUses),
});

export function keepDraft(into: Draft, from: Draft): void {
  into.mentioned = from.mentioned;
  into.keyWordUses = from.keyWordUses;
}
