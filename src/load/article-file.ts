import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeText } from './decode.ts';
import { parseFrontMatter, type FrontMatter } from './front-matter.ts';

/** An article file split into front matter (plain data, locatable) and body, before validation. */
export interface RawArticle extends FrontMatter {
  file: string;
  /** The file name without its extension. */
  slug: string;
  /** The front matter as written, comments included, without its `---` lines: its line 1 is the file's line 2. */
  frontMatterText: string;
}

/** Decodes an article file's bytes and splits off its front matter; problems come back located. */
export function readArticleFile(file: string, bytes: Uint8Array): { raw?: RawArticle; diagnostics: Diagnostic[] } {
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const fm = parseFrontMatter(file, decoded.text);
  const diagnostics = [...decoded.diagnostics, ...fm.diagnostics];
  if (fm.data === undefined) return { diagnostics };
  const head = decoded.text.slice(0, decoded.text.length - fm.body.length);
  // The lines between the opening "---" (line 1) and the closing one (the line before the body).
  const frontMatterText = head
    .split('\n')
    .slice(1, fm.bodyLine - 2)
    .join('\n');
  return { raw: { ...fm, file, slug: path.basename(file, '.md'), frontMatterText }, diagnostics };
}
