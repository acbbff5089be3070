// The details under the table: every entry, quote, claim, conflict, removal, story and copy judged wrong, so a
// number in the table can be traced to the cases behind it.
import type { BbcResult } from '../runs/bbc.ts';
import type { SeedsResult } from '../runs/seeds.ts';
import type { CorpusScores, PartScores } from '../score-corpus.ts';
import type { CopyJudgement } from '../score/copies.ts';
import type { FigureConflict } from '../score/conflicts.ts';
import type { PersonJudgement } from '../score/people.ts';
import type { QuoteJudgement } from '../score/quotes.ts';

/** Long texts cut for the terminal; results.json keeps them whole. */
const cut = (text: string, n = 90) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** A titled list; empty lists say "none". */
function list(title: string, items: string[]): string[] {
  return [`**${title}** (${items.length})`, '', ...(items.length ? items.map((i) => `- ${i}`) : ['- none']), ''];
}

function personLine(j: PersonJudgement): string {
  const gold = j.gold.length ? ` (${j.gold.join(', ')})` : '';
  return `${j.article}: ${j.entry} [${j.spellings.join(' / ')}] → ${j.verdict}${gold}`;
}

function peopleDetails(p: PartScores): string[] {
  const wrong = p.people.judgements.filter((j) => j.verdict !== 'right');
  return [
    ...list(`${p.name}: people entries not right`, wrong.map(personLine)),
    ...list(
      `${p.name}: gold people not found`,
      p.people.missed.map((m) => `${m.article}: ${m.name}`),
    ),
  ];
}

function quoteLine(j: QuoteJudgement): string {
  const gold = j.gold ? ` (gold: ${j.gold.speaker ?? 'none'})` : '';
  return `${j.article}: “${cut(j.text, 70)}” → ${j.given ?? 'no speaker'}${gold}`;
}

function quoteDetails(p: PartScores): string[] {
  const of = (v: QuoteJudgement['verdict']) => p.quotes.judgements.filter((j) => j.verdict === v).map(quoteLine);
  return [
    ...list(`${p.name}: quotes with a wrong speaker`, of('wrong')),
    ...list(`${p.name}: quotes with no speaker`, of('none')),
    ...list(`${p.name}: not quotes`, of('not a quote')),
    ...list(
      `${p.name}: gold quotes not found`,
      p.quotes.missed.map((m) => `${m.article}: “${cut(m.text, 70)}”`),
    ),
  ];
}

function figureDetails(p: PartScores): string[] {
  const f = p.figures;
  const bogus = f.judgements
    .filter((j) => j.bogus !== null)
    .map((j) => `${j.article}: “${j.words}” (${j.label}): ${j.bogus}`);
  const bare = [...new Set(f.judgements.filter((j) => !j.labelNamesMeasure).map((j) => `“${j.label}”`))].sort();
  return [
    ...list(`${p.name}: bogus claims`, bogus),
    ...list(
      `${p.name}: gold numbers not found`,
      f.missed.map((m) => `${m.article}: “${m.words}” (${m.measure})`),
    ),
    ...list(`${p.name}: labels that are only a unit`, bare),
  ];
}

/** The pairs that make a conflict false (different measures; when none, the agreeing ones), each once, at most 6. */
function conflictLine(f: FigureConflict): string {
  const wrong = f.pairs.filter((x) => x.verdict === 'false');
  const pairs = [...new Set((wrong.length ? wrong : f.pairs).map((x) => `${x.a} ↔ ${x.b}`))];
  const more = pairs.length > 6 ? `; … ${pairs.length - 6} more` : '';
  return `${f.figure} “${f.label}”: ${f.why}: ${pairs.slice(0, 6).join('; ')}${more}`;
}

function conflictDetails(p: PartScores): string[] {
  const title = `${p.name}: conflicts that are not the same measure disagreeing`;
  return list(title, p.conflicts.figures.filter((f) => !f.real).map(conflictLine));
}

function furnitureDetails(p: PartScores): string[] {
  const f = p.furniture;
  const wrong = f.judgements.filter((j) => j.kind === 'prose' || j.kind === 'not found');
  return [
    ...list(
      `${p.name}: removed text that is not furniture`,
      wrong.map((j) => `${j.article} line ${j.line ?? '?'}: “${cut(j.text)}” (${j.kind})`),
    ),
    ...list(
      `${p.name}: furniture lines kept`,
      f.missed.map((m) => `${m.article} line ${m.line}: “${cut(m.text)}”`),
    ),
  ];
}

export const partDetails = (p: PartScores): string[] => [
  ...peopleDetails(p),
  ...quoteDetails(p),
  ...figureDetails(p),
  ...conflictDetails(p),
  ...furnitureDetails(p),
];

function copyLine(j: CopyJudgement): string {
  const headline = j.headlineDiffers ? (j.differingLines === 1 ? ' (the headline)' : ', the headline among them') : '';
  return `${j.article} → ${j.copyOf} (${j.kind}): ${j.differingLines} lines differ${headline}`;
}

export function corpusDetails(c: CorpusScores): string[] {
  const copies = c.copies.judgements
    .filter((j) => j.sameEvent === false || !j.honest)
    .map((j) => `${copyLine(j)}${j.sameEvent === false ? ' (another event)' : ''}`);
  return [
    ...list(
      'stories holding several events',
      c.stories.mixed.map((m) => `${m.story}: ${m.events.join(', ')}`),
    ),
    ...list(
      'events split over several stories',
      c.stories.split.map((s) => `${s.event}: ${s.stories.join(', ')}`),
    ),
    ...list('copies of another event or with differences', copies),
  ];
}

const missedAndExtra = (s: { missed: string[]; extra: string[] }) => [
  ...s.missed.map((x) => `missed ${x}`),
  ...s.extra.map((x) => `extra ${x}`),
];

export function seedsDetails(s: SeedsResult): string[] {
  return [
    ...list('seeds: people missed / extra (registry)', missedAndExtra(s.people)),
    ...list('seeds: spellings not merged', s.missingSpellings),
    ...list('seeds: claims missed', s.claims.missed),
    ...list('seeds: quotes not attributed as annotated', s.quotes.wrong),
    ...list('seeds: people missed / extra (bare people registry)', missedAndExtra(s.discovery)),
  ];
}

export function bbcDetails(b: BbcResult): string[] {
  const changed = b.copies.judgements.filter((j) => !j.honest);
  return [
    ...list(
      'bbc: identical-text groups not folded whole',
      b.duplicates.broken.map((g) => g.join(', ')),
    ),
    ...list('bbc: copies whose texts differ', changed.map(copyLine)),
  ];
}
