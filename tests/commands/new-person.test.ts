import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { OpenData } from '../../src/index.ts';
import { makeProject, removeProject, REPO, runBuild } from '../support/helpers.ts';

const ARTICLE = `---
headline: Harbour crane collapse injures three dock workers
publisher: reuters
date: 2025-05-14
language: en
---

Three dock workers were injured when a crane collapsed at the port of Gdynia on Tuesday, the port authority said.

"The crane had passed its inspection in March," said Katarzyna Nowicka, the port's safety director. She said 40 containers had fallen into the water.

Nowicka added that the port would stay closed until Friday.
`;

const SECOND = `---
headline: Gdynia port reopens after crane collapse
publisher: afp
date: 2025-05-16
language: en
---

The port of Gdynia reopened on Friday, three days after a crane collapsed and injured three dock workers.

"Every crane has been inspected again," Katarzyna Nowicka, the port's safety director, told reporters.
`;

type PersonRecord = OpenData['people'][number];

const readPeople = async (root: string): Promise<PersonRecord[]> =>
  JSON.parse(await readFile(path.join(root, 'dist/data/people.json'), 'utf8'));

describe('a new person in a new article', () => {
  let root: string;
  let people: PersonRecord[];
  before(async () => {
    root = await makeProject();
    await writeFile(path.join(root, 'articles/gdynia-crane-collapse.md'), ARTICLE);
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
    people = await readPeople(root);
  });
  after(() => removeProject(root));

  it('gets an open-data entry, marked as not in the registry', () => {
    const person = people.find((p) => p.id === 'katarzyna-nowicka');
    assert.ok(person, `no katarzyna-nowicka in ${people.map((p) => p.id).join(', ')}`);
    assert.equal(person.inRegistry, false);
    assert.equal(person.name, 'Katarzyna Nowicka');
    assert.equal(person.role, "port's safety director");
    assert.deepEqual(person.spellings, ['Katarzyna Nowicka', 'Nowicka']);
    assert.deepEqual(person.articles, ['gdynia-crane-collapse']);
  });

  it('named in one article, is shown on that article, which is where links to her lead, with no page of her own', async () => {
    assert.equal(people.find((p) => p.id === 'katarzyna-nowicka')?.url, '/articles/gdynia-crane-collapse/');
    assert.ok(!existsSync(path.join(root, 'dist/people/katarzyna-nowicka')));
    const article = await readFile(path.join(root, 'dist/articles/gdynia-crane-collapse/index.html'), 'utf8');
    assert.match(article, /<li id="person-katarzyna-nowicka">Katarzyna Nowicka —/);
    assert.doesNotMatch(article, /href="\/people\/katarzyna-nowicka\/"/);
    const articles: { id: string; story: string }[] = JSON.parse(
      await readFile(path.join(root, 'dist/data/articles.json'), 'utf8'),
    );
    const storyId = articles.find((a) => a.id === 'gdynia-crane-collapse')!.story;
    const story = await readFile(path.join(root, 'dist/stories', storyId, 'index.html'), 'utf8');
    assert.match(story, /href="\/articles\/gdynia-crane-collapse\/#person-katarzyna-nowicka"/);
    const index = await readFile(path.join(root, 'dist/people/index.html'), 'utf8');
    assert.doesNotMatch(index, /Katarzyna Nowicka/);
    assert.match(index, /1 other person is named in only one article/);
  });

  it('needs no registry change, and leaves the registry people as they were', async () => {
    assert.equal(
      await readFile(path.join(root, 'registries/people.yaml'), 'utf8'),
      await readFile(path.join(REPO, 'registries/people.yaml'), 'utf8'),
    );
    for (const id of ['vladimir-putin', 'oleksandr-syrskyi']) {
      assert.equal(people.find((p) => p.id === id)?.inRegistry, true, id);
      assert.ok(existsSync(path.join(root, 'dist/people', id, 'index.html')), id);
    }
  });

  it('named in a second article, gets a page, which both articles link to', async () => {
    await writeFile(path.join(root, 'articles/gdynia-port-reopens.md'), SECOND);
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
    const person = (await readPeople(root)).find((p) => p.id === 'katarzyna-nowicka');
    assert.deepEqual(person?.articles, ['gdynia-crane-collapse', 'gdynia-port-reopens']);
    assert.equal(person?.url, '/people/katarzyna-nowicka/');
    const page = await readFile(path.join(root, 'dist/people/katarzyna-nowicka/index.html'), 'utf8');
    assert.match(page, /href="\/articles\/gdynia-crane-collapse\/"/);
    assert.match(page, /href="\/articles\/gdynia-port-reopens\/"/);
    for (const slug of ['gdynia-crane-collapse', 'gdynia-port-reopens']) {
      const article = await readFile(path.join(root, `dist/articles/${slug}/index.html`), 'utf8');
      assert.match(article, /href="\/people\/katarzyna-nowicka\/"/, slug);
    }
    assert.ok(existsSync(path.join(root, 'dist/people/katarzyna-nowicka/feed.xml')));
  });
});
