import assert from 'node:assert/strict';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findTextRelations, type ArticleForClustering } from '../../src/aggregate/copies.ts';
import { articleFeatures } from '../../src/analyse/features.ts';
import { FIXTURES, makeProject, removeProject, runBuild } from '../support/helpers.ts';

interface Differences {
  changed: { from: string; to: string; changes: { from: string; to: string; kind: string }[] }[];
  added: string[];
  removed: string[];
}
interface StoryRow {
  id: string;
  articles: string[];
  copies: { article: string; copyOf: string; kind: string; headline: string | null; differences: Differences }[];
  versions: { article: string; versionOf: string; headline: string | null; differences: Differences }[];
}
interface FigureRow {
  id: string;
  status: string;
  claims: { article: string; value: number | null; text: string }[];
}

const readJson = async <T>(root: string, file: string): Promise<T> =>
  JSON.parse(await readFile(path.join(root, 'dist/data', file), 'utf8'));

// One agency text published four times: word for word under a second outlet, cut down to its first three
// paragraphs under a third, and under a fourth with two figures edited (35 km for 30 km, 12,000 for 11,000).
describe('copies and versions of one text', () => {
  let root: string;
  let story: StoryRow;
  before(async () => {
    root = await makeProject({});
    await cp(path.join(FIXTURES, 'copies/articles'), path.join(root, 'articles'), { recursive: true });
    assert.equal((await runBuild(root)).code, 0);
    const stories = await readJson<StoryRow[]>(root, 'stories.json');
    assert.equal(stories.length, 1, stories.map((s) => s.articles.join()).join(' | '));
    story = stories[0]!;
  });
  after(() => removeProject(root));

  it('folds the word-for-word copy and says it does not differ', () => {
    const copy = story.copies.find((c) => c.article === 'landslide-bbc-word-for-word');
    assert.deepEqual(copy, {
      article: 'landslide-bbc-word-for-word',
      copyOf: 'landslide-afp',
      kind: 'identical',
      headline: null,
      differences: { changed: [], added: [], removed: [] },
    });
  });

  it('folds the shortened wire copy as shortened, with its own headline and the sentences it leaves out', () => {
    const copy = story.copies.find((c) => c.article === 'landslide-cnn-shortened')!;
    assert.equal(copy.kind, 'shortened');
    assert.equal(copy.copyOf, 'landslide-afp');
    assert.equal(copy.headline, 'Coast road buried by landslide');
    assert.deepEqual(copy.differences.changed, []);
    assert.deepEqual(copy.differences.added, []);
    assert.equal(copy.differences.removed.length, 2);
    assert.ok(!story.articles.includes('landslide-cnn-shortened'), 'not counted as an outlet of its own');
  });

  it('never folds the edited copy: a version with its changed numbers listed, counted as a report', () => {
    assert.ok(!story.copies.some((c) => c.article === 'landslide-reuters-edited'));
    assert.ok(story.articles.includes('landslide-reuters-edited'));
    assert.equal(story.versions.length, 1);
    const [version] = story.versions;
    assert.equal(version!.article, 'landslide-reuters-edited');
    assert.equal(version!.versionOf, 'landslide-afp');
    assert.deepEqual(version!.differences.added, []);
    assert.deepEqual(version!.differences.removed, []);
    assert.deepEqual(version!.differences.changed[0]!.changes, [
      { from: '30', to: '35', kind: 'number' },
      { from: '11,000', to: '12,000', kind: 'number' },
    ]);
  });

  it('keeps the edited numbers in the comparison, beside the original ones', async () => {
    const figures = await readJson<FigureRow[]>(root, 'figures.json');
    const edited = figures.filter((f) => f.claims.some((c) => c.article === 'landslide-reuters-edited'));
    const values = (f: FigureRow) => f.claims.map((c) => `${c.article}:${c.value}`).sort();
    const stretch = edited.find((f) => f.claims.some((c) => c.value === 35));
    assert.ok(stretch, `35 km is in a figure: ${edited.map(values).join(' | ')}`);
    assert.deepEqual(values(stretch), ['landslide-afp:30', 'landslide-reuters-edited:35']);
    assert.equal(stretch.status, 'conflicting');
    assert.ok(
      figures.every((f) =>
        f.claims.every((c) => !c.article.startsWith('landslide-bbc') && !c.article.startsWith('landslide-cnn')),
      ),
      'the folded copies add no claims',
    );
  });

  it('says on the pages how each copy differs', async () => {
    const page = (slug: string) => readFile(path.join(root, 'dist/articles', slug, 'index.html'), 'utf8');
    const edited = await page('landslide-reuters-edited');
    assert.match(edited, /This text is a version of <a href="\/articles\/landslide-afp\/">/);
    assert.match(edited, /<del>30<\/del> → <ins>35<\/ins>/);
    assert.match(edited, /<del>11,000<\/del> → <ins>12,000<\/ins>/);
    assert.match(await page('landslide-bbc-word-for-word'), /This text is a copy, word for word, of/);
    assert.match(
      await page('landslide-cnn-shortened'),
      /This text is a shortened copy of [\s\S]*2 sentences are left out/,
    );
    const storyPage = await readFile(path.join(root, 'dist/stories', story.id, 'index.html'), 'utf8');
    assert.match(
      storyPage,
      /is a version of <a[^>]*>[^<]*<\/a> \(Agence France-Presse\) with differences \(30 → 35; 11,000 → 12,000\)/,
    );
    assert.match(storyPage, /Shortened copies \(only sentences of this text, fewer of them\)/);
    assert.match(storyPage, /Also published, word for word, as:/);
  });
});

// The share of sentences a version keeps, at its boundary: findTextRelations stops comparing a pair as soon
// as the share can no longer be reached, and that must not change which pairs are versions.
describe('findTextRelations: the share a version keeps', () => {
  const sentences = [
    'The regional council voted on Tuesday to close the old harbour bridge to heavy lorries.',
    'Engineers found cracks in two of the supporting piers during an inspection last month.',
    'Repairs are expected to take at least eighteen months and cost several million pounds.',
    'Local businesses said the closure would add an hour to every delivery from the port.',
    'The council said a temporary crossing would open upstream before the end of the summer.',
  ];
  const article = (slug: string, date: string, text: string[]): ArticleForClustering => {
    const paragraphs = text.map((t, i) => ({ text: t, line: i + 1 }));
    return {
      slug,
      date,
      publisher: slug,
      headline: 'Harbour bridge closed',
      paragraphs: text,
      features: articleFeatures('Harbour bridge closed', paragraphs),
      people: [],
      story: null,
    };
  };
  const reworded = 'Repairs are expected to take at least twenty months and cost several million pounds.';
  const other = (n: number) => `An unrelated sentence number ${n} about the weather in the hills above the town today.`;

  it('finds a version that keeps three of five sentences, one of them reworded', () => {
    const kept = [sentences[0]!, sentences[1]!, reworded, other(1), other(2)];
    const relations = findTextRelations([article('a', '2024-05-01', sentences), article('b', '2024-05-02', kept)]);
    assert.deepEqual(
      relations.map((r) => [r.article, r.of, r.kind]),
      [['b', 'a', 'version']],
    );
  });

  it('finds none when only two of five are kept', () => {
    const kept = [sentences[0]!, sentences[1]!, other(1), other(2), other(3)];
    assert.deepEqual(findTextRelations([article('a', '2024-05-01', sentences), article('b', '2024-05-02', kept)]), []);
  });
});
