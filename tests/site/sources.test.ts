import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SOURCE_LIST } from '../../src/site/sources.ts';
import { makeProject, removeProject, runBuild } from '../support/helpers.ts';

const COUNT = SOURCE_LIST + 4;
const PLACES = ['Arden', 'Belmor', 'Corvale', 'Dunmere', 'Eastwick', 'Fairholt', 'Glenrow', 'Harwick'];

/** One short article on its own event: a distinct town, date and figure, so that none joins another's story. */
function article(i: number): string {
  const town = `${PLACES[i % PLACES.length]} ${String.fromCharCode(65 + Math.floor(i / PLACES.length))}`;
  const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
  return `---
headline: Council of ${town} approves budget number ${i}
publisher: reuters
date: ${day}
language: en
---

The council of ${town} approved a budget of ${100 + i} million pounds on ${day}, its treasurer said.
`;
}

// An outlet's page lists its newest articles, not all of them: it would otherwise grow with the archive.
describe('a source page on a large archive', () => {
  let root: string;
  const page = (file: string) => readFile(path.join(root, 'dist', file), 'utf8');
  before(async () => {
    const files = Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [`budget-${i}.md`, article(i)]));
    root = await makeProject(files);
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
  });
  after(() => removeProject(root));

  it('lists the newest articles, says how many there are and where the rest are', async () => {
    const html = await page('sources/reuters/index.html');
    const published = html.slice(html.indexOf('id="published"'), html.indexOf('id="compared"'));
    assert.match(
      published,
      new RegExp(`The newest ${SOURCE_LIST} of its ${COUNT} articles; <a href="/articles/">all articles</a>`),
    );
    const listed = [...published.matchAll(/href="\/articles\/(budget-\d+)\/"/g)].map((m) => m[1]);
    assert.equal(listed.length, SOURCE_LIST);
    assert.ok(listed.includes(`budget-${COUNT - 1}`), 'the newest article is listed');
    assert.ok(!listed.includes('budget-0'), 'the oldest is not');
  });

  it('gives the whole count in the sources index and every article in the articles index', async () => {
    assert.match(await page('sources/index.html'), new RegExp(`<td data-label="Published">${COUNT}</td>`));
    assert.equal([...(await page('articles/index.html')).matchAll(/href="\/articles\/budget-\d+\/"/g)].length, COUNT);
  });
});
