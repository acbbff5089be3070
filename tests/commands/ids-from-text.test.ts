import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeProject, removeProject, runBuild } from '../support/helpers.ts';

const article = (headline: string, publisher: string, body: string) =>
  `---\nheadline: ${headline}\npublisher: ${publisher}\ndate: 2024-05-01\nlanguage: en\n---\n\n${body}\n`;

/** Names and places in Cyrillic, Greek, Arabic and Chinese, and pairs that slug alike, in one story. */
const ARTICLES = {
  'a.md': article(
    'Floods hit the south',
    'reuters',
    [
      '"We lost everything," said Łukasz Żółć, a farmer. "The water came at night," said Lukasz Zolc, a teacher.',
      '"Nobody warned us," said Олена Петренко, a resident. Іван Коваленко said the river rose fast.',
      '"It was chaos," said Γιώργος Παπαδόπουλος. "We need help," said 王小明, a shop owner. "Pray for us," said أحمد الخطيب.',
      'At least 12 people were killed in the Харків region, officials said.',
      'Rescuers said 7 people were killed in Łódź. Police said 3 people were killed in Zürich.',
      'Police said 5 people were injured in Αθήνα. Doctors said 9 people were injured in حلب and 40 people were injured in 北京.',
    ].join('\n\n'),
  ),
  'b.md': article(
    'Southern floods kill dozens',
    'bbc',
    [
      '"We lost everything," said Lukasz Zolc.',
      'At least 14 people were killed in the Kharkiv region, officials said.',
      'Rescuers said 8 people were killed in Lodz. Police said 4 people were killed in Zurich.',
    ].join('\n\n'),
  ),
  // A headline with nothing to transliterate: its story's id is a stable hash.
  'c.md': article(
    '北京暴雨',
    'reuters',
    'Heavy rain closed 300 schools in the capital on Monday, the city government said.',
  ),
};

describe('ids made from text in any script', () => {
  let root: string;
  let run: Awaited<ReturnType<typeof runBuild>>;
  const data = async (kind: string) =>
    JSON.parse(await readFile(path.join(root, 'dist/data', `${kind}.json`), 'utf8')) as Record<string, unknown>[];

  before(async () => {
    root = await makeProject(ARTICLES);
    run = await runBuild(root, { cache: false });
  });
  after(() => removeProject(root));

  it('builds, as check passes', async () => {
    assert.equal(run.code, 0, run.stderr);
    assert.equal((await runBuild(root, { checkOnly: true })).code, 0);
  });

  it('gives every entity an id that is non-empty, safe in an address and unique', async () => {
    for (const kind of ['stories', 'people', 'figures', 'quotes', 'articles']) {
      const ids = (await data(kind)).map((e) => String(e.id));
      assert.ok(ids.length > 0, kind);
      for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${kind} id ${JSON.stringify(id)}`);
      assert.equal(new Set(ids).size, ids.length, `${kind} ids are unique`);
    }
    assert.ok(
      (await data('stories')).some((s) => /^x[0-9a-f]{10}$/.test(String(s.id))),
      'the story headed 北京暴雨 has a hash for an id',
    );
  });

  it('counts places whose names transliterate alike as one place', async () => {
    const byPlace = new Map(
      (await data('figures')).map((f) => [f.id, (f.claims as { value: number }[]).map((c) => c.value)]),
    );
    const killedIn = (place: string) => [...byPlace].find(([id]) => String(id).endsWith(`killed-${place}`))?.[1];
    assert.deepEqual(killedIn('kharkiv'), [12, 14]);
    assert.deepEqual(killedIn('lodz'), [7, 8]);
    assert.deepEqual(killedIn('zurich'), [3, 4]);
  });
});
