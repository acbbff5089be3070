import path from 'node:path';
import { STORY_IDS_FILE } from '../load/project.ts';
import type { StoryIdEntry } from '../model/registries.ts';
import { stripControl } from '../text/safe-text.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

const HEADER = `# Story ids: each story's address is /stories/<id>/, and it keeps it once published.
# The build reads this file and writes it back after every successful build:
# a story keeps the id of the entry listing most of its articles, whatever its
# headline or its earliest article; a new story gets an id from its headline.
# An id no story keeps any more redirects to the story holding most of its
# articles (merged or split), or is retired (its address leads home).
# Editors may edit it: to rename a story, change its id and add the old one as
#   - id: old-id
#     redirect: new-id
# The build checks it like the other registries. Comments are rewritten.
`;

/** A slug as YAML: plain, unless YAML would read it as a number or a boolean ("2024", "true"). */
const scalar = (slug: string) => (/^[0-9]|^(true|false|null)$/.test(slug) ? `"${slug}"` : slug);

/** The file's text: the header, then one entry per id in id order, each story's headline as a comment. */
export function storyIdsText(entries: readonly StoryIdEntry[], titles: ReadonlyMap<string, string>): string {
  const lines = [HEADER];
  for (const e of entries) {
    const title = titles.get(e.id);
    if (title) lines.push(`# ${stripControl(title).replace(/\s+/g, ' ')}`);
    lines.push(`- id: ${scalar(e.id)}`);
    if (e.articles) lines.push('  articles:', ...e.articles.map((a) => `    - ${scalar(a)}`));
    if (e.redirect) lines.push(`  redirect: ${scalar(e.redirect)}`);
    if (e.retired) lines.push('  retired: true');
  }
  return `${lines.join('\n')}\n`;
}

/** Stores the ids in the project (after a successful build, and only when they changed). */
export const writeStoryIds = (root: string, text: string): void =>
  writeFileAtomic(path.join(root, STORY_IDS_FILE), text);
