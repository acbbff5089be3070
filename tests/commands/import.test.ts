import assert from 'node:assert/strict';
import { appendFile, chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { importArticles } from '../../src/index.ts';
import { htmlToArticle } from '../../src/import/html-to-article.ts';
import { textToArticle } from '../../src/import/text-to-article.ts';
import { parseFrontMatter } from '../../src/load/front-matter.ts';
import { SourcesFile } from '../../src/model/registries.ts';
import { FIXTURES, makeProject, REPO, removeProject, runBuild, runCli, type Run } from '../support/helpers.ts';

const PAGES = path.join(FIXTURES, 'pages');
const SEED = path.join(REPO, 'tests/fixtures/seeds/004_345e56f4d08bf12d.txt');
const SOURCES = SourcesFile.parse(parse(await readFile(path.join(REPO, 'registries/sources.yaml'), 'utf8')));
const FIXTURE_NAMES = (await readdir(PAGES)).sort();

interface Expected {
  pageUrl: string | null;
  headline: string;
  date: string | null;
  author: string | null;
  language: string;
  publisher: string;
  publisherDomain: string;
  url: string | null;
  slug: string;
}

const expectedOf = async (name: string) =>
  JSON.parse(await readFile(path.join(PAGES, name, 'expected.json'), 'utf8')) as Expected;
const pageOf = (name: string) => readFile(path.join(PAGES, name, 'page.html'), 'utf8');

/** The page as a browser's "Save Page As" leaves it: with the address it was saved from marked at the top. */
const savedPage = (html: string, url: string | null) =>
  url ? `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n${html}` : html;

/** `npm run import -- …` in the project folder, as an editor runs it there. */
const importIn = (root: string, ...args: string[]) => runCli(['import', '--root', root, ...args], root);

const frontMatterOf = async (root: string, file: string) => {
  const text = await readFile(path.join(root, file), 'utf8');
  return { text, ...parseFrontMatter(file, text) };
};

const noStackTrace = (run: Run) => {
  assert.doesNotMatch(run.stderr, /\n\s+at |ENOENT|EACCES|internal error/, run.stderr);
};

describe('npm run import: a folder of saved news pages', () => {
  let root = '';
  let first: Run;

  before(async () => {
    root = await makeProject({});
    await mkdir(path.join(root, 'saved'));
    for (const name of FIXTURE_NAMES) {
      const saved = savedPage(await pageOf(name), (await expectedOf(name)).pageUrl);
      await writeFile(path.join(root, 'saved', `${name}.html`), saved);
    }
    first = await importIn(root, 'saved/');
  });
  after(() => removeProject(root));

  it('imports each page, with a tally and no problem', () => {
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, '');
    assert.match(
      first.stdout,
      new RegExp(`^${FIXTURE_NAMES.length} articles imported, 0 already present, 0 problems\\.$`, 'm'),
    );
  });

  for (const name of FIXTURE_NAMES) {
    it(`${name}: the metadata the page states, said to be the page's, and its text`, async () => {
      const expected = await expectedOf(name);
      const file = `articles/${expected.slug}.md`;
      const { text, data, body } = await frontMatterOf(root, file);
      const fields = data as Record<string, string | undefined>;
      assert.equal(fields.headline, expected.headline);
      assert.equal(fields.date, expected.date ?? 'unknown');
      assert.equal(fields.author, expected.author ?? undefined);
      assert.equal(fields.publisher, expected.publisher);
      assert.equal(fields.url, expected.url ?? undefined);
      assert.equal(fields.language, expected.language);
      assert.equal(fields.origin, `saved/${name}.html`);
      const saved = `the saved page saved/${name}.html (saved from ${expected.pageUrl})`;
      assert.match(text, new RegExp(`^# Imported from ${escape(saved)}$`, 'm'));
      assert.match(text, /^headline: .* # from the page: (JSON-LD headline|og:title|<title>.*)$/m);
      if (expected.date) assert.match(text, /^date: \S+ # from the page: /m);
      if (expected.publisher !== 'unknown') {
        assert.match(text, /^publisher: \S+ # the page's address is on \S+, a domain of this source in registries/m);
      } else {
        assert.match(first.stdout, new RegExp(`^  domains: \\[${escape(expected.publisherDomain)}\\]$`, 'm'));
        assert.match(text, /^# TODO publisher: /m);
      }
      const page = htmlToArticle(await pageOf(name), expected.pageUrl ?? undefined, SOURCES);
      assert.equal(body, `\n${page.body}`);
      assert.match(first.stdout, new RegExp(`^wrote ${escape(file)} from saved/${name}\\.html: publisher `, 'm'));
    });
  }

  it('writes articles that npm run check accepts, with a warning for each TODO left', async () => {
    const checked = await runBuild(root, { checkOnly: true });
    assert.equal(checked.code, 0, checked.stderr);
    const rules = checked.stderr.split('\n').map((line) => line.split('  ')[1]);
    assert.ok(rules.length > 0);
    assert.deepEqual([...new Set(rules)], ['frontmatter/todo']);
  });

  it('skips what is already present when the folder is imported again, and changes nothing', async () => {
    const before = await readdir(path.join(root, 'articles'));
    const texts = await Promise.all(before.map((f) => readFile(path.join(root, 'articles', f), 'utf8')));
    const again = await importIn(root, 'saved/');
    assert.equal(again.code, 0, again.stderr);
    assert.match(
      again.stdout,
      new RegExp(`^0 articles imported, ${FIXTURE_NAMES.length} already present, 0 problems\\.$`, 'm'),
    );
    assert.match(again.stdout, /^saved\/bbc-jsonld\.html: already present as articles\/severn-flood-barriers-/m);
    assert.deepEqual(await readdir(path.join(root, 'articles')), before);
    assert.deepEqual(await Promise.all(before.map((f) => readFile(path.join(root, 'articles', f), 'utf8'))), texts);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('npm run import: inputs and options', () => {
  it('imports several files, raw text and page, and names each input it cannot import in one line', async () => {
    const root = await makeProject({});
    try {
      await mkdir(path.join(root, 'in'));
      await writeFile(path.join(root, 'in/seed.txt'), await readFile(SEED));
      await writeFile(path.join(root, 'in/notes.pdf'), '%PDF-1.4');
      const run = await importIn(root, 'in/seed.txt', 'missing.html', 'in/notes.pdf', 'in/', '--headline-line', '1');
      assert.equal(run.code, 1);
      noStackTrace(run);
      assert.deepEqual(run.stderr.trimEnd().split('\n'), [
        'missing.html: no such file or folder',
        'in/notes.pdf: not a .txt or .html file; import a raw text (.txt) or a saved web page (.html)',
      ]);
      assert.match(run.stdout, /^in\/: left out 1 file\(s\) that are neither \.txt nor \.html \(notes\.pdf\)$/m);
      assert.match(
        run.stdout,
        /^wrote articles\/top-newsukrainian-forces-advance-in-southern-russia-zelensky\.md from in\/seed\.txt: /m,
      );
      assert.match(run.stdout, /^in\/seed\.txt: already present as articles\/top-newsukrainian-forces-advance/m);
      assert.match(run.stdout, /^1 article imported, 1 already present, 2 problems\.$/m);
    } finally {
      await removeProject(root);
    }
  });

  it('says in one line that a file is too large, is a folder, or cannot be read', async () => {
    const root = await makeProject({});
    try {
      await writeFile(path.join(root, 'big.html'), Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
      await mkdir(path.join(root, 'folder.txt'));
      const locked = path.join(root, 'locked.txt');
      await writeFile(locked, 'A text no one may read.\n');
      await chmod(locked, 0);
      // Root reads any file whatever its mode: the last line is then an import like any other.
      const asRoot = process.getuid?.() === 0;
      const run = await importIn(root, 'big.html', 'folder.txt', 'locked.txt');
      noStackTrace(run);
      assert.deepEqual(run.stderr.trimEnd().split('\n'), [
        'folder.txt: no .txt or .html files in this folder',
        'big.html: 5242881 bytes; files over 5242880 bytes are not imported',
        ...(asRoot ? [] : ['locked.txt: cannot be read (permission denied)']),
      ]);
      assert.equal(run.code, 1);
    } finally {
      await removeProject(root);
    }
  });

  it('refuses wrong option values before reading any input, as check words them, and writes nothing', async () => {
    const root = await makeProject({});
    try {
      const page = path.join(PAGES, 'bbc-jsonld/page.html');
      const [publisher, date, slug, several, none, both] = await Promise.all([
        importIn(root, page, '--publisher', 'bbcc'),
        importIn(root, page, '--date', '14/08/2024'),
        importIn(root, page, '--slug', '../../x'),
        importIn(root, page, SEED, '--slug', 'one'),
        importIn(root),
        importIn(root, SEED, '--headline', 'H', '--headline-line', '1'),
      ]);
      for (const run of [publisher, date, slug, several, none, both]) {
        assert.equal(run.code, 2, run.stderr);
        assert.equal(run.stdout, '');
        noStackTrace(run);
      }
      assert.deepEqual(publisher.stderr.trimEnd().split('\n'), [
        '--publisher  reference/unknown-source  unknown publisher "bbcc"; it must be an id from registries/sources.yaml or "unknown"; did you mean "bbc"?',
        'import: nothing was imported; correct the option',
      ]);
      assert.match(
        date.stderr,
        /^--date {2}field\/bad-date {2}field "date": "14\/08\/2024" is not a real date written YYYY-MM-DD; write "unknown" if the text does not say$/m,
      );
      assert.match(
        slug.stderr,
        /^--slug {2}load\/bad-slug {2}file name gives the slug "\.\.\/\.\.\/x", which is not of the form lower-case-words-with-hyphens; did you mean "x"\?$/m,
      );
      assert.equal(several.stderr, 'import: --slug names one article; with several inputs, import that one alone\n');
      assert.equal(
        none.stderr,
        'import: give a file, a folder or an http(s) address to import; see npm run import -- --help\n',
      );
      assert.equal(both.stderr, 'import: give --headline or --headline-line, not both; see npm run import -- --help\n');
      assert.deepEqual(await readdir(root), ['registries']);
    } finally {
      await removeProject(root);
    }
  });

  it('never overwrites an article without --force, nor takes a slug used in a sub-folder', async () => {
    const root = await makeProject({ 'older/taken.md': 'x' });
    try {
      const page = path.join(PAGES, 'plain-markup/page.html');
      await writeFile(path.join(root, 'other.txt'), 'Another text\n\nWith its own words.\n');
      assert.equal((await importIn(root, SEED, '--slug', 'same')).code, 0);
      const written = await readFile(path.join(root, 'articles/same.md'), 'utf8');
      const clash = await importIn(root, 'other.txt', '--slug', 'same');
      assert.equal(clash.code, 1);
      assert.equal(
        clash.stderr,
        'other.txt: articles/same.md exists and holds another article; choose another name with --slug, or replace it with --force\n',
      );
      assert.equal(await readFile(path.join(root, 'articles/same.md'), 'utf8'), written);
      const forced = await importIn(root, 'other.txt', '--slug', 'same', '--force');
      assert.equal(forced.code, 0, forced.stderr);
      assert.match(await readFile(path.join(root, 'articles/same.md'), 'utf8'), /^With its own words\.$/m);
      const taken = await importIn(root, page, '--slug', 'taken', '--force');
      assert.equal(taken.code, 1);
      assert.match(
        taken.stderr,
        /: the slug "taken" is taken by articles\/older\/taken\.md; choose another with --slug\n$/,
      );
    } finally {
      await removeProject(root);
    }
  });

  it('says clearly when no slug can be made from the headline, and takes one from --slug', async () => {
    const root = await makeProject({});
    try {
      const words =
        '<p>東京都心で10センチの積雪を観測し、交通機関に大きな乱れが出ています。気象庁は引き続き警戒を呼びかけています。</p>'.repeat(
          12,
        );
      const html = `<!doctype html><html lang="ja"><title>東京で大雪</title><article><h1>東京で大雪</h1>${words}</article>`;
      await writeFile(path.join(root, 'snow.html'), html);
      const run = await importIn(root, 'snow.html');
      assert.equal(run.code, 1);
      assert.match(run.stderr, /^snow\.html: no file name can be made from the headline "東京で大雪" /);
      assert.match(run.stderr, /give one with --slug/);
      const named = await importIn(root, 'snow.html', '--slug', 'tokyo-snow');
      assert.equal(named.code, 0, named.stderr);
      assert.match(await readFile(path.join(root, 'articles/tokyo-snow.md'), 'utf8'), /^headline: 東京で大雪/m);
    } finally {
      await removeProject(root);
    }
  });

  it("gives --publisher, --date and --headline precedence over the page's, and says they were given", async () => {
    const root = await makeProject({});
    try {
      const page = path.join(PAGES, 'wordpress-opengraph/page.html');
      const run = await importIn(
        root,
        page,
        '--publisher',
        'afp',
        '--date',
        '2026-01-28',
        '--headline',
        'School to close',
      );
      assert.equal(run.code, 0, run.stderr);
      const { text } = await frontMatterOf(root, 'articles/school-to-close.md');
      assert.match(text, /^headline: School to close # given with --headline$/m);
      assert.match(text, /^publisher: afp # given with --publisher$/m);
      assert.match(text, /^date: 2026-01-28 # given with --date$/m);
      assert.match(text, /^author: Dana Whitfield # from the page: <meta name="author">$/m);
      assert.doesNotMatch(text, /TODO publisher|millbrookledger\.example is not/);
    } finally {
      await removeProject(root);
    }
  });

  it("an unknown outlet's draft entry, once pasted into the registry, names the outlet by its domain", async () => {
    const root = await makeProject({});
    try {
      const { pageUrl } = await expectedOf('wordpress-opengraph');
      await writeFile(path.join(root, 'ledger.html'), savedPage(await pageOf('wordpress-opengraph'), pageUrl));
      const run = await importIn(root, 'ledger.html');
      assert.equal(run.code, 0, run.stderr);
      const entry = run.stdout.slice(run.stdout.indexOf('- id: the-millbrook-ledger'), run.stdout.indexOf('\nNext:'));
      assert.match(entry, /domains: \[millbrookledger\.example\]$/);
      await appendFile(path.join(root, 'registries/sources.yaml'), `${entry.replace('country: XX', 'country: US')}\n`);
      const again = await importIn(root, 'ledger.html', '--force');
      assert.equal(again.code, 0, again.stderr);
      const { data, text } = await frontMatterOf(
        root,
        'articles/school-board-votes-5-2-to-close-alder-street-elementary.md',
      );
      assert.equal((data as { publisher: string }).publisher, 'the-millbrook-ledger');
      assert.match(text, /^publisher: the-millbrook-ledger # the page's address is on millbrookledger\.example, /m);
      assert.equal((await runBuild(root, { checkOnly: true })).code, 0);
    } finally {
      await removeProject(root);
    }
  });

  it('imports a raw text as before, in-process as npm run eval does', async () => {
    const root = await makeProject({});
    try {
      const lines: string[] = [];
      const io = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
      const options = { slug: 'seed', headlineLine: 1, publisher: 'cnn', date: '2024-08-14' };
      assert.equal(await importArticles({ root, inputs: [SEED], options, ...io }), 0, lines.join('\n'));
      const text = await readFile(SEED, 'utf8');
      const headline = text.split('\n')[0]!.trim();
      const origin = path.relative(root, SEED);
      assert.equal(
        await readFile(path.join(root, 'articles/seed.md'), 'utf8'),
        textToArticle(text, { headline, publisher: 'cnn', date: '2024-08-14', origin }),
      );
      assert.deepEqual(lines, [
        `wrote articles/seed.md from ${SEED}: publisher cnn, date 2024-08-14`,
        'Next: check the front matter, then run npm run check.',
      ]);
    } finally {
      await removeProject(root);
    }
  });
});

describe('npm run import: a page by its address', () => {
  let server: Server;
  let base = '';
  before(async () => {
    const bbc = await pageOf('bbc-jsonld');
    server = createServer((req, res) => {
      if (req.url === '/news/severn.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(bbc);
      else if (req.url === '/data.json') res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      else res.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('fetches it (here from 127.0.0.1), says where it came from, and names each failure in one line', async () => {
    const root = await makeProject({});
    try {
      const run = await importIn(root, `${base}/news/severn.html`, `${base}/gone.html`, `${base}/data.json`);
      assert.equal(run.code, 1);
      noStackTrace(run);
      assert.deepEqual(run.stderr.trimEnd().split('\n'), [
        `${base}/gone.html: the server answered 404 Not Found`,
        `${base}/data.json: not an HTML page (application/json)`,
      ]);
      const { data, text } = await frontMatterOf(
        root,
        'articles/severn-flood-barriers-held-back-record-river-level-agency.md',
      );
      const fields = data as Record<string, string>;
      assert.equal(fields.origin, `${base}/news/severn.html`);
      assert.equal(fields.headline, 'Severn flood barriers held back record river level, agency says');
      assert.equal(fields.url, 'https://www.bbc.co.uk/news/articles/c4g7zq2x1r9o');
      // A copy on another host is not the outlet's own page: the outlet is left to the editor.
      assert.equal(fields.publisher, 'unknown');
      assert.match(text, new RegExp(`^# Imported from ${escape(`${base}/news/severn.html`)}$`, 'm'));
      assert.match(text, /^# import warning: 127\.0\.0\.1 is not a public domain name/m);
      assert.match(run.stdout, /^1 article imported, 0 already present, 2 problems\.$/m);
    } finally {
      await removeProject(root);
    }
  });
});
