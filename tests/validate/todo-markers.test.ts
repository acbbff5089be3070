import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.ts';
import { todoMarkers } from '../../src/validate/todo-markers.ts';
import { makeProject, removeProject, runBuild } from '../support/helpers.ts';

const article = (frontMatter: string) =>
  `---\n${frontMatter}\n---\n\nThe harbour reopened on Monday after a week of repairs to the sea wall.\n`;

describe('todoMarkers', () => {
  it('finds each comment that starts with TODO, at its line and column, and no "#" inside a value', () => {
    const frontMatter = [
      '# TODO date: YYYY-MM-DD if the text allows',
      "headline: 'Fix # TODO list'",
      'publisher: unknown  # todo: check the outlet',
      'author: "A. # TODO"',
      '#   country: XX  # TODO: part of a commented draft, not a TODO of its own',
      'language: en # not a todo',
    ].join('\n');
    assert.deepEqual(todoMarkers('articles/a.md', frontMatter).map(formatDiagnostic), [
      'articles/a.md:2:1  frontmatter/todo  warning a TODO is left in the front matter ("TODO date: YYYY-MM-DD if the text allows"); do it, then remove the comment',
      'articles/a.md:4:21  frontmatter/todo  warning a TODO is left in the front matter ("todo: check the outlet"); do it, then remove the comment',
    ]);
  });

  it('shortens a long TODO to 80 characters', () => {
    const [found] = todoMarkers('a.md', `# TODO ${'x'.repeat(200)}`);
    assert.match(found!.message, /\("TODO x{74}…"\)/);
  });
});

describe('npm run check with a TODO left in the front matter', () => {
  it('warns, located, and the build still runs', async () => {
    const root = await makeProject({
      'harbour.md': article(
        '# TODO publisher: a source id from registries/sources.yaml\nheadline: Harbour reopens\npublisher: unknown\ndate: unknown\nlanguage: en',
      ),
    });
    try {
      const checked = await runBuild(root, { checkOnly: true });
      assert.equal(checked.code, 0, checked.stderr);
      assert.deepEqual(checked.stderr.split('\n'), [
        'articles/harbour.md:2:1  frontmatter/todo  warning a TODO is left in the front matter ("TODO publisher: a source id from registries/sources.yaml"); do it, then remove the comment',
      ]);
      assert.match(checked.stdout, /1 warnings\.$/);
      const built = await runBuild(root);
      assert.equal(built.code, 0, built.stderr);
      assert.match(built.stdout, /^Built 1 articles .*1 warning,/);
    } finally {
      await removeProject(root);
    }
  });
});
