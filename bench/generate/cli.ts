// `node --import tsx bench/generate/cli.ts --count 10000 --out DIR [--seed N]`:
// writes that many generated articles to DIR (one file each, as a project's
// articles/ folder) and says how long it took and how much memory it used.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generatedArticle, publisherIds } from '../articles.ts';
import { CORPUS, REPO } from '../paths.ts';
import { WriteQueue } from '../write-queue.ts';
import { corpusGenerator, DEFAULT_SEED } from './from-corpus.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { count: { type: 'string', default: '10000' }, out: { type: 'string' }, seed: { type: 'string' } },
});
if (!values.out) throw new Error('usage: bench/generate/cli.ts --count N --out DIR [--seed N]');
const [count, seed] = [Number(values.count), Number(values.seed ?? DEFAULT_SEED)];
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const start = { wall: performance.now(), cpu: cpuMs() };
const generator = await corpusGenerator(CORPUS, await publisherIds(path.join(REPO, 'registries/sources.yaml')), seed);
const learnt = { wall: performance.now(), cpu: cpuMs() };
mkdirSync(values.out, { recursive: true });
let bytes = 0;
const queue = new WriteQueue();
for (const a of generator.take(count)) {
  const { file } = generatedArticle(a);
  await queue.write(path.join(values.out, `${a.slug}.md`), file);
  bytes += Buffer.byteLength(file);
}
await queue.flush();
const done = { wall: performance.now(), cpu: cpuMs() };
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`${count} articles, ${(bytes / 2 ** 20).toFixed(0)} MB, seed ${seed}`);
console.log(`corpus read and learnt: ${s(learnt.wall - start.wall)} wall, ${s(learnt.cpu - start.cpu)} CPU`);
console.log(
  `generated and written:  ${s(done.wall - learnt.wall)} wall, ${s(done.cpu - learnt.cpu)} CPU ` +
    `(${Math.round(count / ((done.wall - learnt.wall) / 1000))} articles/s)`,
);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
