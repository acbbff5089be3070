import type { DatedMention } from '../../src/model/analysis.ts';
/**
 * Compares what the build made of a fixture case (its open data, the review
 * list it printed, the dates of its articles) with the case's expected.json,
 * which was written from reading the articles, not from the code's output.
 * Every difference becomes one readable line; an expected item carrying
 * `todo` is a known failure, reported separately so it does not fail the run.
 */

interface Todo {
  todo?: string;
}
export interface ExpectedClaim extends Todo {
  words: string;
  value?: number;
  low?: number;
  high?: number;
  qualifier?: string;
  unit: string;
  note?: string;
  measure?: string;
  notMeasure?: string[];
  claimedBy?: string | null;
}
interface ExpectedArticle {
  claims: ExpectedClaim[];
  notClaims: string[];
  quotes: (Todo & { starts: string; speaker: string | null })[];
  dates: (Todo & { words: string; date: string })[];
}
export interface Expected {
  about: string;
  articles: Record<string, ExpectedArticle>;
  people: (Todo & { id?: string; spellings: string[]; inRegistry?: boolean; role?: string })[];
  notPeople: string[];
  figures: (Todo & { measure: string; status: string })[];
  review: (Todo & { name: string; looksLike: string })[];
}

interface ClaimRecord {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string;
  words: string;
  note: string | null;
  article: string;
  claimedBy: string | null;
}
export interface Observed {
  people: {
    id: string;
    name: string;
    role: string | null;
    inRegistry: boolean;
    spellings: string[];
    articles: string[];
  }[];
  quotes: { speaker: string | null; appearances: { article: string; text: string }[] }[];
  figures: { id: string; status: string; claims: ClaimRecord[] }[];
  review: { name: string; looksLike: string }[];
  dates: Record<string, DatedMention[]>;
}

/** One comparison: `problem` is null when it holds; `todo` marks a known failure. */
export interface Check {
  what: string;
  problem: string | null;
  todo?: string;
}

const show = (x: unknown) => JSON.stringify(x);
/** A figure id is `<story>-<measure>[-<place>]`; the measure is one run of its segments. */
const hasMeasure = (figureId: string, measure: string) => `-${figureId}-`.includes(`-${measure}-`);
/** "since 2001", "on Tuesday" and "2001", "Tuesday" name the same date expression. */
const dateWords = (w: string) => w.replace(/^(?:on|in|since|from|until|by|of|between|and)\s+/i, '').toLowerCase();
const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

function differences(fields: [string, unknown, unknown][]): string | null {
  const bad = fields
    .filter(([, want, got]) => want !== undefined && want !== got)
    .map(([k, want, got]) => `${k} ${show(got)}, expected ${show(want)}`);
  return bad.length ? bad.join('; ') : null;
}

function claimChecks(slug: string, want: ExpectedArticle, got: Observed): Check[] {
  const mine = got.figures.flatMap((f) => f.claims.filter((c) => c.article === slug).map((c) => ({ c, figure: f.id })));
  const checks: Check[] = want.claims.map((e) => {
    const what = `${slug}: claim "${e.words}"`;
    const found = mine.find((m) => m.c.words === e.words);
    if (!found) {
      const near = mine.filter((m) => overlaps(m.c.words, e.words)).map((m) => `"${m.c.words}"`);
      return { what, todo: e.todo, problem: `not found${near.length ? ` (found ${near.join(', ')})` : ''}` };
    }
    const { c, figure } = found;
    let problem = differences([
      ['value', e.value ?? (e.low === undefined ? undefined : null), c.value],
      ['low', e.low ?? (e.value === undefined ? undefined : null), c.low],
      ['high', e.high ?? (e.value === undefined ? undefined : null), c.high],
      ['qualifier', e.qualifier ?? null, c.qualifier],
      ['unit', e.unit, c.unit],
      ['note', e.note, c.note],
      ['claimedBy', e.claimedBy, c.claimedBy],
    ]);
    if (e.measure && !hasMeasure(figure, e.measure))
      problem = [problem, `figure ${figure}, expected measure ${e.measure}`].filter(Boolean).join('; ');
    for (const m of e.notMeasure ?? [])
      if (hasMeasure(figure, m))
        problem = [problem, `figure ${figure} must not be measure ${m}`].filter(Boolean).join('; ');
    return { what, todo: e.todo, problem };
  });
  const todoWords = want.claims.filter((e) => e.todo).map((e) => e.words);
  for (const { c, figure } of mine) {
    if (want.claims.some((e) => e.words === c.words) || todoWords.some((w) => overlaps(w, c.words))) continue;
    const not = want.notClaims.find((n) => overlaps(n, c.words));
    checks.push({
      what: `${slug}: claim "${c.words}"`,
      problem: `${not ? 'listed as not a figure' : 'unexpected'} (unit ${c.unit}, figure ${figure})`,
    });
  }
  return checks;
}

function quoteChecks(slug: string, want: ExpectedArticle, got: Observed): Check[] {
  const mine = got.quotes.flatMap((q) =>
    q.appearances.filter((a) => a.article === slug).map((a) => ({ text: a.text, speaker: q.speaker })),
  );
  const checks: Check[] = want.quotes.map((e) => {
    const found = mine.find((q) => q.text.startsWith(e.starts));
    const what = `${slug}: quote "${e.starts}…"`;
    return {
      what,
      todo: e.todo,
      problem: !found
        ? 'not found'
        : found.speaker !== e.speaker
          ? `speaker ${show(found.speaker)}, expected ${show(e.speaker)}`
          : null,
    };
  });
  for (const q of mine) {
    if (!want.quotes.some((e) => q.text.startsWith(e.starts)))
      checks.push({ what: `${slug}: quote "${q.text.slice(0, 40)}…"`, problem: 'unexpected' });
  }
  return checks;
}

function dateChecks(slug: string, want: ExpectedArticle, got: Observed): Check[] {
  const mine = got.dates[slug] ?? [];
  const same = (e: { words: string }, d: DatedMention) => dateWords(d.words) === dateWords(e.words);
  const checks: Check[] = want.dates.map((e) => {
    const found = mine.filter((d) => same(e, d));
    const what = `${slug}: date "${e.words}"`;
    return {
      what,
      todo: e.todo,
      problem: !found.length
        ? 'not found'
        : found.some((d) => d.date === e.date)
          ? null
          : `resolved to ${found.map((d) => d.date).join(', ')}, expected ${e.date}`,
    };
  });
  for (const d of mine)
    if (!want.dates.some((e) => same(e, d)))
      checks.push({ what: `${slug}: date "${d.words}"`, problem: `unexpected (${d.date})` });
  return checks;
}

function peopleChecks(want: Expected, got: Observed): Check[] {
  const matched = new Set<string>();
  const checks: Check[] = want.people.map((e) => {
    const what = `person ${e.id ?? e.spellings[0]}`;
    const p = got.people.find((x) => x.spellings.some((s) => e.spellings.includes(s)));
    if (!p) return { what, todo: e.todo, problem: 'not found' };
    matched.add(p.id);
    const spellings = [...p.spellings].sort().join(' | ');
    return {
      what,
      todo: e.todo,
      problem: differences([
        ['id', e.id, p.id],
        ['spellings', [...e.spellings].sort().join(' | '), spellings],
        ['inRegistry', e.inRegistry, p.inRegistry],
        ['role', e.role, p.role],
      ]),
    };
  });
  for (const p of got.people) {
    if (matched.has(p.id)) continue;
    const not = want.notPeople.some((n) => n === p.id || n === p.name || p.spellings.includes(n));
    checks.push({
      what: `person ${p.id}`,
      problem: `${not ? 'listed as not a person' : 'unexpected'} (spellings ${show(p.spellings)})`,
    });
  }
  return checks;
}

function figureChecks(want: Expected, got: Observed): Check[] {
  return want.figures.map((e) => {
    const found = got.figures.filter((f) => hasMeasure(f.id, e.measure));
    const what = `figure ${e.measure}`;
    if (found.length !== 1)
      return {
        what,
        todo: e.todo,
        problem: `${found.length} figures (${found.map((f) => f.id).join(', ')}), expected one`,
      };
    return {
      what,
      todo: e.todo,
      problem: found[0]!.status === e.status ? null : `status ${found[0]!.status}, expected ${e.status}`,
    };
  });
}

function reviewChecks(want: Expected, got: Observed): Check[] {
  const key = (r: { name: string; looksLike: string }) => `'${r.name}' looks like ${r.looksLike}`;
  const checks: Check[] = want.review.map((e) => ({
    what: `review ${key(e)}`,
    todo: e.todo,
    problem: got.review.some((r) => key(r) === key(e)) ? null : 'not on the review list',
  }));
  for (const r of got.review)
    if (!want.review.some((e) => key(e) === key(r))) checks.push({ what: `review ${key(r)}`, problem: 'unexpected' });
  return checks;
}

/** Every comparison for one case. */
export function checkCase(want: Expected, got: Observed): Check[] {
  const perArticle = Object.entries(want.articles).flatMap(([slug, a]) => [
    ...claimChecks(slug, a, got),
    ...quoteChecks(slug, a, got),
    ...dateChecks(slug, a, got),
  ]);
  return [...peopleChecks(want, got), ...perArticle, ...figureChecks(want, got), ...reviewChecks(want, got)];
}
