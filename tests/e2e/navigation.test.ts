import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openSampleSite, skipBrowser, watch, type LiveSite } from '../support/browser.ts';

/**
 * A reader's way through the site, from the home page: each hop clicks the
 * first visible link in <main> to a page of the first listed folder that the
 * current page links to. Optional hops are taken when the page links there,
 * so once stories, people and figures exist the walk becomes
 * home → story → figure → person → outlet (a story links its compared
 * figures first; a figure page names its claimants), and on a site of
 * one article it is home → article → outlet, with no change here.
 */
const JOURNEY: { to: string[]; optional?: true }[] = [
  { to: ['stories', 'articles'] },
  { to: ['figures'], optional: true },
  { to: ['people'], optional: true },
  { to: ['sources'] },
];

/** The first visible link in <main> to a page (not the index) of the folder, or undefined. */
async function linkTo(page: Page, folder: string): Promise<string | undefined> {
  const hrefs = await page
    .locator('main a')
    .filter({ visible: true })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.find((href) => new RegExp(`^/${folder}/[^/]+/(#.*)?$`).test(href));
}

describe('reading the site in a browser', { skip: skipBrowser() }, () => {
  let site: LiveSite;
  before(async () => {
    site = await openSampleSite();
  });
  after(() => site?.close());

  it('follows links from the home page to an outlet, and back', async (t) => {
    const page = await site.browser.newPage();
    const problems = watch(page);
    await page.goto(`${site.url}/`);
    const visited = [page.url()];
    for (const hop of JOURNEY) {
      let href: string | undefined;
      for (const folder of hop.to) href ??= await linkTo(page, folder);
      if (!href && hop.optional) continue;
      assert.ok(href, `${page.url()} links to no page in ${hop.to.join(' or ')}`);
      await page.locator(`main a[href="${href}"]`).filter({ visible: true }).first().click();
      await page.waitForURL(site.url + href);
      assert.equal(await page.locator('h1').count(), 1, `${href} has one main heading`);
      visited.push(page.url());
    }
    t.diagnostic(`walked ${visited.map((u) => new URL(u).pathname).join(' → ')}`);
    // The samples have compared figures: the walk goes through a figure page that exists.
    assert.ok(
      visited.some((u) => /^\/figures\/[^/]+\/$/.test(new URL(u).pathname)),
      'a figure page on the way',
    );
    for (const expected of visited.slice(0, -1).reverse()) {
      await page.goBack();
      assert.equal(page.url(), expected, 'the back button returns to the previous page');
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('search finds a person by canonical name and by a misspelling, filters by outlet, person and story, and follows a result', async () => {
    const page = await site.browser.newPage();
    const problems = watch(page);
    await page.goto(`${site.url}/search/`);
    const input = page.getByLabel('Words to find');
    const links = () =>
      page
        .locator('#search-results a')
        .evaluateAll((found) => found.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const search = async (query: string) => {
      await input.fill(query);
      await page.waitForFunction(
        (q) =>
          /^\d+ results? for “/.test(document.getElementById('search-status')!.textContent!) &&
          document.getElementById('search-status')!.textContent!.includes(q),
        query,
      );
      return links();
    };
    assert.ok((await search('Vyacheslav Gladkov')).includes('/people/vyacheslav-gladkov/'), 'canonical name');
    assert.ok((await search('Kladkov')).includes('/people/vyacheslav-gladkov/'), 'a misspelling one outlet used');
    // Typing and pressing Enter at once start two searches; they share one load of the index, so no result doubles.
    await page.goto(`${site.url}/search/`);
    await input.pressSequentially('Kladkov');
    await input.press('Enter');
    await page.waitForFunction(() =>
      /^\d+ results? for “Kladkov”$/.test(document.getElementById('search-status')!.textContent!),
    );
    await page.waitForTimeout(500);
    const once = await links();
    assert.deepEqual(once, [...new Set(once)], 'no result twice');
    assert.match((await page.locator('#search-status').textContent())!, new RegExp(`^${once.length} results? for`));
    const all = await search('Kursk');
    const legends = await page.locator('#search-filters legend').allTextContents();
    assert.deepEqual(legends, ['Outlet', 'Person', 'Story']);
    await page.getByRole('checkbox', { name: /^CNN \(\d+\)$/ }).check();
    await page.waitForFunction(() =>
      document.getElementById('search-status')!.textContent!.includes('with the chosen filters'),
    );
    const cnnOnly = await links();
    // Articles by CNN only; the story stays, since CNN is one of its outlets.
    assert.deepEqual(
      cnnOnly.filter((p) => p.startsWith('/articles/')),
      ['/articles/ukrainian-forces-advance-in-southern-russia/'],
    );
    assert.ok(cnnOnly.length < all.length);
    await page.getByRole('checkbox', { name: /^Vladimir Putin/ }).check();
    assert.ok((await links()).length >= 1, 'outlet and person filters combine');
    await page.locator('#search-results a[href="/articles/ukrainian-forces-advance-in-southern-russia/"]').click();
    await page.waitForURL(`${site.url}/articles/ukrainian-forces-advance-in-southern-russia/`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('search keeps its filters collapsed on a phone, so the first result shows, and open beside the results on a desktop', async () => {
    for (const [width, height, open] of [
      [390, 844, false],
      [1280, 900, true],
    ] as const) {
      const page = await site.browser.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`${site.url}/search/?q=Kursk`);
      await page.waitForFunction(() =>
        /^\d+ results? for/.test(document.getElementById('search-status')!.textContent!),
      );
      assert.equal(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open), open);
      const first = await page.locator('#search-results li').first().boundingBox();
      if (width === 390) assert.ok(first && first.y + 20 < height, `the first result is above the fold (${first?.y})`);
      await page.close();
    }
  });
});
