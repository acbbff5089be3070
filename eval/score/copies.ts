// Syndicated copies: a copy is folded only when its text equals the other's; check each fold against the texts.
import type { StoryRow } from '../open-data.ts';
import { ratio } from './ratio.ts';

export interface CopyJudgement {
  article: string;
  copyOf: string;
  sameEvent: boolean | null;
  identical: boolean;
  /** Lines of the copy that the other text does not have (whitespace aside). */
  differingLines: number;
  /** Whether the first lines (the headlines) differ. */
  headlineDiffers: boolean;
}

export interface CopiesScore {
  copies: number;
  sameEvent: number;
  wrongCopies: number;
  withDifferences: number;
  sameEventShare: number | null;
  judgements: CopyJudgement[];
}

/** Lines compared whitespace aside; empty lines do not count. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');

/**
 * `texts` gives each article's text (the raw file); `eventOf`, the gold event where known (the BBC sample has
 * none: then sameEvent is null and only the texts are compared).
 */
export function scoreCopies(
  stories: StoryRow[],
  texts: Map<string, string>,
  eventOf?: Map<string, string>,
): CopiesScore {
  const judgements = stories.flatMap((s) =>
    s.copies.map(({ article, copyOf }): CopyJudgement => {
      const [a, b] = [lines(texts.get(article) ?? ''), lines(texts.get(copyOf) ?? '')];
      const other = new Set(b);
      const sameEvent = eventOf ? eventOf.get(article) === eventOf.get(copyOf) : null;
      const differingLines = a.filter((l) => !other.has(l)).length;
      const identical = a.join('\n') === b.join('\n');
      return { article, copyOf, sameEvent, identical, differingLines, headlineDiffers: a[0] !== b[0] };
    }),
  );
  const sameEvent = judgements.filter((j) => j.sameEvent === true).length;
  return {
    copies: judgements.length,
    sameEvent,
    wrongCopies: judgements.filter((j) => j.sameEvent === false).length,
    withDifferences: judgements.filter((j) => !j.identical).length,
    sameEventShare: eventOf ? ratio(sameEvent, judgements.length) : null,
    judgements,
  };
}
