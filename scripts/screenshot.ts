// `npm run screenshot`: the README's picture of a story page, taken from a
// real build of the sample articles in headless Chromium (Debian's package).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/support/chromium.ts';
import { REPO, runScript, withSampleSite } from './sample-site.ts';
import { childPages, serveStatic } from '../tests/support/serve.ts';

runScript(() =>
  withSampleSite('screenshot', async (dist) => {
    const [page] = await childPages(dist, 'stories');
    if (!page) throw new Error('the sample site has no story page');
    const server = await serveStatic(dist);
    const profile = await mkdtemp(path.join(tmpdir(), 'triangulate-shot-'));
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1100, height: 1800 },
    });
    try {
      const tab = await browser.newPage();
      await tab.goto(server.url + page);
      const file = path.join(REPO, 'docs/story-page.png');
      await tab.screenshot({ path: file });
      console.log(`wrote ${path.relative(REPO, file)} from ${page}`);
    } finally {
      await browser.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
    return 0;
  }),
);
