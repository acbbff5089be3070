import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readGoldPart } from '../../eval/gold.ts';
import { missingOutletEntries } from '../../eval/registry.ts';
import { containsPhrase, nameKey, quoteKey, stem } from '../../eval/text.ts';

describe('eval corpus helpers', () => {
  it('appends only the outlets the registry lacks, as the corpus README does', () => {
    const yaml = '- id: cnn\n  name: CNN\n';
    const outlets = {
      CNN: { id: 'cnn', aliases: [], homepage: 'https://cnn.com/', country: 'US', kind: 'outlet' },
      Fox: { id: 'fox', aliases: ['Fox News'], homepage: 'https://fox.com/', country: 'US', kind: 'outlet' },
    };
    assert.equal(
      missingOutletEntries(yaml, outlets),
      [
        '- id: fox',
        '  name: "Fox"',
        '  aliases: ["Fox News"]',
        '  homepage: https://fox.com/',
        '  country: US',
        '  kind: outlet',
        '',
      ].join('\n'),
    );
  });

  it('normalises names, quotes and number phrases', () => {
    assert.equal(nameKey('Trump’s'), 'trump');
    assert.equal(nameKey('Morsi\u200b'), 'morsi');
    assert.equal(nameKey('Mohamed  Morsi'), nameKey('mohamed morsi'));
    assert.equal(nameKey('Chris'), 'chris', 'only a possessive ending goes');
    assert.equal(quoteKey('“We’re here,”'), "we're here");
    assert.ok(containsPhrase('four hours into the 11-hour flight', '11-hour'));
    assert.ok(!containsPhrase('14 years', '4'));
    assert.equal(stem('injured'), stem('injuries'));
    assert.equal(stem('departure'), stem('departed'));
  });

  it('reads the annotation files that exist into one part, keyed by slug', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'eval-gold-'));
    try {
      const annotation = (event: string) => ({ event, furniture_lines: [], people: [], quotes: [], numbers: [] });
      const write = (name: string, articles: object) => writeFile(path.join(dir, name), JSON.stringify({ articles }));
      await write('one.json', { 'texts/a.txt': annotation('first'), 'texts/x.txt': annotation('x') });
      await write('two.json', { 'texts/a.txt': annotation('second'), 'texts/b.txt': annotation('b') });
      const record = (slug: string) => ({ file: `texts/${slug}.txt`, slug, publisher: 'p', date: null, event: slug });
      const manifest = ['a', 'b'].map(record);
      const warnings: string[] = [];
      const files = ['one.json', 'missing.json', 'two.json'].map((f) => path.join(dir, f));
      const part = await readGoldPart('dev', files, manifest, (w) => warnings.push(w));
      const read = part.articles.map((a) => [a.id, a.file, a.event]);
      assert.deepEqual(read, [
        ['a', 'texts/a.txt', 'first'],
        ['b', 'texts/b.txt', 'b'],
      ]);
      assert.equal(part.files.length, 2, 'a missing file is skipped');
      assert.equal(warnings.length, 2, 'an unknown file and a second annotation are reported');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
