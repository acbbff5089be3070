import assert from 'node:assert/strict';
import { mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeProject, removeProject, runBuild, runCli } from '../support/helpers.ts';

describe('loading articles', () => {
  it('reports files it does not build (a hidden article, a text file) and ignores tool files', async () => {
    const article = '---\nheadline: A headline\npublisher: cnn\ndate: 2024-08-14\nlanguage: en\n---\n\nBody text.\n';
    const root = await makeProject({
      'real.md': article,
      '.hidden.md': article,
      'notes.txt': 'a note',
      '.gitkeep': '',
    });
    try {
      const run = await runBuild(root);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(
        run.stderr.split('\n').filter((l) => l.startsWith('articles/')),
        [
          'articles/.hidden.md:1:1  load/ignored-file  warning a hidden file (its name starts with a dot); it was not built: rename it to publish it',
          'articles/notes.txt:1:1  load/ignored-file  warning not an article (articles end in .md); it was not built',
        ],
      );
      assert.match(run.stdout, /^Built 1 articles/m);
    } finally {
      await removeProject(root);
    }
  });
});

describe('files the loader cannot take', () => {
  const article = '---\nheadline: A headline\npublisher: cnn\ndate: 2024-08-14\nlanguage: en\n---\n\nBody text.\n';

  it('says a symbolic link is not followed, for a file or a folder', async () => {
    const root = await makeProject({ 'real.md': article, 'elsewhere/other.md': article.replace('Body', 'Other body') });
    const outside = await makeProject({ 'outside.md': article });
    try {
      await symlink(path.join(outside, 'articles/outside.md'), path.join(root, 'articles/linked.md'));
      await symlink(path.join(outside, 'articles'), path.join(root, 'articles/folder'));
      const run = await runBuild(root);
      assert.equal(run.code, 0, run.stderr);
      const why = 'a symbolic link, which is not followed; it was not built: put the file itself here to publish it';
      assert.deepEqual(run.stderr.split('\n'), [
        `articles/folder:1:1  load/ignored-file  warning ${why}`,
        `articles/linked.md:1:1  load/ignored-file  warning ${why}`,
      ]);
      assert.match(run.stdout, /^Built 2 articles/m);
    } finally {
      await Promise.all([removeProject(root), removeProject(outside)]);
    }
  });

  it('names a registry that is a folder, in one located line', async () => {
    const root = await makeProject({ 'real.md': article });
    try {
      await rm(path.join(root, 'registries/people.yaml'));
      await mkdir(path.join(root, 'registries/people.yaml'));
      const run = await runCli(['build', '--root', root]);
      assert.equal(run.code, 1, run.stderr);
      assert.deepEqual(run.stderr.trimEnd().split('\n'), [
        'registries/people.yaml:1:1  load/unreadable  cannot be read: it is a folder, not a file',
        '1 error, 0 warnings; nothing was built, dist is unchanged.',
      ]);
    } finally {
      await removeProject(root);
    }
  });
});
