// Processes one article file of a project, alone in this process, and prints
// what was found and the CPU time it took: for tests that bound what one
// article may cost (run with a heap limit, so memory is bounded too).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processArticle } from '../../src/per-article/process-article.ts';
import { parseRegistries } from '../../src/validate/registries.ts';

const [root, file] = process.argv.slice(2) as [string, string];
const registry = (name: string) => ({
  file: `registries/${name}`,
  bytes: readFileSync(path.join(root, 'registries', name)),
});
const { registries } = parseRegistries(registry('sources.yaml'), registry('people.yaml'), registry('measures.yaml'));
const bytes = readFileSync(path.join(root, file));
const before = process.cpuUsage();
const result = processArticle(file, bytes, registries);
const cpu = process.cpuUsage(before);
process.stdout.write(
  JSON.stringify({
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    diagnostics: result.diagnostics.map((d) => d.rule),
    paragraphs: result.article?.paragraphs.length ?? 0,
    people: result.article?.analysis.discovered.length ?? 0,
    links: (result.article?.html.match(/<a /g) ?? []).length,
  }),
);
