// Syndicated copies: a copy is folded only when its text equals the other's, or is a shortened part of it (and
// says so); check each fold against the texts.
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
  /** What the build says the copy is: the same text, or a shortened one (only lines of the other). */
  kind: 'identical' | 'shortened';
  /** The fold is honest: the texts are the same, or the copy's lines are all in the other (shortened), the headline aside when the build says it differs. */
  honest: boolean;
}

export interface CopiesScore {
  copies: number;
  sameEvent: number;
  wrongCopies: number;
  withDifferences: number;
  /** Articles shown as versions of another with differences (counted as reports of their own, not folded). */
  versions: number;
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
    s.copies.map(({ article, copyOf, kind = 'identical', headline = null }): CopyJudgement => {
      const [a, b] = [lines(texts.get(article) ?? ''), lines(texts.get(copyOf) ?? '')];
      const other = new Set(b);
      const sameEvent = eventOf ? eventOf.get(article) === eventOf.get(copyOf) : null;
      const differingLines = a.filter((l) => !other.has(l)).length;
      const identical = a.join('\n') === b.join('\n');
      // A headline the build reports as the copy's own is said, not hidden.
      const [body, otherBody] = headline === null ? [a, b] : [a.slice(1), b.slice(1)];
      const honest =
        kind === 'shortened'
          ? body.every((l) => other.has(l)) && body.length < otherBody.length
          : body.join('\n') === otherBody.join('\n');
      return { article, copyOf, sameEvent, identical, differingLines, headlineDiffers: a[0] !== b[0], kind, honest };
    }),
  );
  const sameEvent = judgements.filter((j) => j.sameEvent === true).length;
  return {
    copies: judgements.length,
    sameEvent,
    wrongCopies: judgements.filter((j) => j.sameEvent === false).length,
    withDifferences: judgements.filter((j) => !j.honest).length,
    versions: stories.reduce((n, s) => n + (s.versions?.length ?? 0), 0),
    sameEventShare: eventOf ? ratio(sameEvent, judgements.length) : null,
    judgements,
  };
}
