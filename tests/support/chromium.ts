/**
 * The system's Chromium (Debian's package), shared by the browser tests and
 * the Lighthouse audit: nothing in this project downloads a browser.
 */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and quiet: no sandbox (CI runs as root), no GPU, no calls home, no first-run UI. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
