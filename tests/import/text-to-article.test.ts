import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { paragraphsOf, textBlocks } from '../../src/markdown/text-blocks.ts';
import { parseFrontMatter } from '../../src/load/front-matter.ts';
import { escapeMarkdown, textToArticle } from '../../src/import/text-to-article.ts';
import { parseMarkdown } from '../../src/markdown/render.ts';
import { REPO } from '../support/helpers.ts';

const SEEDS = path.join(REPO, 'tests/fixtures/seeds');
const renderedText = (article: string) =>
  paragraphsOf(textBlocks(parseMarkdown(parseFrontMatter('a.md', article).body)), 0).map((p) => p.text);

describe('textToArticle', () => {
  it('keeps the exact words of every seed, one paragraph per line', async () => {
    for (const name of (await readdir(SEEDS)).filter((f) => f.endsWith('.txt'))) {
      const text = await readFile(path.join(SEEDS, name), 'utf8');
      const lines = text
        .split('\n')
        .map((l) =>
          l
            .replace(/^\s*•\s*/, '')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter(Boolean);
      assert.deepEqual(renderedText(textToArticle(text, {})), lines, name);
    }
  });

  it('drops soft hyphens and zero-width spaces, which a reader never sees', () => {
    const text = 'two \u00adsupermoons\nlaunch\u200b over Japan\u200b';
    assert.deepEqual(renderedText(textToArticle(text, {})), ['two supermoons', 'launch over Japan']);
  });

  it('escapes Markdown so markup characters render as written', () => {
    const tricky = [
      '# not a heading',
      '> not a quote',
      '- not a list',
      '1. not a list',
      '*stars* and _underscores_ and `ticks`',
      '[not](a link) <not@html> &amp;',
      '---',
      '+ plus',
    ];
    assert.deepEqual(renderedText(textToArticle(tricky.join('\n'), {})), tricky);
    assert.equal(escapeMarkdown('a*b'), 'a\\*b');
  });

  it('turns • bullets into a list and writes a front-matter skeleton', () => {
    const article = textToArticle('Headline\n\n  • one\n  • two\nAfter', {
      headline: 'Headline',
      origin: 'seeds/x.txt',
    });
    assert.match(
      article,
      /^---\n# TODO publisher: .*\n# TODO date: .*\nheadline: Headline\npublisher: unknown\ndate: unknown\nlanguage: en\norigin: seeds\/x.txt\n---\n/,
    );
    assert.match(article, /\n- one\n- two\n\nAfter\n$/);
  });
});
