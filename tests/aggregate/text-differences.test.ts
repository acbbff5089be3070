import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTextRelations, type ArticleForClustering } from '../../src/aggregate/copies.ts';
import { textDifferences, wordChanges } from '../../src/aggregate/text-differences.ts';
import { articleFeatures } from '../../src/analyse/features.ts';

const article = (
  slug: string,
  date: string,
  paragraphs: string[],
  headline = 'Ferry fares rise',
): ArticleForClustering => ({
  slug,
  date,
  publisher: slug.split('-')[0]!,
  headline,
  paragraphs,
  features: articleFeatures(
    headline,
    paragraphs.map((text, i) => ({ text, line: i + 1 })),
  ),
  people: [],
  story: null,
});

const TEXT = [
  'The island ferry company raised its fares by £2 a crossing on Monday, blaming the price of fuel.',
  'A return ticket for a car and two adults now costs £86, the company said in a statement on its website.',
  'Residents of the islands, who depend on the ferry for shopping and hospital visits, said the rise would hurt.',
  'The harbour board will discuss the fares at its next meeting in June, its chair, Ilse Marwick, said.',
];

describe('wordChanges', () => {
  it('lists each changed run of words with what it is', () => {
    assert.deepEqual(
      wordChanges('It cost £86 on Monday, Ilse Marwick said.', 'It cost $86 on Tuesday, Ilse Marvik said.'),
      [
        { from: '£86', to: '$86', kind: 'number' },
        { from: 'Monday', to: 'Tuesday', kind: 'name' },
        { from: 'Marwick', to: 'Marvik', kind: 'name' },
      ],
    );
  });
});

describe('textDifferences', () => {
  it('pairs a reworded sentence with the original and lists added and left-out sentences', () => {
    const copy = [TEXT[0]!, TEXT[1]!.replace('£86', '£96'), 'The company runs six crossings a day.'];
    const d = textDifferences(TEXT, copy);
    assert.deepEqual(d.changed, [
      { from: TEXT[1], to: copy[1], changes: [{ from: '£86', to: '£96', kind: 'number' }] },
    ]);
    assert.deepEqual(d.added, ['The company runs six crossings a day.']);
    assert.deepEqual(d.removed, [TEXT[2], TEXT[3]]);
  });
});

describe('findTextRelations', () => {
  it('folds only the same words: a changed currency sign makes a version, not a copy', () => {
    const relations = findTextRelations([
      article('afp-ferry', '2025-05-01', TEXT),
      article(
        'bbc-ferry',
        '2025-05-01',
        TEXT.map((p) => p.replace(/\s+/g, '  ')),
      ),
      article('cnn-ferry', '2025-05-02', [TEXT[0]!.replace('£2', '$2'), ...TEXT.slice(1)]),
    ]);
    assert.deepEqual(
      relations.map((r) => [r.article, r.of, r.kind]),
      [
        ['bbc-ferry', 'afp-ferry', 'identical'],
        ['cnn-ferry', 'afp-ferry', 'version'],
      ],
    );
    assert.deepEqual(relations[1]!.differences.changed[0]!.changes, [{ from: '£2', to: '$2', kind: 'number' }]);
  });

  it('takes the longer text as the original of a shortened copy, whatever the dates', () => {
    const [r] = findTextRelations([
      article('afp-ferry', '2025-05-02', TEXT),
      article('dpa-ferry', '2025-05-01', TEXT.slice(0, 3), 'Island ferry fares up'),
    ]);
    assert.deepEqual(
      [r!.article, r!.of, r!.kind, r!.headline],
      ['dpa-ferry', 'afp-ferry', 'shortened', 'Island ferry fares up'],
    );
    assert.deepEqual(r!.differences.removed, [TEXT[3]]);
  });

  it('relates no texts that only share a quotation, and no empty texts', () => {
    const quote = '"We cannot keep the boats running at a loss," the company said in a statement on its website.';
    const relations = findTextRelations([
      article('afp-ferry', '2025-05-01', [...TEXT, quote]),
      article('bbc-fares', '2025-05-01', [
        'Islanders protested at the harbour on Tuesday against the new ferry fares.',
        quote,
        'About 200 people joined the protest, police said.',
        'A petition against the rise has been signed by 3,000 people.',
      ]),
      article('cnn-gallery', '2025-05-01', []),
      article('rt-gallery', '2025-05-01', []),
    ]);
    assert.deepEqual(relations, []);
  });
});
