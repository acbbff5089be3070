import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { textToArticle } from '../import/text-to-article.ts';
import { slugify } from '../text/slug.ts';

interface ImportArgs {
  root: string;
  positionals: string[];
  values: {
    slug?: string;
    headline?: string;
    'headline-line'?: string;
    publisher?: string;
    date?: string;
    force?: boolean;
  };
  log: (line: string) => void;
  error: (line: string) => void;
}

/** `npm run import -- FILE`: writes articles/<slug>.md from a raw text file. */
export async function importText({ root, positionals, values, log, error }: ImportArgs): Promise<number> {
  const [input] = positionals;
  if (!input || positionals.length > 1) {
    error(
      'usage: npm run import -- FILE [--slug SLUG] [--headline TEXT | --headline-line N] [--publisher ID] [--date YYYY-MM-DD] [--force]',
    );
    return 2;
  }
  const bytes = await readFile(input);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Old archives are often Windows-1252; say so rather than guess silently.
    text = new TextDecoder('windows-1252').decode(bytes);
    log(`${input}: not UTF-8; read as Windows-1252 — check the accented letters.`);
  }
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const n = values['headline-line'] ? Number(values['headline-line']) : undefined;
  if (n !== undefined && !(Number.isInteger(n) && n >= 1 && lines[n - 1])) {
    error(
      `--headline-line ${values['headline-line']}: line ${values['headline-line']} of ${input} is empty or missing`,
    );
    return 2;
  }
  const headline = values.headline ?? (n !== undefined ? lines[n - 1] : undefined);
  const slug = values.slug ?? slugify(headline ?? path.basename(input).replace(/\.[^.]*$/, ''));
  const target = path.join(root, 'articles', `${slug}.md`);
  if (existsSync(target) && !values.force) {
    error(`${path.relative(root, target)} exists; pass --force to overwrite it or --slug to choose another name`);
    return 1;
  }
  const origin = path.relative(root, path.resolve(input)).split(path.sep).join('/');
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, textToArticle(text, { headline, publisher: values.publisher, date: values.date, origin }));
  log(`wrote ${path.relative(root, target)}: check its front matter, then run npm run build`);
  return 0;
}
