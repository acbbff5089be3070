// `npm run page-bytes [-- --dist DIR]`: what a reader downloads, per page
// kind: the median HTML bytes of each kind (raw and gzipped, as hosts
// serve it) and the one stylesheet every page shares. Builds the sample
// site into a temporary folder unless given a built one. Prints a Markdown
// table for the README's "Page weight" section.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { formatNumber as bytes } from '../src/site/format.ts';
import { runScript, withSampleSite } from './sample-site.ts';

const KIND_OF_FOLDER: Record<string, string> = {
  stories: 'story',
  articles: 'article',
  people: 'person',
  figures: 'figure',
  sources: 'source',
};
const ORDER = ['home', 'story', 'article', 'person', 'figure', 'source', 'indexes', 'search', '404'];

/** "articles/x/index.html" → "article"; "people/index.html" → "indexes"; "index.html" → "home". */
function kindOf(file: string): string {
  const parts = file.split('/');
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  if (parts.length === 2) return parts[0] === 'search' ? 'search' : 'indexes';
  return KIND_OF_FOLDER[parts[0]!] ?? parts[0]!;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
};

async function pageBytes(dist: string): Promise<string> {
  const sizes = new Map<string, { raw: number[]; gz: number[] }>();
  for (const file of (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'))) {
    const bytes = await readFile(path.join(dist, file));
    const kind = kindOf(file);
    const entry = sizes.get(kind) ?? { raw: [], gz: [] };
    entry.raw.push(bytes.length);
    entry.gz.push(gzipSync(bytes).length);
    sizes.set(kind, entry);
  }
  const css = await readFile(path.join(dist, 'assets/style.css'));
  const kinds = [...sizes.keys()].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
  const rows = kinds.map(
    (k) =>
      `| ${k} | ${sizes.get(k)!.raw.length} | ${bytes(median(sizes.get(k)!.raw))} | ${bytes(median(sizes.get(k)!.gz))} |`,
  );
  return [
    '| page kind | pages | HTML bytes (median) | gzipped |',
    '|---|---:|---:|---:|',
    ...rows,
    `| stylesheet (\`assets/style.css\`, every page) | 1 | ${bytes(css.length)} | ${bytes(gzipSync(css).length)} |`,
  ].join('\n');
}

runScript(async () => {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const measure = async (dist: string) => {
    console.log(await pageBytes(dist));
    return 0;
  };
  return values.dist ? measure(path.resolve(values.dist)) : withSampleSite('bytes', measure);
});
