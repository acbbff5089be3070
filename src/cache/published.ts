import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * What the last published build was made from, so that a build whose
 * inputs are all unchanged can stop after reading them: the fingerprint of
 * every input (articles, registries, code, templates, settings), what that
 * build reported (to say it again), and the identity on disk of the folder
 * it published (a site removed or replaced is built again). Single files
 * edited by hand in the site are not looked for here: stat'ing every file
 * took longer than the rest of a build with nothing to do (1.2 s at 10,000
 * articles); the next build with work to do writes them again (reuse.ts
 * checks every page it keeps). The loader reads it and the output stage
 * writes it; this module owns its format.
 */
export const PUBLISHED_FILE = '.cache/published.json';

/** A file's identity on disk: a file rewritten or replaced changes at least one of these. */
export type FileIdentity = [ino: number, size: number, mtimeMs: number];

export interface PublishedState {
  /** The fingerprint of every input, from `inputsFingerprint`. */
  inputs: string;
  /** The published folder, absolute. */
  out: string;
  /** What the build printed about the input (problems, names to review), in order, to print again. */
  lines: { stream: 'log' | 'error'; text: string }[];
  /** The build's one-line summary, without its duration. */
  summary: string;
  /** The identity of the folder `out` leads to (a link to the published version). */
  folder: FileIdentity;
}

/** The record as read back: checked, since a damaged one (`"lines": null`) must not stop the build. */
export const PublishedStateFile = z.object({
  inputs: z.string(),
  out: z.string(),
  lines: z.array(z.object({ stream: z.enum(['log', 'error']), text: z.string() })),
  summary: z.string(),
  folder: z.tuple([z.number(), z.number(), z.number()]),
});

/**
 * One fingerprint of everything a build's output is made of: the generator
 * (`code`, `templates`), the settings (site title, address, output folder)
 * and every input file, its path and bytes.
 */
export function inputsFingerprint(
  generator: { code: string; templates: string },
  settings: readonly string[],
  files: readonly { file: string; bytes: Uint8Array }[],
): string {
  const hash = createHash('sha256').update(generator.code).update('\0').update(generator.templates);
  for (const s of settings) hash.update('\0').update(s);
  for (const f of files) hash.update('\0').update(f.file).update('\0').update(String(f.bytes.length)).update(f.bytes);
  return hash.digest('hex');
}
