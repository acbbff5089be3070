import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
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

describe('a new person in a new article', () => {
  let root: string;
  let people: {
    id: string;
    name: string;
    role: string | null;
    inRegistry: boolean;
    spellings: string[];
    articles: string[];
    url: string;
  }[];
  before(async () => {
    root = await makeProject();
    await writeFile(path.join(root, 'articles/gdynia-crane-collapse.md'), ARTICLE);
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
    people = JSON.parse(await readFile(path.join(root, 'dist/data/people.json'), 'utf8'));
  });
  after(() => removeProject(root));

  it('gets a person page and an open-data entry, marked as not in the registry', async () => {
    const person = people.find((p) => p.id === 'katarzyna-nowicka');
    assert.ok(person, `no katarzyna-nowicka in ${people.map((p) => p.id).join(', ')}`);
    assert.equal(person.inRegistry, false);
    assert.equal(person.name, 'Katarzyna Nowicka');
    assert.equal(person.role, "port's safety director");
    assert.deepEqual(person.spellings, ['Katarzyna Nowicka', 'Nowicka']);
    assert.deepEqual(person.articles, ['gdynia-crane-collapse']);
    assert.equal(person.url, '/people/katarzyna-nowicka/');
    const page = await readFile(path.join(root, 'dist/people/katarzyna-nowicka/index.html'), 'utf8');
    assert.match(page, /Katarzyna Nowicka/);
    assert.match(page, /href="\/articles\/gdynia-crane-collapse\/"/);
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
});
