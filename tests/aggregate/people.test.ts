import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PeopleResolver, sameName } from '../../src/aggregate/people.ts';

/** People resolved as in a build whose articles make one story. */
function resolvePeople(
  articles: ConstructorParameters<typeof PeopleResolver>[0],
  registry: ConstructorParameters<typeof PeopleResolver>[1],
) {
  const resolver = new PeopleResolver(articles, registry);
  resolver.settleSurnames(() => 'one story');
  return resolver.result();
}
import { processArticle } from '../../src/per-article/process-article.ts';
import { parseRegistries } from '../../src/validate/registries.ts';
import { REPO } from '../support/helpers.ts';
import type { ProcessedArticle } from '../../src/model/processed-article.ts';

describe('sameName', () => {
  it('merges spellings of one name: transliterations, a doubled letter, a missing first name', () => {
    assert.ok(sameName('Oleksiy Kovalenko', 'Olexiy Kovalenko'));
    assert.ok(sameName('Volodymyr Zelensky', 'Volodymyr Zelenskyy'));
    assert.ok(sameName('Yuriy Bondar', 'Yurii Bondar'));
    assert.ok(sameName('Kovalenko', 'Oleksiy Kovalenko'));
    assert.ok(sameName('O. Kovalenko', 'Oleksiy Kovalenko'));
  });

  it('never merges the male and female forms of a surname, however close', () => {
    assert.ok(!sameName('Ivan Petrov', 'Ivan Petrova'));
    assert.ok(!sameName('Valentin Petrov', 'Valentina Petrova'));
    assert.ok(!sameName('Ivanova', 'Georgi Ivanov'));
  });

  it('keeps apart different first names and merely similar surnames', () => {
    assert.ok(!sameName('Alexander Gusev', 'Artem Gusyev'));
    assert.ok(!sameName('Oleksiy Kovalenko', 'Oleksandr Kovalenko'));
    assert.ok(!sameName('Sergei Ivanov', 'Sergei Smirnov'));
  });

  it('merges a name with or without its middle names, and keeps apart different middle names', () => {
    assert.ok(sameName('Rod J. Rosenstein', 'Rod Rosenstein'));
    assert.ok(sameName('John F. Kennedy', 'John Fitzgerald Kennedy'));
    assert.ok(sameName('George H.W. Bush', 'George H. W. Bush'));
    assert.ok(sameName('Joseph R. Biden Jr.', 'Joseph Biden'));
    assert.ok(!sameName('George H.W. Bush', 'George W. Bush'));
    assert.ok(!sameName('John Addo Kufuor', 'John Agyekum Kufuor'));
  });
});

const registries = async () => {
  const file = async (f: string) => ({ file: f, bytes: await readFile(path.join(REPO, f)) });
  return parseRegistries(
    await file('registries/sources.yaml'),
    await file('registries/people.yaml'),
    await file('registries/measures.yaml'),
  ).registries;
};
const article = (slug: string, body: string, regs: Awaited<ReturnType<typeof registries>>): ProcessedArticle => {
  const text = `---\nheadline: Test ${slug}\npublisher: unknown\ndate: 2025-03-05\nlanguage: en\n---\n\n${body}\n`;
  return processArticle(`articles/${slug}.md`, new TextEncoder().encode(text), regs).article!;
};

describe('resolvePeople', () => {
  it('merges a close spelling into the registry person, keeps a female form apart, and sends a look-alike to review', async () => {
    const regs = await registries();
    const articles = [
      article('one', 'Governor Alexei Smirnof said the border was calm.', regs),
      article('two', 'Alexei Smirnova, a teacher in Kursk, said the school had closed.', regs),
      article('three', 'Benfica have signed striker Artem Gusyev from Shakhtar.', regs),
      article('four', 'Voronezh governor Alexander Guseff said drones were shot down.', regs),
    ];
    const { people, review } = resolvePeople(articles, regs.people);
    const byId = new Map(people.map((p) => [p.id, p]));
    assert.deepEqual(
      byId.get('alexei-smirnov')?.spellings.map((s) => s.text),
      ['Alexei Smirnof'],
    );
    assert.equal(byId.get('alexei-smirnova')?.inRegistry, false);
    assert.equal(byId.get('artem-gusyev')?.inRegistry, false);
    assert.ok(!byId.has('alexander-gusev'));
    // Same first name and a surname that sounds the same: a likely misspelling, for an editor to decide.
    // A different first name (Artem) makes a different person, however close the surname.
    assert.deepEqual(
      review.map((r) => `${r.name} → ${r.looksLike}`),
      ['Alexander Guseff → Alexander Gusev'],
    );
  });

  it("merges two articles' spellings of one new person into one entity with both spellings", async () => {
    const regs = await registries();
    const articles = [
      article('one', 'Oleksiy Kovalenko, head of the regional administration, said 300 homes were flooded.', regs),
      article('two', 'Regional governor Olexiy Kovalenko said the water was falling.', regs),
    ];
    const { people, idOf } = resolvePeople(articles, regs.people);
    assert.deepEqual(
      people.map((p) => `${p.id}: ${p.spellings.map((s) => s.text).join(', ')}`),
      ['oleksiy-kovalenko: Oleksiy Kovalenko, Olexiy Kovalenko'],
    );
    assert.equal(idOf('two', 'new:Olexiy Kovalenko'), 'oleksiy-kovalenko');
  });

  it('lists a surname alone as a spelling only where no one else of that surname is named', async () => {
    const regs = await registries();
    const articles = [
      article('one', 'Donald Trump spoke in Ohio. Melania Trump stayed in New York. Mrs. Trump said little.', regs),
      article('two', 'Donald Trump spoke in Texas. Trump said the race was over.', regs),
    ];
    const { people } = resolvePeople(articles, regs.people);
    assert.deepEqual(
      people.map((p) => `${p.id}: ${p.spellings.map((s) => s.text).join(', ')}`),
      ['donald-trump: Donald Trump, Trump', 'melania-trump: Melania Trump'],
    );
  });
});

describe('ids of people who share a name', () => {
  // A senator known only by his surname, in three stories: three people as far as the site can tell.
  const kennedy = (slug: string, regs: Awaited<ReturnType<typeof registries>>) =>
    article(slug, `Senator Kennedy said the bill in ${slug} would pass before the recess.`, regs);
  const ids = (articles: ProcessedArticle[], regs: Awaited<ReturnType<typeof registries>>) => {
    const resolver = new PeopleResolver(articles, regs.people);
    resolver.settleSurnames((slug) => `story of ${slug}`);
    const { idOf } = resolver.result();
    return new Map(articles.map((a) => [a.slug, idOf(a.slug, a.analysis.mentions[0]!.key)]));
  };

  it('keep each person at the same address when another of that name is found in an article read before them', async () => {
    const regs = await registries();
    const before = ids([kennedy('denver', regs), kennedy('miami', regs), kennedy('tulsa', regs)], regs);
    assert.equal(new Set(before.values()).size, 3, 'three people');
    for (const id of before.values()) assert.match(id!, /^kennedy-[0-9a-f]{4}$/);
    const after = ids(
      [kennedy('austin', regs), kennedy('denver', regs), kennedy('miami', regs), kennedy('tulsa', regs)],
      regs,
    );
    for (const [slug, id] of before) assert.equal(after.get(slug), id, slug);
  });

  it('keep a name only one person has as it is', async () => {
    const regs = await registries();
    assert.equal(ids([kennedy('denver', regs)], regs).get('denver'), 'kennedy');
  });
});
