import { analyseArticle } from '../../src/analyse/analyse-article.ts';

/** The analysis of an article whose paragraphs are given, one per line, with empty registries. */
export const analyseParagraphs = (...paragraphs: string[]) =>
  analyseArticle(
    paragraphs.map((text, i) => ({ text, line: i + 1 })),
    { sources: [], people: [], measures: [], storyIds: [] },
    null,
    null,
  );
