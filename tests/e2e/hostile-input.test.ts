import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openSite, skipBrowser, type LiveSite } from '../support/browser.ts';
import {
  addPreviousSite,
  assertPreviousSiteKept,
  listFiles,
  makeProject,
  removeProject,
  runBuild,
  type Run,
} from '../support/helpers.ts';
import {
  activeContent,
  addCase,
  asExpected,
  HOSTILE,
  hostileCases,
  parseReport,
  visibleText,
  type Case,
} from '../support/hostile.ts';

// Every case ends either in located errors (nothing built, the previous site
// kept) or in a site where its payload is inert: shown as text, never run.
// Each payload tries to set window.__pwned to its case's name.
const cases = await hostileCases();
const errorCases = cases.filter((c) => c.expect.outcome === 'error');
const inertCases = cases.filter((c) => c.expect.outcome === 'inert');
const CASE_TIMEOUT = 20_000;
const FAST_MS = 3_000;

type Global = typeof globalThis & { __pwned?: unknown };
const untouched = () => {
  assert.equal((globalThis as Global).__pwned, undefined, 'no payload ran in the build process');
  assert.equal(({} as { polluted?: unknown }).polluted, undefined, 'Object.prototype is not polluted');
};

/** The article pages a case's files become. */
const pagesOf = (c: Case) =>
  readdir(path.join(HOSTILE, c.name, 'articles')).then(
    (files) => files.filter((f) => f.endsWith('.md')).map((f) => `/articles/${f.slice(0, -3)}/`),
    () => [],
  );

describe('hostile input', () => {
  it('has at least 40 cases, each with its expected outcome and the reason for it', () => {
    assert.ok(cases.length >= 40, `${cases.length} cases`);
    for (const c of cases) {
      assert.ok(['error', 'inert'].includes(c.expect.outcome) && c.expect.why, c.name);
      assert.equal(
        c.expect.outcome === 'error',
        (c.expect.errors?.length ?? 0) > 0,
        `${c.name}: an error case lists its errors, an inert one none`,
      );
    }
  });

  describe('refused: located errors, exit code 1, the previous dist/ untouched', () => {
    for (const c of errorCases) {
      it(c.name, { timeout: CASE_TIMEOUT }, async () => {
        const root = await makeProject({});
        try {
          await addCase(root, c.name);
          await addPreviousSite(root);
          const started = performance.now();
          const run = await runBuild(root);
          const ms = performance.now() - started;
          untouched();
          assert.equal(run.code, 1, run.stderr);
          const { reported, malformed } = parseReport(run.stderr);
          assert.deepEqual(malformed, [], 'every message is path:line:col  rule-id  message, with a catalogue rule');
          const errors = reported.filter((r) => r.severity === 'error');
          const got = await Promise.all(errors.map((r) => asExpected(c.name, r)));
          for (const e of c.expect.errors!) assert.ok(got.includes(e), `expected ${e}, got:\n${got.join('\n')}`);
          const rules = new Set(c.expect.errors!.map((e) => e.split(' ')[1]));
          assert.deepEqual(
            got.filter((g) => !rules.has(g.split(' ')[1])),
            [],
            'no error of another rule',
          );
          for (const [at, column] of Object.entries(c.expect.columns ?? {})) {
            assert.ok(
              errors.some((r) => got[errors.indexOf(r)]!.startsWith(`${at} `) && r.column === column),
              `${at}:${column}`,
            );
          }
          for (const m of c.expect.messages ?? [])
            assert.ok(
              errors.some((r) => r.message.includes(m)),
              `a message says "${m}"`,
            );
          if (c.expect.fast) assert.ok(ms < FAST_MS, `refused in ${ms.toFixed(0)} ms`);
          assert.match(run.stderr, /nothing was built, dist is unchanged\.$/);
          await assertPreviousSiteKept(root);
        } finally {
          await removeProject(root);
        }
      });
    }
  });

  describe('built: every payload is inert', () => {
    // All inert cases share one project (each in its own folder of articles/, with distinct slugs): one build, each page visited once.
    let root: string;
    let dist: string;
    let run: Run;
    before(async () => {
      root = await makeProject({});
      for (const c of inertCases) await addCase(root, c.name);
      run = await runBuild(root);
      untouched();
      assert.equal(run.code, 0, run.stderr);
      dist = path.join(root, 'dist');
    });
    after(() => removeProject(root));

    for (const c of inertCases) {
      it(c.name, { timeout: CASE_TIMEOUT }, async () => {
        const { reported, malformed } = parseReport(run.stderr);
        assert.deepEqual(malformed, []);
        const mine = reported.filter((r) => r.file.startsWith(`articles/${c.name}/`));
        const warnings = await Promise.all(mine.map((r) => asExpected(c.name, r)));
        for (const w of c.expect.warnings ?? [])
          assert.ok(warnings.includes(w), `expected ${w}, got:\n${warnings.join('\n')}`);
        for (const url of await pagesOf(c)) {
          const html = await readFile(path.join(dist, url, 'index.html'), 'utf8');
          assert.deepEqual(activeContent(html), [], url);
          const text = visibleText(html);
          for (const s of c.expect.shows ?? [])
            assert.ok(text.includes(s), `${url} shows ${JSON.stringify(s)} as text`);
        }
      });
    }

    it('no page of the site has a <script>, an on*= attribute or a javascript:/vbscript:/data: URL', async () => {
      const found: string[] = [];
      for (const f of (await listFiles(dist)).filter((f) => f.endsWith('.html')))
        found.push(...activeContent(await readFile(path.join(dist, f), 'utf8')).map((a) => `${f}: ${a}`));
      assert.deepEqual(found, []);
    });

    describe('in a browser', { skip: skipBrowser() }, () => {
      let site: LiveSite;
      const seen = new Map<string, string[]>();
      before(async () => {
        site = await openSite(dist);
        // Nothing leaves the machine: payload images point at example.invalid, and would only slow the visits down.
        await site.browser.route(
          (url) => !url.href.startsWith(site.url),
          (route) => route.abort(),
        );
        await site.browser.addInitScript(() => {
          for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
            Object.defineProperty(window, name, {
              value: (m?: unknown) => ((window as { __pwned?: unknown }).__pwned = `${name}(${String(m)})`),
            });
          }
        });
        const page = await site.browser.newPage();
        try {
          for (const f of (await listFiles(dist)).filter((f) => f.endsWith('.html'))) {
            const url = `/${f.replace(/index\.html$/, '')}`;
            seen.set(url, await visit(page, site.url + url));
          }
        } finally {
          await page.close();
        }
      });
      after(() => site?.close());

      it('visited every page', () => assert.ok(seen.size >= inertCases.length, `${seen.size} pages`));

      for (const c of inertCases) {
        it(`${c.name}: its pages load with no payload run, no dialog, nothing clobbered`, async () => {
          for (const url of await pagesOf(c)) assert.deepEqual(seen.get(url), [], url);
          const elsewhere = [...seen].filter(([, problems]) =>
            problems.some((p) => p.includes(`'${c.name}'`) || p.includes(c.name)),
          );
          assert.deepEqual(elsewhere, []);
        });
      }

      it('searching for the payloads shows them as text in the results', { timeout: CASE_TIMEOUT }, async (t) => {
        if (!seen.has('/search/')) return t.skip('the site has no search page');
        const page = await site.browser.newPage();
        try {
          // The search page reads its query from ?q=, like the form it submits.
          const problems = await visit(
            page,
            `${site.url}/search/?q=${encodeURIComponent('pwned script onerror')}`,
            async () => {
              await page.waitForFunction(
                () => document.querySelector('main')?.textContent?.includes("__pwned='"),
                undefined,
                { timeout: 10_000 },
              );
            },
          );
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });

      it('no page anywhere ran anything', () => {
        assert.deepEqual(
          [...seen].filter(([, problems]) => problems.length > 0),
          [],
        );
      });
    });
  });
});

/**
 * Loads a page (and does `then` on it) and returns what went wrong: a
 * payload that ran, a dialog, a clobbered global, active attributes in the DOM.
 */
async function visit(page: Page, url: string, then?: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const onDialog = (d: { message: () => string; dismiss: () => Promise<void> }) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  };
  page.on('dialog', onDialog);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await then?.();
    // Event handlers of failed images and SVG animations fire around load; give them a moment.
    await page.waitForTimeout(30);
    problems.push(
      ...(await page.evaluate(() => {
        const found: string[] = [];
        const w = window as { __pwned?: unknown };
        if ('__pwned' in window) found.push(`window.__pwned = ${String(w.__pwned)}`);
        if (typeof document.getElementById !== 'function') found.push('document.getElementById clobbered');
        for (const el of document.querySelectorAll('*')) {
          for (const a of el.attributes)
            if (/^on/i.test(a.name))
              found.push(`<${el.localName} ${a.name}> in ${el.parentElement?.outerHTML.slice(0, 200)}`);
          const link = (el as HTMLAnchorElement).href ?? (el as HTMLImageElement).src;
          if (typeof link === 'string' && /^(javascript|vbscript|data):/i.test(link))
            found.push(`<${el.localName}> ${link.slice(0, 40)}`);
        }
        return found;
      })),
    );
  } finally {
    page.off('dialog', onDialog);
  }
  return problems;
}
