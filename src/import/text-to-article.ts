import { stringify } from 'yaml';
import { withoutInvisibles } from '../text/safe-text.ts';

export interface ImportOptions {
  headline?: string;
  publisher?: string;
  date?: string;
  language?: string;
  origin?: string;
}

const BULLET = /^\s*[•●▪◦‣∙·]\s*/u;

/**
 * Escapes what CommonMark would otherwise read as markup, so the rendered
 * words are exactly the words of the text: inline markers anywhere, block
 * markers (headings, quotes, list markers, rules) at the start of a line.
 */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<&]/g, '\\$&')
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Turns a raw text (one paragraph per line, "•" bullets) into an article:
 * a front-matter skeleton and a Markdown body that keeps every line of the
 * text, site furniture included (cleaning is the pipeline's job), without
 * the invisible characters a reader never sees.
 */
export function textToArticle(text: string, o: ImportOptions): string {
  const blocks: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) blocks.push(list.join('\n'));
    list = [];
  };
  for (const raw of withoutInvisibles(text).replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') {
      flush();
    } else if (BULLET.test(raw)) {
      list.push(`- ${escapeMarkdown(raw.replace(BULLET, '').replace(/\s+/g, ' ').trim())}`);
    } else {
      flush();
      blocks.push(escapeMarkdown(line));
    }
  }
  flush();

  const fm: Record<string, string> = {
    headline: o.headline ?? '',
    publisher: o.publisher ?? 'unknown',
    date: o.date ?? 'unknown',
    language: o.language ?? 'en',
  };
  if (o.origin) fm.origin = o.origin;
  const todo = [
    o.headline
      ? ''
      : "# TODO headline: the article's own headline; if it has none, write a descriptive one and add `headlineBy: editor`.",
    o.publisher
      ? ''
      : '# TODO publisher: a source id from registries/sources.yaml, or unknown if the text does not name it.',
    o.date
      ? ''
      : '# TODO date: YYYY-MM-DD if the text allows; if inferred, add `dateInferred:` with the basis; else unknown.',
  ].filter(Boolean);
  return `---\n${todo.map((t) => `${t}\n`).join('')}${stringify(fm, { lineWidth: 0 })}---\n\n${blocks.join('\n\n')}\n`;
}
