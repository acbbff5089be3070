import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeText } from './decode.ts';
import { parseFrontMatter, type FrontMatter } from './front-matter.ts';

/** An article file split into front matter (plain data, locatable) and body, before validation. */
export interface RawArticle extends FrontMatter {
  file: string;
  /** The file name without its extension. */
  slug: string;
}

/** Decodes an article file's bytes and splits off its front matter; problems come back located. */
export function readArticleFile(file: string, bytes: Uint8Array): { raw?: RawArticle; diagnostics: Diagnostic[] } {
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const fm = parseFrontMatter(file, decoded.text);
  const diagnostics = [...decoded.diagnostics, ...fm.diagnostics];
  if (fm.data === undefined) return { diagnostics };
  return { raw: { ...fm, file, slug: path.basename(file, '.md') }, diagnostics };
}
