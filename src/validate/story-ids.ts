import { diagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { didYouMean } from '../diagnostics/did-you-mean.ts';
import type { StoryIdEntry } from '../model/registries.ts';

/**
 * What the schema cannot say about registries/story-ids.yaml: each entry is
 * one kind (a story, a redirect or a retired id), an article belongs to one
 * story, and redirects lead to an id of the file without going round in a
 * loop. Every problem is located at its entry.
 */
export function checkStoryIds(
  file: string,
  entries: readonly StoryIdEntry[],
  locate: (path: readonly PropertyKey[]) => Position,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const storyOf = new Map<string, string>();
  entries.forEach((e, i) => {
    const kinds = [e.articles && 'articles', e.redirect && 'redirect', e.retired && 'retired'].filter(Boolean);
    if (kinds.length !== 1)
      diagnostics.push(diagnostic(file, locate([i, 'id']), 'story-ids/kind', { id: e.id, found: kinds.join(' and ') }));
    (e.articles ?? []).forEach((article, k) => {
      const other = storyOf.get(article);
      if (other !== undefined && other !== e.id)
        diagnostics.push(
          diagnostic(file, locate([i, 'articles', k]), 'story-ids/article-twice', { article, a: other, b: e.id }),
        );
      storyOf.set(article, e.id);
    });
    if (e.redirect && !byId.has(e.redirect))
      diagnostics.push(
        diagnostic(file, locate([i, 'redirect']), 'story-ids/unknown-redirect', {
          id: e.id,
          to: e.redirect,
          hint: didYouMean(e.redirect, byId.keys()) ?? '',
        }),
      );
  });
  entries.forEach((e, i) => {
    const loop = redirectLoop(e.id, byId);
    if (loop)
      diagnostics.push(diagnostic(file, locate([i, 'redirect']), 'story-ids/redirect-loop', { id: e.id, loop }));
  });
  return diagnostics;
}

/** "a → b → a" when following `id`'s redirects comes back to it, else null. */
function redirectLoop(id: string, byId: ReadonlyMap<string, StoryIdEntry>): string | null {
  const path = [id];
  for (let next = byId.get(id)?.redirect; next !== undefined; next = byId.get(next)?.redirect) {
    path.push(next);
    if (next === id) return path.join(' → ');
    if (path.length > byId.size + 1) return null; // a loop further on, reported at its own entries
  }
  return null;
}
