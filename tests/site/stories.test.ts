import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { COMPARISON_LABEL, DIFFERENCES } from '../../src/site/comparison.ts';
import { makeProject, removeProject, runBuild } from '../support/helpers.ts';

const LABELS = DIFFERENCES.map((c) => COMPARISON_LABEL[c]);

const STORY = 'stories/ukrainian-forces-advance-in-southern-russia/index.html';
const FIGURE = 'figures/ukrainian-forces-advance-in-southern-russia-settlements-controlled/index.html';
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the story page of the sample articles, as a reader meets it', () => {
  let root: string;
  const page = async (file: string) => parseHTML(await readFile(path.join(root, 'dist', file), 'utf8')).document;
  before(async () => {
    root = await makeProject();
    assert.equal((await runBuild(root)).code, 0);
  });
  after(() => removeProject(root));

  it('opens with one line of coverage that counts named outlets and unknown ones apart, and links its differences', async () => {
    const doc = await page(STORY);
    assert.equal(
      text(doc.querySelector('.coverage')),
      '5 articles from 2 named outlets and 3 of unknown origin · 14 August 2024 (4 undated) · 7 differences',
    );
    assert.equal(doc.querySelector('.coverage a.status')?.getAttribute('href'), '#differences');
    // The method note is no longer before the content: it is the last section, collapsed.
    assert.doesNotMatch(text(doc.querySelector('article.story > header')), /chosen by rule/);
    assert.match(text(doc.querySelector('#method')!.parentElement), /chosen by rule/);
    assert.ok(doc.querySelector('section.method details'));
  });

  it('puts where the accounts differ first, then agreement, then the rest, with a table of contents to each', async () => {
    const doc = await page(STORY);
    const sections = [...doc.querySelectorAll('article.story > section > h2')].map((h) => text(h));
    assert.deepEqual(sections, [
      'Where the accounts differ',
      'What the outlets agree on',
      "In the outlets' own words",
      'All figures',
      'Quotes',
      'People',
      'Timeline',
      'Coverage by outlet',
      'Articles',
      'How this page is made',
    ]);
    const toc = [...doc.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'));
    const ids = [...doc.querySelectorAll('article.story > section > h2')].map((h) => `#${h.id}`);
    assert.deepEqual(toc, ids);
  });

  it('gives each difference as one item: what is measured, each value with outlet, claimant and date, and its kind', async () => {
    const doc = await page(STORY);
    const figures = JSON.parse(await readFile(path.join(root, 'dist/data/figures.json'), 'utf8')) as {
      url: string;
      comparison: keyof typeof COMPARISON_LABEL;
    }[];
    // Every figure whose values differ, outlets differing first, each named in the figure data's words.
    const differ = figures.filter((f) => DIFFERENCES.includes(f.comparison));
    const items = [...doc.querySelectorAll('.difference')];
    assert.deepEqual(
      items.map((li) => li.querySelector('h3 a')!.getAttribute('href')).sort(),
      differ.map((f) => f.url).sort(),
    );
    const kinds = items.map((li) => text(li.querySelector('.status')));
    assert.deepEqual(
      kinds,
      [...kinds].sort((a, b) => LABELS.indexOf(a) - LABELS.indexOf(b)),
    );
    assert.ok(kinds.includes('Outlets differ'), kinds.join());
    for (const li of items) {
      const f = differ.find((x) => x.url === li.querySelector('h3 a')!.getAttribute('href'))!;
      assert.equal(text(li.querySelector('.status')), COMPARISON_LABEL[f.comparison]);
      if (f.comparison === 'claimants-differ')
        assert.match(text(li), /not a disagreement between outlets/, 'claimants differing is not outlets disagreeing');
      if (f.comparison === 'outlets-differ')
        assert.match(
          text(li),
          /Outlets report different values for the same claim: .* The site does not rule on which is right\./,
        );
      const desc = text(li.querySelector('svg.chart desc'));
      assert.match(desc, /reported by .* \((per |claimant not stated).*, (\d+ \w+ \d{4}|date unknown)\)/);
    }
    const settlements = items.find((li) => text(li.querySelector('h3')) === 'settlements under control')!;
    const desc = text(settlements.querySelector('svg.chart desc'));
    assert.match(desc, /74 settlements, reported by CNN \(per Volodymyr Zelensky, 14 August 2024\)/);
    assert.match(desc, /28 settlements, reported by Al Bawaba \(per Alexei Smirnov, date unknown\)/);
  });

  it('lists names spelled differently, each spelling with the outlets that used it, linked to the person', async () => {
    const doc = await page(STORY);
    const names = [...doc.querySelectorAll('#names + ul li')].map(text);
    assert.ok(
      names.includes('Vyacheslav Gladkov is also written “Kladkov” (CNN), “Vyacheslav Klatkov” (CNN).'),
      names.join('\n'),
    );
    assert.ok(!names.some((n) => n.startsWith('Vladimir Putin')), 'a surname alone is no other spelling');
    assert.ok(doc.querySelector('#names + ul a[href="/people/vyacheslav-gladkov/"]'));
  });

  it('says what the outlets agree on, apart from the differences', async () => {
    const doc = await page(STORY);
    const agreed = text(doc.querySelector('#agreement')!.parentElement);
    assert.match(
      agreed,
      /territory under control: 1,000 km² \(Al Bawaba; Unattributed article 2\) · about 1,000 km² \(Al Bawaba; CNN\)/,
    );
    assert.doesNotMatch(agreed, /depth of the advance|settlements under control/);
  });

  it('groups quotes under one heading per speaker, with no doubled quotation marks', async () => {
    const doc = await page(STORY);
    const speakers = [...doc.querySelectorAll('.speaker h3')].map(text);
    assert.equal(new Set(speakers).size, speakers.length, speakers.join(', '));
    assert.equal(speakers.filter((s) => s === 'Vladimir Putin').length, 1);
    for (const q of doc.querySelectorAll('q:not(.quoted)')) assert.doesNotMatch(text(q), /^[“"]/, text(q));
  });

  it('collapses the long sections, keeping everything in the page', async () => {
    const doc = await page(STORY);
    const collapsed = [...doc.querySelectorAll('details:not([open]) > summary')].map(text);
    const figures = JSON.parse(await readFile(path.join(root, 'dist/data/figures.json'), 'utf8')) as unknown[];
    assert.ok(collapsed.includes(`Every figure, outlet by outlet (${figures.length})`), collapsed.join(' | '));
    assert.ok(
      collapsed.some((s) => /^26 quotes from \d+ speakers$/.test(s)),
      collapsed.join(' | '),
    );
    assert.equal(doc.querySelectorAll('table.ledger tbody tr').length, figures.length);
    // The ledger scrolls inside a region named by its caption, never the page.
    const region = doc.querySelector('table.ledger')!.parentElement!;
    assert.equal(region.getAttribute('role'), 'region');
    assert.equal(region.getAttribute('aria-labelledby'), doc.querySelector('table.ledger caption')!.id);
  });

  it('names unattributed articles apart and the same way everywhere, never "publisher unknown"', async () => {
    for (const file of [STORY, FIGURE, 'sources/index.html', 'feed.xml']) {
      const html = await readFile(path.join(root, 'dist', file), 'utf8');
      assert.doesNotMatch(html, /publisher unknown/i, file);
    }
    const doc = await page(STORY);
    const columns = [...doc.querySelectorAll('table.ledger thead th')].map(text).slice(1);
    assert.deepEqual(columns, [
      'CNN',
      'Al Bawaba',
      'Unattributed article 1',
      'Unattributed article 2',
      'Unattributed article 3',
    ]);
  });

  it('gives a figure page its story, dates and chart, and its title names the story', async () => {
    const doc = await page(FIGURE);
    assert.match(
      text(doc.querySelector('title')),
      /^settlements under control · Ukrainian forces advance in southern Russia/,
    );
    assert.equal(
      doc.querySelector('.context a')?.getAttribute('href'),
      '/stories/ukrainian-forces-advance-in-southern-russia/',
    );
    assert.match(text(doc.querySelector('.lede')), /reported 14 August 2024 · 6 reports from 5 outlets/);
    assert.ok(doc.querySelector('svg.chart[role="img"] desc'));
    assert.equal(doc.querySelector('table.claims')!.parentElement!.getAttribute('role'), 'region');
  });

  it("sets a source's figures beside the other outlets', and links its stories", async () => {
    const doc = await page('sources/cnn/index.html');
    assert.ok(doc.querySelector('.context a[href="/stories/ukrainian-forces-advance-in-southern-russia/"]'));
    const compared = [...doc.querySelectorAll('.compared')];
    const settlements = compared.find((li) => text(li.querySelector('h3')).startsWith('settlements under control'))!;
    assert.match(text(settlements), /CNN 74 settlements per Volodymyr Zelensky, 14 August 2024/);
    assert.match(text(settlements), /Other outlets 28 settlements \(Al Bawaba, per Alexei Smirnov, date unknown\)/);
    // Figures others report too come first: that is where a comparison says something.
    const withOthers = compared.map((li) => !/none: only CNN reports it/.test(text(li)));
    assert.deepEqual(withOthers, [...withOthers].sort().reverse());
  });

  it('links a person page to the stories that name the person', async () => {
    const doc = await page('people/vyacheslav-gladkov/index.html');
    assert.ok(doc.querySelector('.context a[href="/stories/ukrainian-forces-advance-in-southern-russia/"]'));
  });
});
