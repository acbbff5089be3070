import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pageKinds } from '../support/serve.ts';
import { openSampleSite, skipBrowser, type LiveSite } from '../support/browser.ts';

const SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;
const STORY = '/stories/ukrainian-forces-advance-in-southern-russia/';
const FIGURE = '/figures/ukrainian-forces-advance-in-southern-russia-settlements-controlled/';
/** The sample story page on a phone before issue 15 (17,832 px); it must now be at most about a third of that. */
const PHONE_HEIGHT_BEFORE = 17_832;

describe('pages on a desktop and on a phone', { skip: skipBrowser() }, () => {
  let site: LiveSite;
  let pages: string[];
  before(async () => {
    site = await openSampleSite();
    // Every page kind, and the pages of each kind with the most in them.
    const fullest = [STORY, FIGURE, '/search/', '/sources/cnn/', '/people/vyacheslav-gladkov/'];
    pages = [...new Set([...(await pageKinds(site.dist)), ...fullest])];
  });
  after(() => site?.close());

  for (const size of SIZES) {
    it(`never scroll sideways at ${size.width}×${size.height}; wide tables scroll inside a labelled region`, async (t) => {
      const page = await site.browser.newPage();
      await page.setViewportSize(size);
      try {
        for (const url of pages) {
          await page.goto(site.url + url);
          // Collapsed sections are opened, so that what they hold is measured too.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          const seen = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth,
            // Tables wider than the page must sit in a region a keyboard can reach and a screen reader can name.
            unlabelled: [...document.querySelectorAll('table')].flatMap((table) => {
              const box = table.closest('.scroll');
              const named = box?.getAttribute('role') === 'region' && box.hasAttribute('aria-labelledby');
              return named && box!.getAttribute('tabindex') === '0'
                ? []
                : [table.querySelector('caption')?.textContent];
            }),
          }));
          assert.ok(seen.scrollWidth <= seen.innerWidth, `${url}: ${seen.scrollWidth} px wide in ${seen.innerWidth}`);
          assert.deepEqual(seen.unlabelled, [], `${url}: tables outside a labelled scrolling region`);
        }
        t.diagnostic(`checked ${pages.length} pages: ${pages.join(' ')}`);
      } finally {
        await page.close();
      }
    });
  }

  it('stacks table rows as cards on a phone, each value labelled by its column', async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize(SIZES[1]);
    try {
      await page.goto(site.url + FIGURE);
      const cell = page.locator('table.claims td[data-label="Exact words"]').first();
      assert.equal(await cell.evaluate((td) => getComputedStyle(td).display), 'block');
      assert.equal(await cell.evaluate((td) => getComputedStyle(td, '::before').content), '"Exact words: "');
      const box = await cell.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'the exact words are on screen');
    } finally {
      await page.close();
    }
  });

  it('draws charts whose text is at least 11 CSS px on a phone and never clipped', async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize(SIZES[1]);
    try {
      for (const url of [STORY, FIGURE]) {
        await page.goto(site.url + url);
        const charts = await page.locator('svg.chart').evaluateAll((svgs) =>
          svgs.map((svg) => {
            const frame = svg.getBoundingClientRect();
            const texts = [...svg.querySelectorAll('text')].map((t) => {
              const box = t.getBoundingClientRect();
              const size =
                parseFloat(getComputedStyle(t).fontSize) * (frame.width / (svg as SVGSVGElement).viewBox.baseVal.width);
              const inside =
                box.left >= frame.left - 0.5 &&
                box.right <= frame.right + 0.5 &&
                box.top >= frame.top - 0.5 &&
                box.bottom <= frame.bottom + 0.5;
              return { text: t.textContent, size, inside };
            });
            return { texts, described: !!svg.querySelector('desc')?.textContent, role: svg.getAttribute('role') };
          }),
        );
        assert.ok(charts.length > 0, `${url} has a chart`);
        for (const chart of charts) {
          assert.equal(chart.role, 'img');
          assert.ok(chart.described, 'a text alternative');
          for (const t of chart.texts) {
            assert.ok(t.size >= 11, `${url}: "${t.text}" is ${t.size.toFixed(1)} px`);
            assert.ok(t.inside, `${url}: "${t.text}" is clipped`);
          }
        }
      }
    } finally {
      await page.close();
    }
  });

  it('makes the sample story page on a phone at most about a third of its old height, with nothing dropped', async (t) => {
    const page = await site.browser.newPage();
    try {
      const heights: string[] = [];
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.goto(site.url + STORY);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        heights.push(`${size.width}×${size.height}: ${height} px`);
        if (size.width === 390) assert.ok(height <= PHONE_HEIGHT_BEFORE / 3, `${height} px on a phone`);
      }
      t.diagnostic(`story page height ${heights.join(', ')}`);
      // Collapsed is not dropped: every ledger row and quote is in the page.
      const figures = JSON.parse(await readFile(path.join(site.dist, 'data/figures.json'), 'utf8')) as unknown[];
      assert.equal(await page.locator('table.ledger tbody tr').count(), figures.length);
      assert.ok((await page.locator('.speaker li').count()) >= 26);
    } finally {
      await page.close();
    }
  });
});
