import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { assertSameSite, makeProject, removeProject, runBuild, runCli } from '../support/helpers.ts';
import { brokenInternalLinks } from '../support/links.ts';

const SEED_ARTICLES = [
  'syrskyi-says-ukraine-controls-1000-square-km-of-kursk',
  'ukraine-advances-into-russias-kursk-region',
  'ukraine-claims-control-over-1000-square-km',
  'ukrainian-forces-advance-in-southern-russia',
  'ukrainian-offensive-pushes-deep-into-russian-territory',
];

describe('building the sample articles', () => {
  let root: string;
  let dist: string;
  before(async () => {
    root = await makeProject();
    dist = path.join(root, 'dist');
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout,
      /^Built 5 articles in 1 story \(0 copies\), 7 sources, \d+ people, \d+ figures \(\d+ conflicting\), \d+ quotes, \d+ citations; 0 warnings, 0 to review; [\d.]+ s → /m,
    );
  });
  after(() => removeProject(root));

  it('writes every page kind', () => {
    const pages = [
      'index.html',
      '404.html',
      'articles/index.html',
      'sources/index.html',
      ...SEED_ARTICLES.map((s) => `articles/${s}/index.html`),
      'sources/cnn/index.html',
      'sources/al-bawaba/index.html',
      'assets/style.css',
    ];
    for (const page of pages) assert.ok(existsSync(path.join(dist, page)), page);
  });

  it('writes the summary to build-report.json, without times', async () => {
    const report = JSON.parse(await readFile(path.join(dist, 'build-report.json'), 'utf8'));
    assert.deepEqual(
      {
        articles: report.articles,
        stories: report.stories,
        people: report.people,
        warnings: report.warnings,
        review: report.review,
      },
      { articles: 5, stories: 1, people: 13, warnings: [], review: [] },
    );
    assert.ok(report.figures > 0 && report.conflicts >= 2);
    assert.doesNotMatch(JSON.stringify(report), /seconds|ms"/);
  });

  it('has no broken internal links', async () => {
    assert.deepEqual(await brokenInternalLinks(dist), []);
  });

  it('writes open data that validates against its generated JSON Schemas', async () => {
    const ajv = new Ajv2020({ strict: false });
    for (const kind of ['articles', 'sources']) {
      const schema = JSON.parse(await readFile(path.join(dist, 'data/schema', `${kind}.json`), 'utf8'));
      const rows: { id: string }[] = JSON.parse(await readFile(path.join(dist, 'data', `${kind}.json`), 'utf8'));
      assert.ok(ajv.validate(schema, rows), `${kind}: ${ajv.errorsText()}`);
      const ids = rows.map((r) => r.id);
      assert.deepEqual(ids, [...ids].sort(), `${kind} sorted by id`);
    }
    const articles = JSON.parse(await readFile(path.join(dist, 'data/articles.json'), 'utf8'));
    assert.deepEqual(
      articles.map((a: { id: string }) => a.id),
      SEED_ARTICLES,
    );
    const cnn = articles.find((a: { id: string }) => a.id === 'ukrainian-forces-advance-in-southern-russia');
    assert.equal(cnn.source, 'cnn');
    assert.equal(cnn.published, '2024-08-14');
    assert.match(cnn.publishedInferred, /on Wednesday/);
    const unknown = articles.find((a: { id: string }) => a.id === 'ukraine-claims-control-over-1000-square-km');
    assert.equal(unknown.source, null);
    assert.equal(unknown.published, null);
  });

  it('shows unknown metadata as "unknown" and marks editor-written headlines', async () => {
    const page = await readFile(
      path.join(dist, 'articles/ukraine-advances-into-russias-kursk-region/index.html'),
      'utf8',
    );
    // Unknown, and named the way every page of the site names it.
    assert.match(page, /<dt>Publisher<\/dt>\s*<dd>unknown; this site calls it “Unattributed article 1”<\/dd>/);
    assert.match(page, /<dt>Published<\/dt>\s*<dd>unknown<\/dd>/);
    assert.match(page, /this descriptive headline was written by the editors/);
  });

  it('links sources to what they published and to the articles citing them', async () => {
    const sources = JSON.parse(await readFile(path.join(dist, 'data/sources.json'), 'utf8'));
    const byId = Object.fromEntries(sources.map((s: { id: string }) => [s.id, s]));
    assert.deepEqual(byId.cnn.articles, ['ukrainian-forces-advance-in-southern-russia']);
    assert.deepEqual(byId['al-bawaba'].articles, ['syrskyi-says-ukraine-controls-1000-square-km-of-kursk']);
    assert.deepEqual(byId.afp.citedBy, [
      'ukraine-claims-control-over-1000-square-km',
      'ukrainian-forces-advance-in-southern-russia',
    ]);
    assert.deepEqual(byId.breitbart.citedBy, ['ukraine-advances-into-russias-kursk-region']);
    assert.deepEqual(byId.bbc.citedBy, ['ukraine-claims-control-over-1000-square-km']);
    const afp = await readFile(path.join(dist, 'sources/afp/index.html'), 'utf8');
    assert.match(afp, /An unnamed official told AFP that the operation aims to/);
  });

  it('shows what the cleaner removed on the article page, and not in the text', async () => {
    const page = await readFile(
      path.join(dist, 'articles/ukrainian-forces-advance-in-southern-russia/index.html'),
      'utf8',
    );
    const [text, rest] = page.split('<h2 id="cites">');
    assert.doesNotMatch(text!, /See also|Exclusive content|Latest article|More article|Top News/);
    for (const removed of [
      'See also Courts issue injunctions',
      'Exclusive content',
      'Latest article',
      'More article',
      'Top NewsUkrainian forces advance',
    ]) {
      assert.ok(rest!.includes(removed), removed);
    }
  });

  it('is deterministic: a second build is byte-identical', async () => {
    const second = path.join(root, 'second');
    assert.equal((await runBuild(root, { out: second })).code, 0);
    await assertSameSite(dist, second);
  });

  it('drops the page of a deleted article on the next build', async () => {
    const slug = SEED_ARTICLES[0]!;
    const out = path.join(root, 'third');
    assert.equal((await runBuild(root, { out })).code, 0);
    assert.ok(existsSync(path.join(out, 'articles', slug, 'index.html')));
    await rm(path.join(root, 'articles', `${slug}.md`));
    assert.equal((await runBuild(root, { out })).code, 0);
    assert.ok(!existsSync(path.join(out, 'articles', slug)));
    assert.deepEqual(await brokenInternalLinks(out), []);
  });
});

describe('the build command', () => {
  it('runs from the CLI and prints a summary', async () => {
    const root = await makeProject();
    try {
      const run = await runCli(['build', '--root', root]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Built 5 articles/);
      assert.ok(existsSync(path.join(root, 'dist/index.html')));
    } finally {
      await removeProject(root);
    }
  });

  it('`check` validates without writing anything', async () => {
    const root = await makeProject();
    try {
      const run = await runBuild(root, { checkOnly: true });
      assert.equal(run.code, 0);
      assert.match(run.stdout, /Checked 5 articles/);
      assert.ok(!existsSync(path.join(root, 'dist')));
    } finally {
      await removeProject(root);
    }
  });
});
