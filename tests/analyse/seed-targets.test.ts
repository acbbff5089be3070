import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FIXTURES, makeProject, removeProject, runBuild } from '../support/helpers.ts';
import {
  attribution,
  claimRecall,
  discoveryIdOf,
  peopleScores,
  type SeedsData,
  type SeedsGold,
} from '../../eval/score/seeds.ts';

/**
 * The targets, measured on the five sample articles against a
 * hand-made annotation (tests/fixtures/seeds-gold/gold.json). The figures are
 * printed so they can be reported; the assertions hold the targets. The
 * scoring is shared with `npm run eval` (eval/score/seeds.ts).
 */
const gold: SeedsGold = JSON.parse(await readFile(path.join(FIXTURES, 'seeds-gold/gold.json'), 'utf8'));
const read = async (root: string): Promise<SeedsData> => {
  const json = async (f: string) => JSON.parse(await readFile(path.join(root, 'dist/data', f), 'utf8'));
  return { people: await json('people.json'), figures: await json('figures.json'), quotes: await json('quotes.json') };
};

describe('analysis targets on the sample articles', () => {
  let root: string;
  let data: SeedsData;
  before(async () => {
    root = await makeProject();
    assert.equal((await runBuild(root)).code, 0);
    data = await read(root);
  });
  after(() => removeProject(root));

  it('finds every person named, precision and recall >= 0.95', () => {
    const s = peopleScores(gold, data);
    console.log(
      `people (with registry): precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`,
      s.missed,
      s.extra,
    );
    assert.ok(s.precision >= 0.95 && s.recall >= 0.95, JSON.stringify(s));
  });

  it('keeps each person one entry with all spellings merged', () => {
    for (const [id, spellings] of Object.entries(gold.spellings)) {
      const p = data.people.find((x) => x.id === id);
      assert.ok(p, id);
      for (const s of spellings) assert.ok(p.spellings.includes(s), `${id} lacks ${s}: ${p.spellings.join(', ')}`);
    }
    assert.equal(data.people.length, 13);
  });

  it('captures numeric claims with the right unit >= 0.9', () => {
    const s = claimRecall(gold, data);
    console.log(
      `claims with the right unit: recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}`,
      s.missed,
    );
    assert.ok(s.recall >= 0.9, JSON.stringify(s));
  });

  it('attributes quotes to the right speaker >= 0.9', () => {
    const s = attribution(gold, data);
    console.log(`quote attribution: ${s.accuracy.toFixed(3)}`, s.wrong);
    assert.ok(s.accuracy >= 0.9, JSON.stringify(s));
  });

  it('finds the people by discovery alone, with an empty people registry', async () => {
    const bare = await makeProject();
    try {
      await writeFile(path.join(bare, 'registries/people.yaml'), '[]\n');
      assert.equal((await runBuild(bare)).code, 0);
      const found = await read(bare);
      // Without the registry, ids come from the names as written; map them to the annotated ids by surname.
      const idOf = discoveryIdOf(gold);
      const s = peopleScores(gold, found, idOf);
      console.log(
        `people (discovery only): precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, entries ${found.people.length}`,
        s.missed,
        s.extra,
      );
      assert.ok(s.precision >= 0.9 && s.recall >= 0.9, JSON.stringify(s));
    } finally {
      await removeProject(bare);
    }
  });
});
