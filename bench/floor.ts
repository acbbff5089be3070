// `npm run bench:floor [-- --size 10000]`: what the cold-build target is
// measured against, in one run: the plain-Eleventy baseline, and beside it
// what Triangulate's build cannot skip, each alone: parsing the articles
// with gray-matter + remark (one thread), Pagefind indexing the baseline's
// own pages (one page per article), and Eleventy rendering Triangulate's
// site from its finished SiteData (timed inside the child, after the
// pipeline). Each is printed divided by the baseline.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bbcArticles, otherPublishers } from './articles.ts';
import { eleventy, REPO } from './builds.ts';
import { readCorpus } from './corpus.ts';
import { measure } from './measure.ts';
import { folders, writeFolders } from './projects.ts';

const { values } = parseArgs({ args: process.argv.slice(2), options: { size: { type: 'string', default: '10000' } } });
const size = Number(values.size);
const tmp = await mkdtemp(path.join(os.tmpdir(), 'triangulate-floor-'));
try {
  const f = folders(tmp);
  const registries = path.join(REPO, 'registries');
  await writeFolders(
    f,
    registries,
    bbcArticles(
      await readCorpus(path.resolve(REPO, '../shared/corpus/bbc')),
      await otherPublishers(path.join(registries, 'sources.yaml')),
      size,
    ),
  );
  const hour = 3_600_000;
  const baseline = await eleventy(f).build(path.join(tmp, 'eleventy'), hour);
  const tsx = [process.execPath, '--import', 'tsx'];
  const markdown = await measure(
    [...tsx, path.join(REPO, 'bench/floor-markdown.ts'), path.join(f.project, 'articles')],
    REPO,
    path.join(tmp, 'markdown'),
    hour,
  );
  const pagefind = await measure(
    [
      process.execPath,
      path.join(REPO, 'node_modules/pagefind/lib/runner/bin.cjs'),
      '--site',
      f.baselineOutput,
      '--output-path',
      path.join(tmp, 'pagefind'),
    ],
    REPO,
    path.join(tmp, 'pagefind'),
    hour,
  );
  const renderLog = path.join(tmp, 'render');
  const rendered = await measure(
    [...tsx, path.join(REPO, 'bench/floor-render.ts'), f.project, path.join(tmp, 'site')],
    REPO,
    renderLog,
    hour,
  );
  const [, renderMs, files] = /render (\d+) ms (\d+) files/.exec(await readFile(`${renderLog}.out`, 'utf8')) ?? [];
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const line = (name: string, m: { wallMs: number; cpuMs: number; ok: boolean }) =>
    `${name.padEnd(52)} ${m.ok ? `${s(m.wallMs).padStart(9)} wall ${s(m.cpuMs).padStart(9)} CPU   ÷ baseline ${(m.wallMs / baseline.wallMs).toFixed(2)} wall, ${(m.cpuMs / baseline.cpuMs).toFixed(2)} CPU` : 'FAILED'}`;
  console.log(`${size.toLocaleString('en-US')} BBC articles, ${os.cpus().length} cores, ${new Date().toISOString()}`);
  console.log(line('plain Eleventy 3 (the baseline)', baseline));
  console.log(line('gray-matter + remark-parse + remark-html, one thread', markdown));
  console.log(line("Pagefind CLI on the baseline's pages", pagefind));
  const render =
    rendered.ok && renderMs
      ? `${s(Number(renderMs)).padStart(9)} wall                  ÷ baseline ${(Number(renderMs) / baseline.wallMs).toFixed(2)} wall`
      : 'FAILED';
  console.log(
    `${`Eleventy rendering Triangulate's site (${Number(files ?? 0).toLocaleString('en-US')} files)`.padEnd(52)} ${render}`,
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
