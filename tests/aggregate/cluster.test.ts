import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { PeopleResolver } from '../../src/aggregate/people.ts';
import { buildStories } from '../../src/aggregate/stories.ts';
import type { ProcessedArticle } from '../../src/model/processed-article.ts';
import { processArticle } from '../../src/per-article/process-article.ts';
import { parseRegistries } from '../../src/validate/registries.ts';
import { FIXTURES, REPO } from '../support/helpers.ts';

// Four reports of a ferry capsizing (three dated within a day, one undated), an inquiry into it nine days
// later, and an unrelated football signing on the same day: texts written for these tests.
const EVENTS = path.join(FIXTURES, 'stories/events');

async function processed(): Promise<ProcessedArticle[]> {
  const file = async (f: string) => ({ file: f, bytes: await readFile(path.join(REPO, f)) });
  const { registries } = parseRegistries(
    await file('registries/sources.yaml'),
    await file('registries/people.yaml'),
    await file('registries/measures.yaml'),
  );
  const names = (await readdir(EVENTS)).sort();
  return Promise.all(
    names.map(async (n) => processArticle(`articles/${n}`, await readFile(path.join(EVENTS, n)), registries).article!),
  );
}

/** The stories as sorted lists of slugs, sorted. */
function storiesOf(articles: readonly ProcessedArticle[]): string[][] {
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const resolver = new PeopleResolver(sorted, []);
  return buildStories(sorted, resolver.idOf)
    .stories.map((s) => [...s.members].sort())
    .sort();
}

const redate = (a: ProcessedArticle, date: string | null): ProcessedArticle => ({ ...a, meta: { ...a.meta, date } });

describe('clustering articles into stories', () => {
  let articles: ProcessedArticle[];
  before(async () => {
    articles = await processed();
  });

  it('puts reports of one event worded differently in one story, an undated one included, and leaves the rest apart', () => {
    assert.deepEqual(storiesOf(articles), [
      ['ferry-afp', 'ferry-bbc', 'ferry-reuters', 'ferry-undated-cnn'],
      ['ferry-inquiry-cnn'],
      ['transfer-bbc'],
    ]);
  });

  it('keeps a later development apart by its date: the same article dated with the event joins it', () => {
    const sameDay = articles.map((a) => (a.slug === 'ferry-inquiry-cnn' ? redate(a, '2025-06-10') : a));
    assert.deepEqual(storiesOf(sameDay), [
      ['ferry-afp', 'ferry-bbc', 'ferry-inquiry-cnn', 'ferry-reuters', 'ferry-undated-cnn'],
      ['transfer-bbc'],
    ]);
  });

  it('never joins a report dated outside the window, however alike its words', () => {
    const late = articles.map((a) => (a.slug === 'ferry-afp' ? redate(a, '2025-07-10') : a));
    assert.deepEqual(storiesOf(late), [
      ['ferry-afp'],
      ['ferry-bbc', 'ferry-reuters', 'ferry-undated-cnn'],
      ['ferry-inquiry-cnn'],
      ['transfer-bbc'],
    ]);
  });

  it('gives the same stories whatever order the articles come in', () => {
    assert.deepEqual(storiesOf([...articles].reverse()), storiesOf(articles));
  });
});
