// The open data a build writes to dist/data/ (the stable contract), as far as the scoring reads it.
// Declared here rather than imported from src/: the harness scores the published files, not the code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ArticleRow {
  id: string;
  file: string;
  story: string | null;
  removed: { rule: string; text: string; line: number }[];
}

export interface PersonRow {
  id: string;
  name: string;
  spellings: string[];
  spellingUses: { text: string; status: string; articles: string[] }[];
  articles: string[];
}

export interface QuoteRow {
  id: string;
  speaker: string | null;
  attributedTo: string | null;
  text: string;
  appearances: { article: string; text: string }[];
}

export interface ClaimRow {
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  words: string;
  text: string;
  /** The conversion the text gives in brackets ("2,300 miles"), or the site's own ("≈ 19 km"). */
  note: string | null;
  article: string;
  claimedBy: string | null;
}

export interface FigureRow {
  id: string;
  label: string;
  unit: string;
  status: 'consistent' | 'conflicting' | 'single-source';
  claims: ClaimRow[];
}

export interface StoryRow {
  id: string;
  title: string;
  articles: string[];
  /** `kind` and `headline` (the copy's own, when it differs) where the build says how the copy differs. */
  copies: { article: string; copyOf: string; kind?: 'identical' | 'shortened'; headline?: string | null }[];
  /** Articles shown as versions of another text with differences (not folded). */
  versions?: { article: string; versionOf: string }[];
  conflicts: string[];
}

export interface OpenData {
  articles: ArticleRow[];
  people: PersonRow[];
  quotes: QuoteRow[];
  figures: FigureRow[];
  stories: StoryRow[];
}

const KINDS = ['articles', 'people', 'quotes', 'figures', 'stories'] as const;

/** Reads dist/data/<kind>.json of a built project. */
export async function readOpenData(root: string): Promise<OpenData> {
  const read = async (kind: string) => JSON.parse(await readFile(path.join(root, 'dist/data', `${kind}.json`), 'utf8'));
  const [articles, people, quotes, figures, stories] = await Promise.all(KINDS.map(read));
  return { articles, people, quotes, figures, stories };
}
