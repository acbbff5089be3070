import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FIXTURES, makeProject, removeProject, runBuild } from '../support/helpers.ts';

interface StoryRow {
  id: string;
  title: string;
  articles: string[];
  copies: { article: string; copyOf: string; kind: string }[];
  conflicts: string[];
  figures: string[];
  timeline: { date: string; text: string; articles: string[] }[];
}
const readJson = async <T>(root: string, file: string): Promise<T> =>
  JSON.parse(await readFile(path.join(root, 'dist/data', file), 'utf8'));

async function fixtureProject(): Promise<string> {
  const root = await makeProject({});
  await cp(path.join(FIXTURES, 'stories/articles'), path.join(root, 'articles'), { recursive: true });
  return root;
}

describe('stories from the sample articles', () => {
  let root: string;
  before(async () => {
    root = await makeProject();
    assert.equal((await runBuild(root)).code, 0);
  });
  after(() => removeProject(root));

  it('the five sample articles form one story, with the depth of the advance and the settlements in conflict', async () => {
    const stories = await readJson<StoryRow[]>(root, 'stories.json');
    assert.equal(stories.length, 1);
    assert.equal(stories[0]!.articles.length, 5);
    assert.ok(
      stories[0]!.conflicts.some((f) => f.endsWith('advance-depth')),
      stories[0]!.conflicts.join(),
    );
    assert.ok(
      stories[0]!.conflicts.some((f) => f.endsWith('settlements-controlled')),
      stories[0]!.conflicts.join(),
    );
  });

  it('renders the story page: cited summary, ledger with conflicts, chart with a text alternative, timeline', async () => {
    const [story] = await readJson<StoryRow[]>(root, 'stories.json');
    const html = await readFile(path.join(root, 'dist/stories', story!.id, 'index.html'), 'utf8');
    const articles = await Promise.all(
      story!.articles.map((a) => readFile(path.join(root, 'articles', `${a}.md`), 'utf8')),
    );
    const summary = [...html.matchAll(/<li><q(?: class="quoted")?>([^<]+)<\/q> <a href="\/articles\/([^/]+)\/"/g)];
    assert.ok(summary.length >= 3, 'at least three summary sentences');
    const decode = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    for (const [, sentence, slug] of summary) {
      const source = articles[story!.articles.indexOf(slug!)]!.replace(/\\(.)/g, '$1');
      assert.ok(source.includes(decode(sentence!)), `summary sentence is quoted verbatim from ${slug}: ${sentence}`);
    }
    assert.match(html, /<table class="ledger stack">[\s\S]*Outlets differ/);
    assert.match(html, /<svg class="chart" viewBox="0 0 340 \d+" [^>]*role="img" aria-labelledby="chart-[^"]+-desc"/);
    assert.match(html, /<desc id="chart-[^"]+-desc">[^<]*reported by[^<]*<\/desc>/);
    assert.ok(
      story!.timeline.some((e) => e.date === '2024-08-12'),
      'a relative date ("on Monday") resolved against the CNN article date',
    );
    assert.doesNotMatch(html, /<script(?! type="application\/ld\+json")/, 'no script but structured data');
  });

  it('lists the story on the home page with its counts and a conflict mark', async () => {
    const home = await readFile(path.join(root, 'dist/index.html'), 'utf8');
    assert.match(home, /5 articles|1 story/);
    // Outlets of unknown origin are not counted as outlets.
    assert.match(
      home,
      /2 named outlets and 3 articles of unknown origin · \d+ people · \d+ figures[\s\S]*\d+ figures? where outlets differ/,
    );
  });
});

describe('clustering a fixture set', () => {
  let root: string;
  let stories: StoryRow[];
  before(async () => {
    root = await fixtureProject();
    assert.equal((await runBuild(root)).code, 0);
    stories = await readJson<StoryRow[]>(root, 'stories.json');
  });
  after(() => removeProject(root));

  it('forms one story per event and folds the syndicated copy into its original', () => {
    const members = stories.map((s) => s.articles).sort();
    assert.deepEqual(members, [
      ['flood-reuters', 'flood-ap'],
      ['transfer-cnn', 'transfer-albawaba'],
    ]);
    const flood = stories.find((s) => s.articles.includes('flood-ap'))!;
    assert.deepEqual(
      flood.copies.map(({ article, copyOf, kind }) => ({ article, copyOf, kind })),
      [{ article: 'flood-bbc-copy', copyOf: 'flood-reuters', kind: 'identical' }],
    );
  });

  it('counts the copy once: figures compare independent outlets only', async () => {
    const figures = await readJson<{ id: string; status: string; comparison: string; claims: { article: string }[] }[]>(
      root,
      'figures.json',
    );
    assert.ok(figures.every((f) => f.claims.every((c) => c.article !== 'flood-bbc-copy')));
    const evacuated = figures.find((f) => f.id.includes('people-evacuated'))!;
    // About 1,200 on 4 March, about 1,500 on 5 March, each day's reports agreeing: the count was updated.
    assert.equal(evacuated.comparison, 'update', 'about 1,200 then about 1,500 evacuated');
  });

  it('keeps story ids when an unrelated article is added', async () => {
    const before = stories.map((s) => [s.id, s.articles.join()]).sort();
    await writeFile(
      path.join(root, 'articles/budget.md'),
      '---\nheadline: Parliament passes the 2026 budget after all-night session\npublisher: reuters\ndate: 2025-03-04\nlanguage: en\n---\n\nLawmakers approved the national budget early on Tuesday after a debate that lasted through the night, the speaker of parliament said.\n\nThe budget raises spending on schools and railways and cuts the deficit, the finance minister Ilse Drommer told lawmakers before the vote.\n',
    );
    assert.equal((await runBuild(root)).code, 0);
    const after = (await readJson<StoryRow[]>(root, 'stories.json'))
      .filter((s) => !s.articles.includes('budget'))
      .map((s) => [s.id, s.articles.join()])
      .sort();
    assert.deepEqual(after, before);
  });

  it('lets an editor pin an article to a story and keep one out of a story', async () => {
    const flood = stories.find((s) => s.articles.includes('flood-ap'))!;
    const file = path.join(root, 'articles/flood-ap.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('language: en\n', `language: en\nexcludeFrom: [${flood.id}]\n`));
    const transfer = path.join(root, 'articles/transfer-cnn.md');
    await writeFile(
      transfer,
      (await readFile(transfer, 'utf8')).replace('language: en\n', 'language: en\nstory: valencia-transfer-window\n'),
    );
    assert.equal((await runBuild(root)).code, 0);
    const now = await readJson<StoryRow[]>(root, 'stories.json');
    assert.deepEqual(now.find((s) => s.id === flood.id)!.articles, ['flood-reuters']);
    assert.deepEqual(now.find((s) => s.articles.includes('flood-ap'))!.articles, ['flood-ap']);
    assert.deepEqual(now.find((s) => s.id === 'valencia-transfer-window')!.articles, ['transfer-cnn']);
    await writeFile(file, text);
  });
});
