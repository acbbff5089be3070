import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { catalogue } from '../../src/diagnostics/catalogue.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { MEASURES_FILE, PEOPLE_FILE, SOURCES_FILE, type InputFile } from '../../src/load/project.ts';
import { processArticle } from '../../src/per-article/process-article.ts';
import { processProject } from '../../src/index.ts';
import { parseRegistries } from '../../src/validate/registries.ts';
import { makeProject, removeProject, REPO, runBuild } from '../support/helpers.ts';
import { activeContent, parseReport } from '../support/hostile.ts';

// Property-based: whatever bytes an article holds, processing ends in an
// article or in located catalogue diagnostics, never in an exception or a
// hang. The seed is fixed so a failure reproduces; FUZZ_SEED tries others.
const SEED = Number(process.env.FUZZ_SEED ?? 20240814);
// FUZZ_RUNS multiplies the number of runs, for a longer hunt than npm test affords.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
console.log(`fuzz seed ${SEED} (set FUZZ_SEED to change it, FUZZ_RUNS to multiply the runs)`);
const PER_ARTICLE_MS = 2_000;

const registryFile = async (file: string): Promise<InputFile> => ({
  file,
  bytes: await readFile(path.join(REPO, file)),
});
const [sources, people, measures] = (await Promise.all(
  [SOURCES_FILE, PEOPLE_FILE, MEASURES_FILE].map(registryFile),
)) as [InputFile, InputFile, InputFile];
const { registries } = parseRegistries(sources, people, measures);

const text = (unit: 'grapheme' | 'binary', maxLength = 12) => fc.string({ unit, maxLength });
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

// YAML-ish values: plain words, YAML syntax that means something (anchors, tags, flow, block scalars), hostile strings.
const yamlValue = fc.oneof(
  text('grapheme'),
  text('binary'),
  pick(
    '2024-08-14',
    'unknown',
    'cnn',
    'en',
    'https://example.org/',
    'javascript:x',
    '../x',
    'a-slug',
    '"quoted"',
    "'single'",
    '[a, b]',
    '{a: 1}',
    '&a x',
    '*a',
    '!!binary aGk=',
    '!js/function x',
    '|',
    '>-',
    '~',
    'null',
    'yes',
    '0x1F',
    '1e9',
    '<script>x</script>',
    '{{ 7*7 }}',
    '"unterminated',
    '[' + '['.repeat(50),
  ),
  fc
    .array(pick('[', ']', '{', '}', ',', ':', '-', '&', '*', '!', '|', '>', '#', '"', "'", '\n', ' ', '\t', 'a'), {
      maxLength: 30,
    })
    .map((xs) => xs.join('')),
);
const yamlKey = fc.oneof(
  pick(
    'headline',
    'publisher',
    'date',
    'dateInferred',
    'language',
    'origin',
    'url',
    'author',
    'story',
    'headlineBy',
    'excludeFrom',
    '__proto__',
    'constructor',
    'prototype',
    '<<',
    '? a',
    '- a',
    '"quoted key"',
  ),
  text('grapheme', 8),
);
const validHead = ['headline: A headline', 'publisher: cnn', 'date: 2024-08-14', 'language: en'];
const frontMatter = fc
  .tuple(
    // Mostly valid, so that many inputs get past validation to the Markdown stages.
    fc.oneof({ weight: 3, arbitrary: fc.constant(validHead) }, { weight: 1, arbitrary: fc.subarray(validHead) }),
    fc.oneof(
      { weight: 2, arbitrary: fc.constant([]) },
      {
        weight: 1,
        arbitrary: fc.array(
          fc.oneof(
            fc.tuple(yamlKey, pick(': ', ':', ' : ', ':\n  - '), yamlValue).map((xs) => xs.join('')),
            text('binary', 20),
          ),
          { maxLength: 6 },
        ),
      },
    ),
    pick('---', '---', '---', '---yaml', '---js', '--- coffee', '----', '', '+++', '---\r'),
    pick('---', '---', '---', '...', '--- ', '----', ''),
  )
  .map(([head, extra, open, close]) => `${open}\n${[...head, ...extra].join('\n')}\n${close}\n`);

// Markdown and HTML fragments: containers, emphasis, links of every scheme, raw HTML, entities, fences, unicode.
const fragment = fc.oneof(
  {
    weight: 3,
    arbitrary: pick(
      'Words of a sentence. ',
      'Reuters reported ',
      '"We will," she said. ',
      'told AFP ',
      '12 km',
      '1,000 square km',
      '\n',
      '\n\n',
      ' ',
      '\t',
    ),
  },
  {
    weight: 3,
    arbitrary: pick(
      '# ',
      '## ',
      '> ',
      '- ',
      '* ',
      '+ ',
      '1. ',
      '2) ',
      '    ',
      '```',
      '~~~',
      '---',
      '===',
      '|a|b|\n|-|-|',
      '*',
      '**',
      '_',
      '__',
      '~~',
      '`',
      '[',
      ']',
      '(',
      ')',
      '![',
      '](',
      '\\',
      '<',
      '>',
      '&',
      '"',
      "'",
    ),
  },
  {
    weight: 2,
    arbitrary: pick(
      '[a](javascript:x)',
      '[a](https://example.org/)',
      '<javascript:x>',
      '<https://e.org>',
      '[r]: vbscript:x',
      '![i](data:x)',
      '[a](jav&#x61;script:x)',
      '[a]( JaVaScRiPt:x)',
      '<script>x</script>',
      '<img src=x onerror=x>',
      '<!-- c -->',
      '<![CDATA[x]]>',
      '<svg onload=x>',
      '<div>\n\n*x*\n\n</div>',
      '&#60;',
      '&lt;',
      '&#x0;',
      '&bogus;',
      '```"><img onerror=x>\nc\n```',
    ),
  },
  { weight: 2, arbitrary: text('grapheme', 20) },
  { weight: 1, arbitrary: text('binary', 20) },
);
const body = fc.array(fragment, { maxLength: 60 }).map((xs) => xs.join(''));

// Whole files: a valid head with a fuzzed body (to reach the Markdown stages), fuzzed front matter, raw bytes (invalid UTF-8, NUL, BOM).
const validFrontMatter = `---\n${validHead.join('\n')}\n---\n`;
const articleBytes = fc.oneof(
  { weight: 5, arbitrary: body.map((b) => Buffer.from(validFrontMatter + b)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(frontMatter, body, pick('\n', '\r\n', '\r'))
      .map(([fm, b, nl]) => Buffer.from(`${fm}${b}`.replace(/\n/g, nl))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(pick('', '\uFEFF'), frontMatter, fc.uint8Array({ maxLength: 40 }))
      .map(([bom, fm, raw]) => Buffer.concat([Buffer.from(bom + fm), raw])),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 80 }) },
);
const validSlug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const slug = fc.oneof(
  { weight: 4, arbitrary: validSlug },
  { weight: 1, arbitrary: pick('A', 'Café', 'cafe\u0301', 'a_b', 'a..b', '-a', 'ok', 'ok') },
);

/** The contract every diagnostic keeps: its file, a real position, a catalogue rule and its severity and message. */
function assertLocated(d: Diagnostic, files: readonly string[]): void {
  assert.ok(files.includes(d.file), `file ${d.file}`);
  assert.ok(
    Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1,
    `${d.file}:${d.line}:${d.column} ${d.rule}`,
  );
  assert.ok(d.rule in catalogue, d.rule);
  assert.equal(d.severity, catalogue[d.rule].severity);
  assert.ok(d.message.length > 0 && !d.message.includes('undefined'), d.message);
}

describe('fuzzing the pipeline', () => {
  it('processArticle: an article or located diagnostics, in bounded time, for any bytes', () => {
    fc.assert(
      fc.property(slug, articleBytes, (name, bytes) => {
        const file = `articles/${name}.md`;
        const started = performance.now();
        const result = processArticle(file, bytes, registries);
        assert.ok(performance.now() - started < PER_ARTICLE_MS, 'processed in bounded time');
        for (const d of result.diagnostics) assertLocated(d, [file]);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        assert.equal(result.article === undefined, errors.length > 0, 'an article exactly when there is no error');
      }),
      { seed: SEED, numRuns: 1000 * RUNS },
    );
  });

  it('processProject: several files at once, every problem located, ok exactly when there is no error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(slug, pick('', 'sub/', 'Sub/'), articleBytes), { maxLength: 5 }),
        async (files) => {
          const articles = files.map(([name, dir, bytes]) => ({ file: `articles/${dir}${name}.md`, bytes }));
          const storyIds = { file: 'registries/story-ids.yaml', bytes: new Uint8Array() };
          const result = await processProject({ articles, diagnostics: [], sources, people, measures, storyIds });
          for (const d of result.diagnostics)
            assertLocated(
              d,
              articles.map((a) => a.file),
            );
          assert.equal(result.ok, !result.diagnostics.some((d) => d.severity === 'error'));
          assert.ok(result.articles.length <= articles.length);
        },
      ),
      { seed: SEED, numRuns: 100 * RUNS },
    );
  });

  it(
    'full builds of fuzzed bodies: exit 0 with an inert site, or exit 1 with located messages, never an internal error',
    { timeout: 60_000 * RUNS },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.tuple(validSlug, body), { minLength: 1, maxLength: 3, selector: ([name]) => name }),
          async (files) => {
            const root = await makeProject(
              Object.fromEntries(files.map(([name, b]) => [`${name}.md`, validFrontMatter + b])),
            );
            try {
              const run = await runBuild(root);
              assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
              assert.deepEqual(parseReport(run.stderr).malformed, []);
              for (const [name] of run.code === 0 ? files : []) {
                const html = await readFile(path.join(root, 'dist/articles', name, 'index.html'), 'utf8');
                assert.deepEqual(activeContent(html), [], name);
              }
            } finally {
              await removeProject(root);
            }
          },
        ),
        { seed: SEED, numRuns: 4 * RUNS },
      );
    },
  );
});
