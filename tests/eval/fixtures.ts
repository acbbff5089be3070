// Tiny synthetic open data and annotation for the eval scorers' tests (no corpus needed).
import type { AnnotatedArticle } from '../../eval/gold.ts';
import type { ClaimRow, FigureRow, PersonRow, QuoteRow } from '../../eval/open-data.ts';

export function article(id: string, fields: Partial<AnnotatedArticle> = {}): AnnotatedArticle {
  const empty = { furniture_lines: [], people: [], quotes: [], numbers: [] };
  return { id, file: `texts/${id}.txt`, event: 'e', ...empty, ...fields };
}

/** A person entry; `uses` maps each spelling to the articles that used it. */
export function person(id: string, uses: Record<string, string[]>, name = Object.keys(uses)[0]!): PersonRow {
  const spellingUses = Object.entries(uses).map(([text, articles]) => ({ text, status: 'canonical', articles }));
  return { id, name, spellings: Object.keys(uses), spellingUses, articles: [...new Set(Object.values(uses).flat())] };
}

export function quote(
  id: string,
  speaker: string | null,
  appearances: [article: string, text: string][],
  attributedTo: string | null = null,
): QuoteRow {
  const rows = appearances.map(([article, text]) => ({ article, text }));
  return { id, speaker, attributedTo, text: rows[0]!.text, appearances: rows };
}

export function claim(article: string, words: string, value: number | null, text = `It was ${words}.`): ClaimRow {
  return { value, low: null, high: null, unit: '', words, text, note: null, article, claimedBy: null };
}

type Status = FigureRow['status'];

export function figure(id: string, label: string, claims: ClaimRow[], status: Status = 'single-source'): FigureRow {
  return { id, label, unit: claims[0]?.unit ?? '', status, claims };
}
