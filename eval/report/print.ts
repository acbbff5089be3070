// What `npm run eval` prints: a heading, the one table, and the details behind it.
import path from 'node:path';
import type { GoldPart } from '../gold.ts';
import type { BbcResult } from '../runs/bbc.ts';
import type { SeedsResult } from '../runs/seeds.ts';
import type { CorpusScores, PartScores } from '../score-corpus.ts';
import { bbcDetails, corpusDetails, partDetails, seedsDetails } from './details.ts';
import type { Row } from './rows.ts';
import { markdownTable } from './table.ts';

export interface Results {
  corpus: string;
  parts: { part: GoldPart; scores: PartScores }[];
  whole: CorpusScores;
  seeds: SeedsResult;
  bbc: BbcResult | null;
}

const filesOf = (p: GoldPart) => p.files.map((f) => path.basename(f)).join(', ') || 'no file';

export function report(r: Results, rows: Row[], seconds: number): string {
  const annotation = r.parts.map(({ part }) => `${part.name}: ${part.articles.length} articles from ${filesOf(part)}`);
  return [
    `# Accuracy on ${path.basename(r.corpus)} (${r.whole.articles} articles)`,
    '',
    `Annotation: ${annotation.join('; ')}.`,
    `Build: ${r.whole.summary}`,
    '',
    markdownTable(
      rows,
      r.parts.map((p) => p.part.name),
    ),
    '',
    'Rows after the annotated ones (stories, copies, speed, seeds, bbc) need no annotation and fill the first column.',
    `Run time: ${seconds.toFixed(0)} s.`,
    '',
    '## Details',
    '',
    ...r.parts.flatMap((p) => partDetails(p.scores)),
    ...corpusDetails(r.whole),
    ...seedsDetails(r.seeds),
    ...(r.bbc ? bbcDetails(r.bbc) : []),
  ].join('\n');
}
