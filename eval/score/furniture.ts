// Furniture: what the cleaner removed (articles.json `removed`) against the annotation's furniture lines,
// mapped by text onto the lines of the corpus file.
import type { AnnotatedArticle } from '../gold.ts';
import type { ArticleRow } from '../open-data.ts';
import { plain } from '../text.ts';
import { ratio } from './ratio.ts';

export interface RemovedJudgement {
  article: string;
  text: string;
  /** The corpus line it was found on (1 = headline), or null. */
  line: number | null;
  kind: 'furniture' | 'headline' | 'prose' | 'not found';
}

export interface FurnitureScore {
  furnitureLines: number;
  removedLines: number;
  recall: number | null;
  proseRemoved: number;
  judgements: RemovedJudgement[];
  missed: { article: string; line: number; text: string }[];
}

/** The lines (1-based) whose text equals or contains the removed text, all spacing and escapes aside. */
function candidateLines(text: string, lines: string[]): number[] {
  const t = plain(text);
  return lines.flatMap((l, i) => (t !== '' && plain(l).includes(t) ? [i + 1] : []));
}

/**
 * Each removed text goes to a line that holds it, furniture first, and each line once: a headline repeated in the
 * body is removed twice and matches two lines. A line equal to the headline is the headline repeated, not prose.
 */
function judgeArticle(
  a: AnnotatedArticle,
  row: ArticleRow,
  lines: string[],
): { judgements: RemovedJudgement[]; hit: Set<number> } {
  const furniture = new Set(a.furniture_lines);
  const headline = plain(lines[0] ?? '');
  const hit = new Set<number>();
  const kindOf = (n: number): RemovedJudgement['kind'] =>
    furniture.has(n) ? 'furniture' : n === 1 || plain(lines[n - 1]!) === headline ? 'headline' : 'prose';
  const judgements = row.removed.map((r): RemovedJudgement => {
    const candidates = candidateLines(r.text, lines);
    const free = candidates.filter((n) => !hit.has(n));
    const pool = free.length > 0 ? free : candidates;
    const line = pool.find((n) => furniture.has(n)) ?? pool.find((n) => kindOf(n) === 'headline') ?? pool[0] ?? null;
    if (line !== null) hit.add(line);
    return { article: a.id, text: r.text, line, kind: line === null ? 'not found' : kindOf(line) };
  });
  return { judgements, hit };
}

/** `lines` gives each annotated article's corpus text as lines (index 0 = line 1). */
export function scoreFurniture(
  rows: ArticleRow[],
  articles: AnnotatedArticle[],
  lines: Map<string, string[]>,
): FurnitureScore {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const judgements: RemovedJudgement[] = [];
  const missed: FurnitureScore['missed'] = [];
  let furnitureLines = 0;
  let removedLines = 0;
  for (const a of articles) {
    const row = byId.get(a.id);
    const text = lines.get(a.id) ?? [];
    const r = row ? judgeArticle(a, row, text) : { judgements: [], hit: new Set<number>() };
    judgements.push(...r.judgements);
    for (const n of a.furniture_lines) {
      furnitureLines++;
      if (r.hit.has(n)) removedLines++;
      else missed.push({ article: a.id, line: n, text: text[n - 1] ?? '' });
    }
  }
  return {
    furnitureLines,
    removedLines,
    recall: ratio(removedLines, furnitureLines),
    proseRemoved: judgements.filter((j) => j.kind === 'prose').length,
    judgements,
    missed,
  };
}
