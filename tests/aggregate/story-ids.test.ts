import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { idFromHeadline } from '../../src/aggregate/story-ids.ts';
import { FIXTURES, makeProject, removeProject, runBuild } from '../support/helpers.ts';

interface StoryRow {
  id: string;
  title: string;
  articles: string[];
}

const IDS = 'registries/story-ids.yaml';
const read = (root: string, file: string) => readFile(path.join(root, file), 'utf8');
const stories = async (root: string): Promise<StoryRow[]> => JSON.parse(await read(root, 'dist/data/stories.json'));
const flood = (rows: StoryRow[]) => rows.find((s) => s.articles.includes('flood-reuters'))!;

// An earlier report of the same flood, with a headline of its own (the site's own text, not an outlet's).
const EARLIER = `---
headline: Lauter rises towards Moselbach as rain keeps falling
publisher: afp
date: 2025-03-03
language: en
---

The river Lauter rose towards the town of Moselbach on Monday after two days of heavy rain, and the district administrator, Henrike Vossberg, said residents of the lower town should be ready to leave.

Firefighters stacked sandbags along the riverbank in Moselbach and the main bridge into the town was watched through the night, Vossberg said.

Forecasters expect more heavy rain, and the flood could cut off the lower town of Moselbach if the Lauter bursts its banks.
`;

describe('story ids', () => {
  it('are made from the headline, cut at a word boundary and never on a word such as "into"', () => {
    assert.equal(
      idFromHeadline('Ukrainian forces advance in southern Russia, Zelensky says as second border region declares'),
      'ukrainian-forces-advance-in-southern-russia',
    );
    assert.equal(
      idFromHeadline('Ukraine Pushes Deeper into Russia as Thousands Flee the Border Regions of Kursk and Belgorod'),
      'ukraine-pushes-deeper-into-russia-as-thousands',
    );
    assert.equal(idFromHeadline('Floods: town cut off'), 'floods-town-cut-off');
    // Other scripts are transliterated (the first clause when it has three words); a headline with nothing to transliterate gets a stable hash, never "".
    assert.equal(idFromHeadline('Повінь у Харкові: місто відрізане'), 'povin-u-kharkovi');
    assert.match(idFromHeadline('🌊🌊🌊'), /^x[0-9a-f]{10}$/);
    assert.equal(idFromHeadline('🌊🌊🌊'), idFromHeadline('🌊🌊🌊'));
    assert.notEqual(idFromHeadline('🌊🌊🌊'), idFromHeadline('🔥🔥🔥'));
    for (const headline of ['An extraordinarily long headline about the unprecedented reorganisation of everything']) {
      const id = idFromHeadline(headline);
      assert.ok(id.length <= 50 && headline.toLowerCase().includes(id.split('-').at(-1)!), id);
      assert.ok(!/-(of|the|into|about)$/.test(id), id);
    }
  });
});

describe('a published story keeps its address', () => {
  let root: string;
  let first: StoryRow[];
  before(async () => {
    root = await makeProject({});
    await cp(path.join(FIXTURES, 'stories/articles'), path.join(root, 'articles'), { recursive: true });
    assert.equal((await runBuild(root)).code, 0);
    first = await stories(root);
  });
  after(() => removeProject(root));

  it('records the ids of a new site after its first build, each story with its articles', async () => {
    const ids = await read(root, IDS);
    for (const s of first) {
      assert.match(ids, new RegExp(`^- id: ${s.id}\\n  articles:\\n`, 'm'));
      for (const a of s.articles) assert.match(ids, new RegExp(`^    - ${a}$`, 'm'));
    }
    assert.match(ids, /^    - flood-bbc-copy$/m, 'copies are listed with their story');
  });

  it('when an earlier-dated article joins the story and gives it a new headline', async () => {
    await writeFile(path.join(root, 'articles/flood-afp.md'), EARLIER);
    assert.equal((await runBuild(root)).code, 0);
    const now = flood(await stories(root));
    assert.ok(now.articles.includes('flood-afp'), `the earlier article joins the story: ${now.articles.join()}`);
    assert.equal(now.title, 'Lauter rises towards Moselbach as rain keeps falling', 'its headline is now the story’s');
    assert.equal(now.id, flood(first).id, 'the address stays');
    assert.ok(existsSync(path.join(root, 'dist/stories', now.id, 'index.html')));
    assert.match(await read(root, IDS), /^    - flood-afp$/m);
  });

  it('when the ids file is missing a story, the build adds it and writes nothing when nothing changed', async () => {
    const before = await read(root, IDS);
    assert.equal((await runBuild(root)).code, 0);
    assert.equal(await read(root, IDS), before);
  });
});

describe('an old story address', () => {
  let root: string;
  before(async () => {
    root = await makeProject({});
    await cp(path.join(FIXTURES, 'stories/articles'), path.join(root, 'articles'), { recursive: true });
    // As if the flood had been published as two stories that the clustering now merges, and an older id had
    // been redirected to the second one, and a story whose articles are all gone.
    await writeFile(
      path.join(root, IDS),
      [
        '- id: flood-first',
        '  articles: [flood-reuters, flood-bbc-copy]',
        '- id: flood-second',
        '  articles: [flood-ap]',
        '- id: flood-oldest',
        '  redirect: flood-second',
        '- id: removed-story',
        '  articles: [an-article-since-deleted]',
        '',
      ].join('\n'),
    );
    assert.equal((await runBuild(root, { pathPrefix: '/news/' })).code, 0);
  });
  after(() => removeProject(root));

  it('of a merged story redirects to the story it joined: _redirects, and a page that moves on', async () => {
    assert.equal(flood(await stories(root)).id, 'flood-first', 'the entry with most of its articles keeps its id');
    const redirects = await read(root, 'dist/_redirects');
    assert.match(redirects, /^\/news\/stories\/flood-second\/ \/news\/stories\/flood-first\/ 301$/m);
    assert.match(redirects, /^\/news\/stories\/flood-oldest\/ \/news\/stories\/flood-first\/ 301$/m, 'chains followed');
    const page = await read(root, 'dist/stories/flood-second/index.html');
    assert.match(page, /<meta http-equiv="refresh" content="0; url=\/news\/stories\/flood-first\/">/);
    assert.match(
      page,
      /<a href="\/news\/stories\/flood-first\/">Floods cut off Moselbach as river bursts its banks<\/a>/,
    );
    assert.match(page, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(await read(root, 'dist/sitemap.xml'), /flood-second/, 'an old address is not in the sitemap');
  });

  it('of a story with no article left leads home, and the ids file says so', async () => {
    assert.match(await read(root, 'dist/_redirects'), /^\/news\/stories\/removed-story\/ \/news\/ 301$/m);
    assert.match(await read(root, 'dist/stories/removed-story/index.html'), /This story was removed/);
    const ids = await read(root, IDS);
    assert.match(ids, /^- id: flood-second\n  redirect: flood-first$/m);
    assert.match(ids, /^- id: flood-oldest\n  redirect: flood-first$/m);
    assert.match(ids, /^- id: removed-story\n  retired: true$/m);
  });

  it('is never given to a new story', async () => {
    await writeFile(
      path.join(root, 'articles/removed-story.md'),
      '---\nheadline: Removed story\npublisher: reuters\ndate: 2025-04-01\nlanguage: en\n---\n\nParliament met in Brussels on Tuesday to discuss fishing quotas for the coming year, officials said.\n',
    );
    assert.equal((await runBuild(root)).code, 0);
    const ids = (await stories(root)).map((s) => s.id);
    assert.ok(ids.includes('removed-story-2') && !ids.includes('removed-story'), ids.join());
  });
});

describe('checking the ids file', () => {
  it('reports every problem located, and a failed build or a check leaves the file as it was', async () => {
    const root = await makeProject({});
    try {
      await cp(path.join(FIXTURES, 'stories/articles'), path.join(root, 'articles'), { recursive: true });
      const broken = [
        '- id: floods',
        '  articles: [flood-reuters]',
        '  retired: true',
        '- id: transfer',
        '  articles: [transfer-cnn, flood-reuters]',
        '- id: old',
        '  redirect: flods',
        '- id: loop-a',
        '  redirect: loop-b',
        '- id: loop-b',
        '  redirect: loop-a',
        '',
      ].join('\n');
      await writeFile(path.join(root, IDS), broken);
      for (const checkOnly of [false, true]) {
        const run = await runBuild(root, { checkOnly });
        assert.equal(run.code, 1);
        const lines = run.stderr.split('\n').filter((l) => l.startsWith(IDS));
        assert.deepEqual(lines, [
          `${IDS}:1:7  story-ids/kind  story id "floods" needs exactly one of "articles" (a story), "redirect" (an old id) or "retired: true"; it has articles and retired`,
          `${IDS}:5:28  story-ids/article-twice  article "flood-reuters" is listed under both "floods" and "transfer"; an article belongs to one story`,
          `${IDS}:7:13  story-ids/unknown-redirect  "old" redirects to "flods", which is no id in this file; did you mean "floods"?`,
          `${IDS}:9:13  story-ids/redirect-loop  "loop-a" redirects in a loop (loop-a → loop-b → loop-a); point it at a story that has articles, or retire it`,
          `${IDS}:11:13  story-ids/redirect-loop  "loop-b" redirects in a loop (loop-b → loop-a → loop-b); point it at a story that has articles, or retire it`,
        ]);
        assert.equal(await read(root, IDS), broken);
      }
    } finally {
      await removeProject(root);
    }
  });

  it('a check of a new site writes no ids', async () => {
    const root = await makeProject({});
    try {
      await cp(path.join(FIXTURES, 'stories/articles'), path.join(root, 'articles'), { recursive: true });
      assert.equal((await runBuild(root, { checkOnly: true })).code, 0);
      assert.equal(existsSync(path.join(root, IDS)), false);
    } finally {
      await removeProject(root);
    }
  });
});
