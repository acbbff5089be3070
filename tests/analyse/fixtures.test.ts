import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readProject } from '../../src/index.ts';
import { FIXTURES, makeProject, removeProject, runBuild } from '../support/helpers.ts';
import { checkCase, type Check, type Expected, type Observed } from '../support/fixture-check.ts';

const dir = path.join(FIXTURES, 'analysis');
const cases = (await readdir(dir)).sort();
const REVIEW_LINE = /^review: '(.+?)' in \S+ looks like (.+?) \(/;

/** Builds one case's articles with the repository's registries; returns its open data, review list and dates. */
async function observe(name: string): Promise<Observed> {
  const articlesDir = path.join(dir, name, 'articles');
  const files = Object.fromEntries(
    await Promise.all(
      (await readdir(articlesDir)).map(async (f) => [f, await readFile(path.join(articlesDir, f))] as const),
    ),
  );
  const root = await makeProject(files);
  try {
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
    const data = async (kind: string) =>
      JSON.parse(await readFile(path.join(root, 'dist/data', `${kind}.json`), 'utf8'));
    // Dates are not in the open data yet: take them from the same pipeline the build ran.
    const { articles } = await readProject(root);
    return {
      people: await data('people'),
      quotes: await data('quotes'),
      figures: await data('figures'),
      review: run.stdout.split('\n').flatMap((l) => {
        const m = REVIEW_LINE.exec(l);
        return m ? [{ name: m[1]!, looksLike: m[2]! }] : [];
      }),
      dates: Object.fromEntries(articles.map((a) => [a.slug, a.analysis.dates])),
    };
  } finally {
    await removeProject(root);
  }
}

/** Fails with the list of differences only (a stack trace would bury them). */
function fail(lines: string[]): never {
  const error = new Error(`\n  ${lines.join('\n  ')}`);
  error.stack = error.message;
  throw error;
}

const line = (c: Check) => `${c.what}: ${c.problem}`;

describe('analysis fixtures: each case built as a site, its open data compared with what a reader finds in the text', () => {
  for (const name of cases) {
    it(name, async (t) => {
      const expected: Expected = JSON.parse(await readFile(path.join(dir, name, 'expected.json'), 'utf8'));
      const checks = checkCase(expected, await observe(name));
      for (const c of checks.filter((c) => c.todo)) {
        await t.test(`known failure: ${c.what}`, { todo: c.todo }, () => {
          if (c.problem) fail([line(c)]);
        });
      }
      const problems = checks.filter((c) => !c.todo && c.problem).map(line);
      if (problems.length) fail(problems);
    });
  }
});
