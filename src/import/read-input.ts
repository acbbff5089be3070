import { readFile, stat } from 'node:fs/promises';
import { fetchPage, FetchPageError, INPUT_SIZE_LIMIT } from './fetch-page.ts';
import { decodeHtml } from './html-charset.ts';
import type { ImportInput } from './import-inputs.ts';
import { unreadable } from './import-inputs.ts';
import { InputProblem } from './input-problem.ts';
import { savedFromAddress } from './saved-from.ts';

export type InputContent =
  | { kind: 'text'; text: string; notes: string[] }
  /** `pageUrl`: where the page is from, when known: the fetched address, or a saved page's "saved from" mark. */
  | { kind: 'page'; html: string; pageUrl: string | null };

/** An input's text: a file read and decoded, or a page fetched (with fetchPage's time limit and size cap). */
export async function readInput(input: ImportInput): Promise<InputContent> {
  if (input.kind === 'address') return fetched(input.address);
  const bytes = await readBytes(input.name, input.file);
  if (input.kind === 'page') {
    const html = decodeHtml(bytes);
    return { kind: 'page', html, pageUrl: savedFromAddress(html) };
  }
  return { kind: 'text', ...decodeText(input.name, bytes) };
}

async function readBytes(name: string, file: string): Promise<Uint8Array> {
  const problem = (error: unknown): never => {
    throw new InputProblem(`${name}: ${unreadable(error)}`);
  };
  const { size } = await stat(file).catch(problem);
  if (size > INPUT_SIZE_LIMIT) {
    throw new InputProblem(`${name}: ${size} bytes; files over ${INPUT_SIZE_LIMIT} bytes are not imported`);
  }
  return readFile(file).catch(problem);
}

async function fetched(address: string): Promise<InputContent> {
  try {
    const page = await fetchPage(address);
    return { kind: 'page', html: page.html, pageUrl: page.url };
  } catch (error) {
    // FetchPageError messages already start with the address and say what went wrong.
    if (error instanceof FetchPageError) throw new InputProblem(error.message);
    throw error;
  }
}

/** UTF-8, else Windows-1252: old archives often are, and saying so beats guessing silently. */
function decodeText(name: string, bytes: Uint8Array): { text: string; notes: string[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes: [] };
  } catch {
    const notes = [`${name}: not UTF-8; read as Windows-1252 — check the accented letters`];
    return { text: new TextDecoder('windows-1252').decode(bytes), notes };
  }
}
