// The benchmark's article generator, on a small corpus written here (so the
// test needs nothing from ../shared): same seed, same files; no repeated
// paragraph, no near-duplicate pair; front matter in the project's format.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { generatedArticle } from '../../bench/articles.ts';
import { distinctTexts, type CorpusText } from '../../bench/corpus.ts';
import { ArticleGenerator, type GeneratedArticle } from '../../bench/generate/generator.ts';
import { buildModels } from '../../bench/generate/model.ts';
import { Rng } from '../../bench/generate/prng.ts';
import { jaccard, shingles } from '../../bench/generate/shingles.ts';

const PUBLISHERS = ['bbc', 'cnn', 'reuters'];
const WORDS = {
  subject: [
    'The council',
    'Residents',
    'The mayor',
    'Officials',
    'The company',
    'Workers',
    'Pupils',
    'Farmers',
    'Doctors',
    'The board',
    'Shoppers',
    'Drivers',
  ],
  verb: [
    'approved',
    'rejected',
    'discussed',
    'criticised',
    'welcomed',
    'delayed',
    'questioned',
    'opposed',
    'praised',
    'reviewed',
    'announced',
    'blocked',
  ],
  object: [
    'the new budget',
    'plans for a bridge',
    'the school closure',
    'a pay offer',
    'bus fares',
    'a new stadium',
    'the hospital merger',
    'a parking scheme',
    'the flood defences',
    'a tax rise',
    'the museum',
    'a cycle lane',
  ],
  place: [
    'in Leeds',
    'in York',
    'near the river',
    'at the town hall',
    'in the city centre',
    'at the station',
    'in Hull',
    'in Derby',
    'near the port',
    'in the suburbs',
    'at the market',
    'in Bath',
  ],
  day: [
    'on Monday',
    'on Tuesday',
    'on Wednesday',
    'on Thursday',
    'on Friday',
    'last week',
    'on Saturday',
    'this month',
    'last night',
    'in March',
    'in April',
    'yesterday',
  ],
};
const SPEAKERS: [string, string][] = [
  ['Jane Smith', 'Ms Smith'],
  ['John Brown', 'Mr Brown'],
  ['Mary Jones', 'Mrs Jones'],
];

/** A small corpus of combinatorial sentences (so the chains branch), with quotes by named people. */
function tinyCorpus(): CorpusText[] {
  const rng = new Rng(7);
  const parts = ['subject', 'verb', 'object', 'place', 'day'] as const;
  const sentence = () => `${parts.map((k) => rng.pick(WORDS[k])).join(' ')}.`;
  const quote = () => {
    const [name, short] = rng.pick(SPEAKERS);
    const words = `We ${rng.pick(WORDS.verb)} ${rng.pick(WORDS.object)} ${rng.pick(WORDS.place)}`;
    return rng.chance(0.5) ? `"${words}," said ${name} of the Town Council.` : `"${words}," ${short} said.`;
  };
  const texts: CorpusText[] = [];
  for (const topic of ['news', 'sport']) {
    for (let n = 1; n <= 6; n++) {
      const paragraphs = Array.from({ length: 5 }, (_, i) =>
        [sentence(), ...(i > 0 ? [quote(), sentence()] : [])].join(' '),
      );
      const headline = `${rng.pick(WORDS.subject)} ${rng.pick(WORDS.verb)} ${rng.pick(WORDS.object)}`;
      texts.push({ topic, number: String(n).padStart(3, '0'), headline, body: `\n${paragraphs.join('\n\n')}\n` });
    }
  }
  return texts;
}

const COUNT = 60;
const generate = (seed: number): GeneratedArticle[] => [
  ...new ArticleGenerator(buildModels(distinctTexts(tinyCorpus())), PUBLISHERS, seed).take(COUNT),
];
const files = (articles: GeneratedArticle[]) => articles.map((a) => `${a.slug}\n${generatedArticle(a).file}`);

describe('bench article generator', () => {
  it('gives byte-identical files for the same seed, and others for another seed', () => {
    const first = files(generate(1));
    assert.deepEqual(files(generate(1)), first);
    assert.notDeepEqual(files(generate(2)), first);
  });

  it('never writes a paragraph twice, and no two articles are near-duplicates', () => {
    const articles = generate(3);
    const paragraphs = articles.flatMap((a) => a.paragraphs);
    assert.equal(new Set(paragraphs).size, paragraphs.length);
    const sets = articles.map((a) => shingles(a.paragraphs.join('\n')));
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        assert.ok(jaccard(sets[i]!, sets[j]!) < 0.3, `${articles[i]!.slug} and ${articles[j]!.slug}`);
      }
    }
  });

  it('writes valid front matter: headline, a registry publisher, a date in 2004-05, language en', () => {
    const articles = generate(4);
    assert.equal(new Set(articles.map((a) => a.slug)).size, COUNT);
    for (const a of articles) {
      assert.match(a.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      const file = generatedArticle(a).file;
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file) ?? [];
      const fm = parse(yaml) as Record<string, unknown>;
      assert.deepEqual(Object.keys(fm).sort(), ['date', 'headline', 'language', 'publisher']);
      assert.ok(typeof fm.headline === 'string' && fm.headline.trim() !== '', a.slug);
      assert.ok(PUBLISHERS.includes(fm.publisher as string), a.slug);
      assert.match(String(fm.date), /^200[45]-\d\d-\d\d$/);
      assert.equal(fm.language, 'en');
      assert.equal(body.trim().split('\n\n').length, a.paragraphs.length);
    }
  });

  it('groups articles into stories of about two: other outlets, dates two days apart at most, people shared', () => {
    const articles = generate(5);
    const stories = new Map<number, GeneratedArticle[]>();
    for (const a of articles) stories.set(a.story, [...(stories.get(a.story) ?? []), a]);
    const size = articles.length / stories.size;
    assert.ok(size > 1.3 && size < 2.7, `average story size ${size}`);
    const quoted = (a: GeneratedArticle) =>
      SPEAKERS.map(([name]) => name).filter((n) => a.paragraphs.join(' ').includes(n));
    for (const members of stories.values()) {
      if (members.length < 2) continue;
      assert.equal(new Set(members.map((a) => a.publisher)).size, Math.min(members.length, PUBLISHERS.length));
      const days = members.map((a) => Date.parse(a.date) / 86_400_000);
      assert.ok(Math.max(...days) - Math.min(...days) <= 2);
      assert.equal(new Set(members.map((a) => a.topic)).size, 1);
      const speakers = members.map(quoted).filter((names) => names.length > 0);
      const shared = speakers.reduce((common, names) => common.filter((n) => names.includes(n)), speakers[0] ?? []);
      assert.ok(speakers.length < 2 || shared.length > 0, `story ${members[0]!.story} quotes no one in common`);
    }
  });

  it('attributes quotes to people named in the corpus, in full first and by honorific and surname after', () => {
    const text = generate(6)
      .map((a) => a.paragraphs.join('\n'))
      .join('\n');
    assert.match(text, /," said (Jane Smith|John Brown|Mary Jones)[ .]/);
    assert.match(text, /(Ms Smith|Mr Brown|Mrs Jones) (said|added)/);
  });

  it('reads each byte-identical corpus text once', () => {
    const texts = tinyCorpus();
    assert.equal(distinctTexts([...texts, { ...texts[0]!, number: '999' }]).length, texts.length);
  });
});
