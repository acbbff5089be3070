import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { pageKinds } from '../support/serve.ts';
import { openSampleSite, skipBrowser, watch, type LiveSite } from '../support/browser.ts';

// WCAG 2.2 AA, which includes the 2.0 and 2.1 A/AA rules. Legacy mode runs axe
// in the page itself instead of opening a helper page per run (three times
// faster); it only loses cross-origin frames, which the site has none of.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Heading order, landmarks and the skip link are axe "best practices", not WCAG tags; they are held to as well.
const RULES = [...WCAG, 'best-practice'];

describe('every page kind in a browser', { skip: skipBrowser() }, () => {
  let site: LiveSite;
  let pages: string[];
  before(async () => {
    site = await openSampleSite();
    pages = await pageKinds(site.dist);
  });
  after(() => site?.close());

  it('finds every page kind the site has', () => {
    for (const kind of ['/', '/404.html', '/articles/', '/sources/']) assert.ok(pages.includes(kind), kind);
    for (const folder of ['articles', 'sources'])
      assert.ok(
        pages.some((p) => p.startsWith(`/${folder}/`) && p !== `/${folder}/`),
        `a page in ${folder}/`,
      );
  });

  it("is served with the site's CSP, under which JSON-LD raises no violation and an inline script is blocked", async () => {
    const page = await site.browser.newPage();
    try {
      type Seen = { cspSeen: string[]; ranInline?: boolean };
      // Installed before the page's own parsing, so violations while loading count too.
      await page.addInitScript(() => {
        const w = window as unknown as Seen;
        w.cspSeen = [];
        document.addEventListener('securitypolicyviolation', (e) => w.cspSeen.push(e.violatedDirective));
      });
      const story = pages.find((p) => p.startsWith('/stories/') && p !== '/stories/') ?? '/';
      const response = await page.goto(site.url + story);
      assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self' 'wasm-unsafe-eval';/);
      assert.ok(await page.locator('script[type="application/ld+json"]').count(), 'the page has JSON-LD');
      const seen = () => page.evaluate(() => (window as unknown as Seen).cspSeen);
      assert.deepEqual(await seen(), []);
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.ranInline = true';
        document.head.append(s);
      });
      await page.waitForFunction(() => (window as unknown as Seen).cspSeen.length > 0);
      assert.deepEqual(await seen(), ['script-src-elem'], 'the policy is enforced');
      assert.equal(await page.evaluate(() => (window as unknown as Seen).ranInline), undefined);
    } finally {
      await page.close();
    }
  });

  it('shows keyboard focus, starting with a skip link to the main content', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}/`);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return {
          text: el.textContent,
          href: el.getAttribute('href'),
          inView: box.left >= 0 && box.top >= 0 && box.width > 0,
          outline: getComputedStyle(el).outlineStyle,
        };
      });
      assert.deepEqual(skip, { text: 'Skip to content', href: '#main', inView: true, outline: 'solid' });
      await page.keyboard.press('Enter');
      // Following a link to a fragment completes after the key press returns: wait for it, up to the default time-out.
      await page.waitForURL(/#main$/);
    } finally {
      await page.close();
    }
  });

  it('prints without navigation or feed links, with the address of each article link, and table rows kept whole', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}/articles/`);
      await page.emulateMedia({ media: 'print' });
      // No named inner functions here: the test's compiler would wrap them in a helper the page does not have.
      const printed = await page.evaluate(() => ({
        nav: getComputedStyle(document.querySelector('header.site nav')!).display,
        after: getComputedStyle(document.querySelector('main a[href^="/articles/"]')!, '::after').content,
      }));
      assert.equal(printed.nav, 'none');
      assert.match(printed.after, /^" <\/articles\/[^/]+\/>"$/);
      await page.goto(`${site.url}/people/vladimir-putin/`);
      const person = await page.evaluate(() => ({
        follow: getComputedStyle(document.querySelector('.follow')!).display,
        row: getComputedStyle(document.querySelector('tbody tr')!).breakInside,
      }));
      assert.deepEqual(person, { follow: 'none', row: 'avoid' });
      // Collapsed sections are printed open: the story's ledger is on paper.
      await page.goto(`${site.url}/stories/ukrainian-forces-advance-in-southern-russia/`);
      const ledger = await page.locator('table.ledger').boundingBox();
      assert.ok(ledger && ledger.height > 100, 'the ledger is printed');
    } finally {
      await page.close();
    }
  });

  it('loads each without console errors or failed requests, and with no WCAG 2.2 AA or axe best-practice violations in light or dark mode', async (t) => {
    for (const url of pages) {
      await t.test(url, async () => {
        const page = await site.browser.newPage();
        try {
          const problems = watch(page);
          await page.goto(site.url + url);
          for (const colorScheme of ['light', 'dark'] as const) {
            // Contrast differs between the two colour schemes, so each is audited.
            await page.emulateMedia({ colorScheme });
            assert.ok(
              await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme),
              colorScheme,
            );
            const axe = await new AxeBuilder({ page }).withTags(RULES).setLegacyMode(true).analyze();
            assert.ok(
              axe.passes.some((r) => r.id === 'color-contrast'),
              `${colorScheme}: contrast was checked`,
            );
            const violations = axe.violations.flatMap((v) =>
              v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`),
            );
            assert.deepEqual(violations, [], `${colorScheme} mode`);
            // What collapsed sections hold is audited too: axe skips what is not rendered.
            if (await page.locator('details:not([open])').count()) {
              await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
              const opened = await new AxeBuilder({ page }).withTags(RULES).setLegacyMode(true).analyze();
              const inside = opened.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
              assert.deepEqual(inside, [], `${colorScheme} mode, sections opened`);
              await page.reload();
            }
          }
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });
    }
  });
});
