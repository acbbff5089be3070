import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { pageKinds } from '../../scripts/serve.ts';
import { openSampleSite, skipBrowser, watch, type LiveSite } from '../browser.ts';

// WCAG 2.2 AA, which includes the 2.0 and 2.1 A/AA rules. Legacy mode runs axe
// in the page itself instead of opening a helper page per run (three times
// faster); it only loses cross-origin frames, which the site has none of.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
    for (const folder of ['articles', 'sources']) assert.ok(pages.some((p) => p.startsWith(`/${folder}/`) && p !== `/${folder}/`), `a page in ${folder}/`);
  });

  it('loads each without console errors or failed requests, and with no WCAG 2.2 AA violations in light or dark mode', async (t) => {
    for (const url of pages) {
      await t.test(url, async () => {
        const page = await site.browser.newPage();
        try {
          const problems = watch(page);
          await page.goto(site.url + url);
          for (const colorScheme of ['light', 'dark'] as const) {
            // Contrast differs between the two colour schemes, so each is audited.
            await page.emulateMedia({ colorScheme });
            assert.ok(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme), colorScheme);
            const axe = await new AxeBuilder({ page }).withTags(WCAG).setLegacyMode(true).analyze();
            assert.ok(axe.passes.some((r) => r.id === 'color-contrast'), `${colorScheme}: contrast was checked`);
            const violations = axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`));
            assert.deepEqual(violations, [], `${colorScheme} mode`);
          }
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });
    }
  });
});
