// The targets on the five sample articles, scored against their hand annotation
// (tests/fixtures/seeds-gold/gold.json). Shared by tests/analyse/seed-targets.test.ts and `npm run eval`.

export interface SeedsGold {
  articles: Record<string, { people: string[]; claims: [string, string][]; quotes: [string, string | null][] }>;
  spellings: Record<string, string[]>;
}

export interface SeedsData {
  people: { id: string; articles: string[]; spellings: string[] }[];
  figures: { claims: { article: string; words: string; unit: string }[] }[];
  quotes: { speaker: string | null; appearances: { article: string; text: string }[] }[];
}

/** People per article, by id (`idOf` maps the build's ids to the annotation's). */
export function peopleScores(gold: SeedsGold, data: SeedsData, idOf: (id: string) => string = (id) => id) {
  const found = new Set(data.people.flatMap((p) => p.articles.map((a) => `${a}|${idOf(p.id)}`)));
  const expected = new Set(Object.entries(gold.articles).flatMap(([a, g]) => g.people.map((p) => `${a}|${p}`)));
  const hit = [...expected].filter((x) => found.has(x)).length;
  return {
    precision: hit / found.size,
    recall: hit / expected.size,
    missed: [...expected].filter((x) => !found.has(x)),
    extra: [...found].filter((x) => !expected.has(x)),
  };
}

/** Numeric claims with the right unit, each claim used once. */
export function claimRecall(gold: SeedsGold, data: SeedsData) {
  let hit = 0;
  let total = 0;
  const missed: string[] = [];
  for (const [article, g] of Object.entries(gold.articles)) {
    const found = data.figures.flatMap((f) => f.claims).filter((c) => c.article === article);
    const used = new Set<number>();
    for (const [words, unit] of g.claims) {
      total++;
      // The number must stand as a whole in the claim's words: "12" is not found in "121".
      const number = new RegExp(`(?<![\\d,.])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d,])`, 'i');
      const i = found.findIndex((c, k) => !used.has(k) && number.test(c.words) && c.unit === unit);
      if (i >= 0) {
        used.add(i);
        hit++;
      } else missed.push(`${article}: ${words} ${unit}`);
    }
  }
  const claims = data.figures.flatMap((f) => f.claims);
  const found = Object.keys(gold.articles).reduce((n, a) => n + claims.filter((c) => c.article === a).length, 0);
  return { recall: hit / total, precision: hit / found, missed };
}

/** Quotes found by their first words, with the annotated speaker id (null: the text names no one). */
export function attribution(gold: SeedsGold, data: SeedsData) {
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  for (const [article, g] of Object.entries(gold.articles)) {
    for (const [start, speaker] of g.quotes) {
      total++;
      const q = data.quotes.find((x) => x.appearances.some((a) => a.article === article && a.text.startsWith(start)));
      if (q && q.speaker === speaker) right++;
      else wrong.push(`${article}: “${start}” → ${q ? q.speaker : 'not found'} (expected ${speaker})`);
    }
  }
  return { accuracy: right / total, wrong };
}

/** Spellings the annotation expects merged into one entry that the build's entry lacks (or a missing entry). */
export function missingSpellings(gold: SeedsGold, data: SeedsData): string[] {
  return Object.entries(gold.spellings).flatMap(([id, spellings]) => {
    const p = data.people.find((x) => x.id === id);
    return p ? spellings.filter((s) => !p.spellings.includes(s)).map((s) => `${id} lacks ${s}`) : [`${id} missing`];
  });
}

/**
 * Without the people registry, ids come from the names as written; map them to the annotated ids by surname
 * (the misspelled surnames of the sample articles by hand).
 */
export function discoveryIdOf(gold: SeedsGold): (id: string) => string {
  const surnames: Record<string, string> = {
    zelensky: 'volodymyr-zelensky',
    zelenskyy: 'volodymyr-zelensky',
    zelenskiy: 'volodymyr-zelensky',
    klatkov: 'vyacheslav-gladkov',
    croci: 'rafael-grossi',
    kusev: 'alexander-gusev',
  };
  const known = Object.keys(gold.spellings).concat(...Object.values(gold.articles).map((g) => g.people));
  return (id) => {
    const surname = id.split('-').at(-1)!;
    return surnames[surname] ?? known.find((g) => g.endsWith(`-${surname}`)) ?? id;
  };
}
