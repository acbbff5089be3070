import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { headersFor, readHeaders } from '../../src/serve/headers.ts';
import { SITE_URL_VARIABLE } from '../../src/config/site-address.ts';
import { listFiles, makeProject, REPO, removeProject, runBuild, runCli } from '../support/helpers.ts';
import { brokenInternalLinks } from '../support/links.ts';
import { childrenNamed, parseXml } from '../support/xml.ts';
import { readAtom, readJsonFeed } from '../support/feed-check.ts';

const ORIGIN = 'https://news.example.com';
const BASE = `${ORIGIN}/news/`;

describe('a build for a sub-path (--base /news/)', () => {
  let root: string;
  let host: string;
  let dist: string;
  let pages: string[];
  const saved = process.env[SITE_URL_VARIABLE];
  const read = (file: string) => readFile(path.join(dist, file), 'utf8');
  before(async () => {
    root = await makeProject();
    // The site as the host sees it: dist/ is served at /news/.
    host = path.join(root, 'host');
    dist = path.join(host, 'news');
    process.env[SITE_URL_VARIABLE] = ORIGIN;
    const run = await runBuild(root, { pathPrefix: '/news/', out: dist });
    assert.equal(run.code, 0, run.stderr);
    pages = (await listFiles(dist)).filter((f) => f.endsWith('.html'));
  });
  after(async () => {
    if (saved === undefined) delete process.env[SITE_URL_VARIABLE];
    else process.env[SITE_URL_VARIABLE] = saved;
    await removeProject(root);
  });

  it('keeps every internal link, stylesheet and feed link under /news/, and each names a file', async () => {
    // Checked from the host's root: a link that missed the prefix names no file there.
    assert.deepEqual(await brokenInternalLinks(host), []);
    for (const f of pages) {
      const html = await read(f);
      for (const [, url] of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g))
        assert.ok(url!.startsWith('/news/'), `${f}: ${url}`);
      for (const [, url] of html.matchAll(/<link rel="alternate" type="[^"]*" href="([^"]*)"/g))
        assert.match(url!, /^\/news\/(.+\/)?feed\.(xml|json)$/, f);
    }
  });

  it('puts canonical links, Open Graph, JSON-LD, feeds and the sitemap under the site address and /news/', async () => {
    for (const f of pages.filter((p) => p !== '404.html')) {
      const html = await read(f);
      assert.ok(html.includes(`<link rel="canonical" href="${BASE}${f.replace(/index\.html$/, '')}">`), f);
      for (const [, url] of html.matchAll(/"(?:url|mainEntityOfPage)":"(https:\/\/news\.example\.com[^"]*)"/g))
        assert.ok(url!.startsWith(BASE), `${f}: ${url}`);
    }
    const feed = readAtom(await read('feed.xml'));
    assert.equal(feed.self, `${BASE}feed.xml`);
    for (const e of [...feed.entries, ...readJsonFeed(await read('feed.json')).entries])
      assert.ok(e.url.startsWith(`${BASE}articles/`), e.url);
    const locs = childrenNamed(parseXml(await read('sitemap.xml')), 'url').map((u) => childrenNamed(u, 'loc')[0]!.text);
    assert.equal(locs.length, pages.length - 1);
    for (const loc of locs) assert.ok(loc.startsWith(BASE), loc);
    assert.match(await read('robots.txt'), /^Sitemap: https:\/\/news\.example\.com\/news\/sitemap\.xml$/m);
  });
});

describe('the site address setting, from the CLI', () => {
  it('refuses an address that disagrees with --base, before building anything', async () => {
    const root = await makeProject();
    try {
      const run = await runCli(['build', '--root', root, '--base', '/news/'], REPO, {
        [SITE_URL_VARIABLE]: 'https://example.org/other/',
      });
      assert.equal(run.code, 1, "a wrong setting is the user's to fix: exit 1, not an internal error");
      assert.match(run.stderr, /TRIANGULATE_SITE_URL ends in \/other\/ but the base path is \/news\//);
      assert.deepEqual(await listFiles(root).then((f) => f.filter((x) => x.startsWith('dist'))), []);
    } finally {
      await removeProject(root);
    }
  });
});

describe('hosting files', () => {
  let root: string;
  let dist: string;
  before(async () => {
    root = await makeProject();
    dist = path.join(root, 'dist');
    assert.equal((await runBuild(root)).code, 0);
  });
  after(() => removeProject(root));

  it('writes _headers with a strict Content-Security-Policy and the other security headers, for every path', async () => {
    const rules = await readHeaders(path.join(dist, '_headers'));
    for (const p of ['/', '/articles/x/', '/search/', '/pagefind/0/pagefind.js']) {
      const h = headersFor(rules, p);
      const csp = new Map(
        (h['content-security-policy'] ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values]),
      );
      assert.deepEqual(csp.get('default-src'), ["'self'"], p);
      assert.deepEqual(csp.get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
      assert.deepEqual(csp.get('style-src'), ["'self'"]);
      assert.deepEqual(csp.get('img-src'), ["'self'", 'data:']);
      assert.deepEqual(csp.get('object-src'), ["'none'"]);
      assert.deepEqual(csp.get('base-uri'), ["'self'"]);
      assert.deepEqual(csp.get('form-action'), ["'self'"]);
      assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
      for (const values of csp.values())
        for (const v of values) assert.ok(!["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*'].includes(v), v);
      assert.equal(h['x-content-type-options'], 'nosniff');
      assert.match(h['referrer-policy'] ?? '', /^(strict-origin-when-cross-origin|no-referrer)$/);
      assert.match(h['permissions-policy'] ?? '', /camera=\(\)/);
    }
  });

  it('has no inline script, style or event handler in any page, which the policy would block', async () => {
    for (const f of (await listFiles(dist)).filter((x) => x.endsWith('.html'))) {
      const html = await readFile(path.join(dist, f), 'utf8');
      for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi))
        assert.doesNotMatch(tag, /^<style|\sstyle=|\son[a-z]+=/i, `${f}: ${tag}`);
      // Scripts load from files; the one inline block is JSON-LD, data that never runs.
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
        assert.match(tag, /\ssrc="|type="application\/ld\+json"/, `${f}: ${tag}`);
    }
  });

  it('has a GitHub Pages workflow that builds for the repository path and deploys dist/', async () => {
    const workflow = parse(await readFile(path.join(REPO, '.github/workflows/pages.yml'), 'utf8'));
    const steps: { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }[] =
      Object.values(workflow.jobs as Record<string, { steps: [] }>).flatMap((j) => j.steps);
    const runs = steps.map((s) => s.run ?? '').join('\n');
    assert.match(runs, /npm ci/);
    assert.match(runs, /npm run build -- --base "\$base"/);
    const build = steps.find((s) => s.run?.includes('npm run build'))!;
    assert.equal(build.env?.REPOSITORY, '${{ github.event.repository.name }}');
    assert.ok(build.env?.[SITE_URL_VARIABLE], 'the site address is set');
    assert.equal(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path, 'dist/');
    assert.ok(steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    assert.deepEqual(workflow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
  });
});
