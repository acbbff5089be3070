// The repo's five sample articles, built as they are and again with an empty people registry, scored as
// tests/analyse/seed-targets.test.ts scores them.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO } from '../paths.ts';
import { readOpenData } from '../open-data.ts';
import { buildProject, makeProject } from '../project.ts';
import {
  attribution,
  claimRecall,
  discoveryIdOf,
  missingSpellings,
  peopleScores,
  type SeedsGold,
} from '../score/seeds.ts';

export const SEEDS_GOLD = path.join(REPO, 'tests/fixtures/seeds-gold/gold.json');

export interface SeedsResult {
  people: ReturnType<typeof peopleScores> & { entries: number };
  missingSpellings: string[];
  claims: ReturnType<typeof claimRecall>;
  quotes: ReturnType<typeof attribution>;
  discovery: ReturnType<typeof peopleScores> & { entries: number };
}

async function buildSeeds(tmp: string, name: string, emptyPeople: boolean) {
  const root = await makeProject(tmp, name);
  await cp(path.join(REPO, 'articles'), path.join(root, 'articles'), { recursive: true });
  if (emptyPeople) await writeFile(path.join(root, 'registries/people.yaml'), '[]\n');
  await buildProject(root, path.join(tmp, `${name}-timings.json`));
  return readOpenData(root);
}

export async function runSeeds(tmp: string, progress: (line: string) => void): Promise<SeedsResult> {
  const gold = JSON.parse(await readFile(SEEDS_GOLD, 'utf8')) as SeedsGold;
  progress('building the sample articles (with the people registry, and without)');
  const [data, bare] = [await buildSeeds(tmp, 'seeds', false), await buildSeeds(tmp, 'seeds-bare', true)];
  return {
    people: { ...peopleScores(gold, data), entries: data.people.length },
    missingSpellings: missingSpellings(gold, data),
    claims: claimRecall(gold, data),
    quotes: attribution(gold, data),
    discovery: { ...peopleScores(gold, bare, discoveryIdOf(gold)), entries: bare.people.length },
  };
}
