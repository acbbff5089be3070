import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { appendFile, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
      /^Built 5 articles in 1 story \(0 copies\), 7 sources, \d+ people \(\d+ with a page\), \d+ figures \(\d+ with a page, \d+ conflicting\), \d+ quotes, \d+ citations; 0 warnings, 0 to review; [\d.]+ s → /m,
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

  it('with nothing changed, says again what the last build said and writes nothing', async () => {
    const root = await makeProject();
    try {
      await writeFile(path.join(root, 'articles/notes.txt'), 'not an article');
      const inode = async () => (await stat(path.join(root, 'dist/index.html'))).ino;
      const first = await runBuild(root);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stderr, /notes\.txt/);
      const before = await inode();
      const again = await runBuild(root);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /^Built 5 articles .*\(nothing changed\); [\d.]+ s → /m);
      assert.equal(again.stderr, first.stderr, 'the same problems are reported');
      assert.equal(await inode(), before, 'the published site is untouched');
      const slug = SEED_ARTICLES[1]!;
      await appendFile(path.join(root, 'articles', `${slug}.md`), '\nA sentence added by the editor.\n');
      const edited = await runBuild(root);
      assert.equal(edited.code, 0, edited.stderr);
      assert.doesNotMatch(edited.stdout, /nothing changed/);
      assert.match(await readFile(path.join(root, 'dist/articles', slug, 'index.html'), 'utf8'), /added by the editor/);
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

describe('a build without articles', () => {
  const article = '---\nheadline: A headline\npublisher: cnn\ndate: 2024-08-14\nlanguage: en\n---\n\nBody text.\n';
  const EMPTY =
    'articles/:1:1  load/no-articles  warning no articles: the folder is empty or missing, so the site built has none';
  const REFUSED =
    'dist has 1 article and this build none: it is unchanged; build with --allow-empty to publish an empty site';
  let root: string;
  before(async () => {
    root = await makeProject({ 'one.md': article });
    assert.equal((await runBuild(root)).code, 0);
  });
  after(() => removeProject(root));

  it('does not replace a published site that has articles, whether articles/ is empty or missing', async () => {
    await rm(path.join(root, 'articles/one.md'));
    const empty = await runBuild(root);
    await rm(path.join(root, 'articles'), { recursive: true });
    const missing = await runCli(['build', '--root', root]);
    for (const run of [empty, missing]) {
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stderr.trimEnd(), `${EMPTY}\n${REFUSED}`);
      assert.ok(existsSync(path.join(root, 'dist/articles/one/index.html')), 'the published site is kept');
    }
    const checked = await runBuild(root, { checkOnly: true });
    assert.equal(checked.code, 0);
    assert.equal(checked.stderr, EMPTY);
  });

  it('publishes the empty site with --allow-empty, and then builds it again without', async () => {
    const allowed = await runCli(['build', '--root', root, '--allow-empty']);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.equal(allowed.stderr.trimEnd(), EMPTY);
    assert.ok(!existsSync(path.join(root, 'dist/articles/one')));
    assert.equal(await readFile(path.join(root, 'dist/data/articles.json'), 'utf8'), '[]\n');
    const again = await runBuild(root);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stderr, EMPTY);
  });
});
