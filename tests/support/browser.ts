import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import { serveStatic } from './serve.ts';
import { makeProject, removeProject, runBuild, skipWithout } from './helpers.ts';

/** For `describe(…, { skip })`: skip (and say so) without chromium, fail in CI. */
export const skipBrowser = () => skipWithout('browser tests', 'chromium', existsSync(CHROMIUM));

export interface LiveSite {
  dist: string;
  /** "http://127.0.0.1:PORT" */
  url: string;
  browser: BrowserContext;
  close: () => Promise<void>;
}

/** The sample articles built into a throw-away project, opened as in openSite. */
export async function openSampleSite(): Promise<LiveSite> {
  const root = await makeProject();
  try {
    const run = await runBuild(root);
    assert.equal(run.code, 0, run.stderr);
    const site = await openSite(path.join(root, 'dist'));
    return { ...site, close: () => site.close().finally(() => removeProject(root)) };
  } catch (err) {
    await removeProject(root);
    throw err;
  }
}

/**
 * A built site served on 127.0.0.1, and a headless Chromium with a fresh
 * profile (playwright takes the profile folder as launchPersistentContext's
 * argument, not as a flag). close() stops both and removes the profile.
 */
export async function openSite(dist: string): Promise<LiveSite> {
  // Undone in reverse order by close(), or at once if a later step fails (the caller then has no close()).
  const undo: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const step of undo.reverse()) await step();
  };
  try {
    const profile = await mkdtemp(path.join(tmpdir(), 'triangulate-chromium-'));
    undo.push(() => rm(profile, { recursive: true, force: true }));
    const server = await serveStatic(dist);
    undo.push(server.close);
    const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    undo.push(() => browser.close());
    return { dist, url: server.url, browser, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * Collects what a reader would see go wrong on a page, for as long as the
 * page lives: console errors, uncaught exceptions, requests that failed or
 * answered 4xx/5xx.
 */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return problems;
}
