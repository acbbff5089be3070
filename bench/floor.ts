// `npm run bench:floor [-- --size 10000]`: what the cold-build target is
// measured against, in one run: the plain-Eleventy baseline, and beside it
// what any build of these articles cannot skip, each alone: parsing them
// with gray-matter + remark (one thread), and Pagefind indexing the
// baseline's own pages (one page per article). Each is printed divided by
// the baseline. The articles are the benchmark's generated distinct ones.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generatedArticle, publisherIds } from './articles.ts';
import { eleventy, pagefind } from './builds.ts';
import { corpusGenerator } from './generate/from-corpus.ts';
import { measure, type Measured } from './measure.ts';
import { CORPUS, REPO } from './paths.ts';
import { ArticleWriter, createFolders, folders } from './projects.ts';

const HOUR_MS = 3_600_000;
const { values } = parseArgs({ args: process.argv.slice(2), options: { size: { type: 'string', default: '10000' } } });
const size = Number(values.size);
const tmp = await mkdtemp(path.join(os.tmpdir(), 'triangulate-floor-'));
try {
  const f = folders(tmp);
  const registries = path.join(REPO, 'registries');
  createFolders(f, registries);
  const generator = await corpusGenerator(CORPUS, await publisherIds(path.join(registries, 'sources.yaml')));
  const writer = new ArticleWriter(f);
  for (const a of generator.take(size)) await writer.add(generatedArticle(a));
  await writer.flush();
  const baseline = await eleventy(f).build(path.join(tmp, 'eleventy'), HOUR_MS);
  const parser = [process.execPath, '--import', 'tsx', path.join(REPO, 'bench/floor-markdown.ts')];
  const articles = path.join(f.project, 'articles');
  const markdown = await measure([...parser, articles], REPO, path.join(tmp, 'markdown'), HOUR_MS);
  const search = await pagefind(f).build(path.join(tmp, 'pagefind'), HOUR_MS);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
  const line = (name: string, m: Measured) =>
    `${name.padEnd(52)} ${
      m.ok
        ? `${s(m.wallMs)} wall ${s(m.cpuMs)} CPU   ÷ baseline ` +
          `${(m.wallMs / baseline.wallMs).toFixed(2)} wall, ${(m.cpuMs / baseline.cpuMs).toFixed(2)} CPU`
        : 'FAILED'
    }`;
  const when = new Date().toISOString();
  console.log(`${size.toLocaleString('en-US')} distinct articles, ${os.cpus().length} cores, ${when}`);
  console.log(line('plain Eleventy 3 (the baseline)', baseline));
  console.log(line('gray-matter + remark-parse + remark-html, one thread', markdown));
  console.log(line("Pagefind CLI on the baseline's pages", search));
} finally {
  await rm(tmp, { recursive: true, force: true });
}
