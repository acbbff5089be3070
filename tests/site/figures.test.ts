import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { FIXTURES, listFiles, makeProject, removeProject, runBuild } from '../support/helpers.ts';
import { brokenInternalLinks } from '../support/links.ts';

/**
 * Two reports of one ferry sinking (tests/fixtures/figure-pages): both give
 * the passengers rescued (two claims), one alone the cars on board (one
 * claim of a measure the editors' registry does not name) and the other
 * alone the people killed (one claim of a registry measure).
 */
const STORY = 'crete-ferry-sinking';
const COMPARED = `${STORY}-passengers-rescued-water`;
const REGISTRY = `${STORY}-people-killed`;
const LONE = `${STORY}-cars-carrying`;
const LONE_ARTICLE = '/articles/ferry-reuters/';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('figure pages, built from real articles', () => {
  let root: string;
  let dist: string;
  const read = (file: string) => readFile(path.join(dist, file), 'utf8');
  const page = async (url: string) => parseHTML(await read(`${url.slice(1)}index.html`)).document;
  /** Every href of every page of the site, by page. */
  const hrefs = async () => {
    const found: { file: string; href: string }[] = [];
    for (const file of (await listFiles(dist)).filter((f) => f.endsWith('.html'))) {
      const doc = parseHTML(await read(file)).document;
      for (const a of doc.querySelectorAll('a[href]')) found.push({ file, href: a.getAttribute('href')! });
    }
    return found;
  };
  before(async () => {
    const files = await readdir(path.join(FIXTURES, 'figure-pages'));
    root = await makeProject(
      Object.fromEntries(
        await Promise.all(files.map(async (f) => [f, await readFile(path.join(FIXTURES, 'figure-pages', f))] as const)),
      ),
    );
    dist = path.join(root, 'dist');
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /3 figures \(2 with a page, 0 conflicting\)/);
  });
  after(() => removeProject(root));

  it('give a figure with two claims a page', async () => {
    const doc = await page(`/figures/${COMPARED}/`);
    assert.equal(text(doc.querySelector('h1')), 'passengers rescued from the water');
    assert.equal(doc.querySelectorAll('table.claims tbody tr').length, 2);
  });

  it('give a figure of a registry measure a page, even with one claim', async () => {
    const doc = await page(`/figures/${REGISTRY}/`);
    assert.equal(text(doc.querySelector('h1')), 'people killed');
    assert.equal(doc.querySelectorAll('table.claims tbody tr').length, 1);
  });

  it('give a single claim of any other measure no page, and send every link to it to its place in its article', async () => {
    assert.equal(existsSync(path.join(dist, 'figures', LONE)), false);
    const all = await hrefs();
    assert.deepEqual(
      all.filter((h) => h.href.includes(LONE)),
      [],
      'nothing links to the page it does not have',
    );
    // Its article lists it, linked to where its words stand, which is an element of that page.
    const article = await page(LONE_ARTICLE);
    const item = [...article.querySelectorAll('#figures ~ ul li')].find((li) => /cars carrying/.test(text(li)))!;
    const href = item.querySelector('a')!.getAttribute('href')!;
    assert.match(href, new RegExp(`^${LONE_ARTICLE}#user-content-claim-\\d+$`));
    const number = article.getElementById(href.split('#')[1]!)!;
    assert.equal(number.tagName, 'SPAN', 'the number in the text is marked, not a link to itself');
    assert.equal(text(number), '40 cars');
    // Its story shows it in place: its value, exact words and a link into the article.
    const story = await page(`/stories/${STORY}/`);
    const row = [...story.querySelectorAll('table.ledger tbody tr')].find((tr) => /cars carrying/.test(text(tr)))!;
    assert.deepEqual(
      [...row.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      [href, href],
    );
    assert.match(text(row), /40 cars/);
    const only = [...story.querySelectorAll('details li')].find((li) => /cars carrying/.test(text(li)))!;
    assert.match(
      text(only),
      /40 cars — The ferry, built in 1998, was carrying 40 cars when it left the port of Heraklion\./,
    );
    assert.ok([...only.querySelectorAll('a')].every((a) => a.getAttribute('href') === href));
    // The numbers of figures with a page still link to their row on it.
    assert.ok(
      all.some((h) => h.file === 'articles/ferry-bbc/index.html' && h.href.startsWith(`/figures/${REGISTRY}/#`)),
    );
  });

  it('keep every figure in the open data, a figure without a page at the article that reports it', async () => {
    const figures = JSON.parse(await read('data/figures.json')) as { id: string; url: string; claims: unknown[] }[];
    assert.deepEqual(
      figures.map((f) => [f.id, f.url, f.claims.length]),
      [
        [LONE, LONE_ARTICLE, 1],
        [COMPARED, `/figures/${COMPARED}/`, 2],
        [REGISTRY, `/figures/${REGISTRY}/`, 1],
      ],
    );
    const stories = JSON.parse(await read('data/stories.json')) as { figures: string[] }[];
    assert.deepEqual(stories[0]!.figures, [LONE, COMPARED, REGISTRY]);
  });

  it('list only the figures with a page on the figures index, in the sitemap and as figure pages, and say how many are shown in place', async () => {
    const index = await page('/figures/');
    assert.deepEqual([...index.querySelectorAll('tbody th a')].map((a) => a.getAttribute('href')).sort(), [
      `/figures/${COMPARED}/`,
      `/figures/${REGISTRY}/`,
    ]);
    assert.match(text(index.querySelector('.lede')), /^2 figures with something to compare/);
    assert.equal(
      text(index.querySelector('.singles')),
      '1 other number is reported once, with nothing to set beside it: each is shown with its exact words in its article and on its story page, not on a page of its own.',
    );
    const sitemap = await read('sitemap.xml');
    assert.deepEqual(
      [...sitemap.matchAll(/\/figures\/[^<]*/g)].map((m) => m[0]),
      ['/figures/', `/figures/${COMPARED}/`, `/figures/${REGISTRY}/`],
    );
    const pages = (await listFiles(path.join(dist, 'figures'))).sort();
    assert.deepEqual(pages, [`${COMPARED}/index.html`, `${REGISTRY}/index.html`, 'index.html']);
  });

  it('have no internal link that leads nowhere', async () => {
    assert.deepEqual(await brokenInternalLinks(dist), []);
  });
});
