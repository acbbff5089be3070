// `npm run screenshot`: the README's pictures, taken from a real build of the
// sample articles in headless Chromium (Debian's package): the story page and
// a figure page, each on a desktop (1280×900) and on a phone (390×844).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/support/chromium.ts';
import { REPO, runScript, withSampleSite } from './sample-site.ts';
import { childPages, serveStatic } from '../tests/support/serve.ts';

const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

runScript(() =>
  withSampleSite('screenshot', async (dist) => {
    const [story] = await childPages(dist, 'stories');
    // The figure with most reports: the one whose page shows a chart and a full table.
    const figure = (await childPages(dist, 'figures')).find((p) => p.endsWith('-settlements-controlled/'));
    if (!story || !figure) throw new Error('the sample site has no story page or no settlements figure');
    const server = await serveStatic(dist);
    const profile = await mkdtemp(path.join(tmpdir(), 'triangulate-shot-'));
    const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    try {
      const tab = await browser.newPage();
      for (const size of SIZES) {
        await tab.setViewportSize(size);
        for (const [kind, page] of [
          ['story', story],
          ['figure', figure],
        ] as const) {
          await tab.goto(server.url + page);
          // What a reader sees first: one screen, at the device's size.
          const file = path.join(REPO, `docs/${kind}-page-${size.name}.png`);
          await tab.screenshot({ path: file });
          console.log(`wrote ${path.relative(REPO, file)} from ${page}`);
        }
      }
    } finally {
      await browser.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
    return 0;
  }),
);
