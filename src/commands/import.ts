import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { UsageError } from '../diagnostics/errors.ts';
import { checkArticleFile, formatFileError } from '../import/check-article-file.ts';
import { checkOptionValues } from '../import/check-options.ts';
import { draftArticle, type Draft, type DraftOptions } from '../import/draft-article.ts';
import { ExistingArticles } from '../import/existing-articles.ts';
import { slugFromHeadline } from '../import/headline-slug.ts';
import { listInputs, type ImportInput } from '../import/import-inputs.ts';
import { InputProblem } from '../import/input-problem.ts';
import { readInput } from '../import/read-input.ts';
import type { UnknownOutlet } from '../import/unknown-outlet.ts';
import { ARTICLES_DIR, loadProject, SOURCES_FILE } from '../load/project.ts';
import type { Source } from '../model/registries.ts';
import { parseRegistries } from '../validate/registries.ts';
import { plural } from './reporter.ts';

export interface ImportOptions extends DraftOptions {
  /** The article's file name; only for a single input. */
  slug?: string;
  /** Overwrite articles/<slug>.md, and import an input again even if it is already present. */
  force?: boolean;
}

export interface ImportArgs {
  /** The project folder. */
  root: string;
  /** Files, folders and addresses, as the editor wrote them (relative to the current folder). */
  inputs: string[];
  options: ImportOptions;
  log: (line: string) => void;
  error: (line: string) => void;
}

type Outcome = { kind: 'imported'; todos: number; unknownOutlet?: UnknownOutlet } | { kind: 'present' };

/**
 * `npm run import -- FILE|FOLDER|ADDRESS…`: writes articles/<slug>.md for each raw text (.txt), saved web
 * page (.html) or page address, checked as `check` would check it before it is written; an input already
 * imported is skipped, an existing file is never overwritten without --force. Each input's problem is one
 * line (or the located lines of what would have been written) and the others go on. Returns the exit code:
 * 0, 1 when an input could not be imported, 2 for a wrong command line.
 */
export async function importArticles({ root, inputs: args, options, log, error }: ImportArgs): Promise<number> {
  const { inputs, problems, notes } = listInputs(args);
  checkOptionsFit(args, inputs, options);
  const project = loadProject(root);
  const sources = readSources(project, error);
  if (!sources) return 1;
  const wrong = checkOptionValues(options, sources);
  if (wrong.length > 0) throw new UsageError([...wrong, 'import: nothing was imported; correct the option'].join('\n'));
  for (const line of problems) error(line);
  for (const line of notes) log(line);
  const existing = new ExistingArticles(project.articles);
  const outcomes: Outcome[] = [];
  for (const input of inputs) {
    try {
      outcomes.push(await importOne(input, { root, options, sources, existing, log }));
    } catch (err) {
      if (!(err instanceof InputProblem)) throw err;
      error(err.message);
      problems.push(err.message);
    }
  }
  // A folder or several inputs get a tally; one file's line says it all.
  const several = args.length > 1 || !inputs.every((i) => args.includes(i.name));
  for (const line of closingLines(outcomes, problems.length, several)) log(line);
  return problems.length > 0 ? 1 : 0;
}

/** The outlets to add to the registry, the tally, and what to do next. */
function closingLines(outcomes: readonly Outcome[], problems: number, several: boolean): string[] {
  const imported = outcomes.filter((o) => o.kind === 'imported');
  const outlets = new Map(
    imported.flatMap((o) => (o.unknownOutlet ? [[o.unknownOutlet.domain, o.unknownOutlet]] : [])),
  );
  const lines = outlets.size > 0 ? [unknownOutletsNote([...outlets.values()])] : [];
  if (several) {
    const present = outcomes.length - imported.length;
    lines.push(
      `${plural(imported.length, 'article')} imported, ${present} already present, ${plural(problems, 'problem')}.`,
    );
  }
  if (imported.some((o) => o.todos > 0))
    lines.push('Next: do what the # TODO comments in the front matter ask, then run npm run check.');
  else if (imported.length > 0) lines.push('Next: check the front matter, then run npm run check.');
  return lines;
}

/** Options that name one article cannot apply to several; --headline-line only reads raw texts. */
function checkOptionsFit(args: readonly string[], inputs: readonly ImportInput[], options: ImportOptions): void {
  const see = 'see npm run import -- --help';
  if (args.length === 0) throw new UsageError(`import: give a file, a folder or an http(s) address to import; ${see}`);
  const several = args.length > 1 || inputs.length > 1;
  for (const [option, given] of [
    ['--slug', options.slug],
    ['--headline', options.headline],
  ] as const) {
    if (given !== undefined && several) {
      throw new UsageError(`import: ${option} names one article; with several inputs, import that one alone`);
    }
  }
  if (options.headline !== undefined && options.headlineLine !== undefined) {
    throw new UsageError(`import: give --headline or --headline-line, not both; ${see}`);
  }
  if (options.headlineLine !== undefined && inputs.length > 0 && inputs.every((i) => i.kind !== 'text')) {
    throw new UsageError(`import: --headline-line reads a raw text (.txt); a page's headline is the page's own`);
  }
}

/** The sources registry, for outlets and publisher ids; null (its problems printed) when it has errors. */
function readSources(project: ReturnType<typeof loadProject>, error: (line: string) => void): Source[] | null {
  const { registries, diagnostics } = parseRegistries(project.sources, project.people, project.measures);
  const problems = diagnostics.filter((d) => d.file === SOURCES_FILE && d.severity === 'error');
  if (problems.length === 0) return registries.sources;
  for (const d of problems) error(formatDiagnostic(d));
  error(`nothing was imported: fix ${SOURCES_FILE} first (the importer names outlets and checks publishers by it)`);
  return null;
}

interface Context {
  root: string;
  options: ImportOptions;
  sources: Source[];
  existing: ExistingArticles;
  log: (line: string) => void;
}

async function importOne(input: ImportInput, { root, options, sources, existing, log }: Context): Promise<Outcome> {
  const content = await readInput(input);
  const origin =
    input.kind === 'address'
      ? (content.kind === 'page' && content.pageUrl) || input.address
      : projectPath(root, input.file);
  const draft = draftArticle(input.name, content, origin, options, sources);
  const already = options.force ? undefined : existing.importedFrom(origin, draft.url);
  if (already) {
    log(`${input.name}: already present as ${already} (--force imports it again)`);
    return { kind: 'present' };
  }
  const slug = options.slug ?? slugFor(input, draft);
  const file = `${ARTICLES_DIR}/${slug}.md`;
  const givenAs = { ...draft.givenAs, ...(options.slug ? { slug: '--slug' } : {}) };
  const check = checkArticleFile(slug, draft.text, sources, givenAs, draft.headline === null ? ['headline'] : []);
  if (check.errors.length > 0) {
    throw new InputProblem(
      [
        ...check.errors.map(formatFileError),
        `${input.name}: not imported; the lines above are about what it would write`,
      ].join('\n'),
    );
  }
  refuseTakenSlug(input, slug, file, existing, options.force);
  await mkdir(path.join(root, ARTICLES_DIR), { recursive: true });
  await write(path.join(root, file), draft.text, input, file, options.force);
  existing.add(file, origin, draft.url);
  const todos = check.warnings.filter((w) => w.rule === 'frontmatter/todo').length;
  log(importedLine(input, file, draft, todos));
  for (const warning of draft.warnings) log(`  ${warning}`);
  return { kind: 'imported', todos, ...(draft.unknownOutlet ? { unknownOutlet: draft.unknownOutlet } : {}) };
}

/** A path as the front matter's `origin` gives it: relative to the project, with forward slashes. */
const projectPath = (root: string, file: string): string => path.relative(root, file).split(path.sep).join('/');

/** The slug made from the headline (else from the file or address's last part), or a problem when none can be. */
function slugFor(input: ImportInput, draft: Draft): string {
  const base = draft.headline ?? baseName(input);
  const slug = slugFromHeadline(base);
  if (slug) return slug;
  throw new InputProblem(
    `${input.name}: no file name can be made from ${draft.headline ? 'the headline' : 'the name'} "${base}" ` +
      '(nothing in it can be written with a-z and 0-9); give one with --slug, importing this input alone',
  );
}

function baseName(input: ImportInput): string {
  if (input.kind !== 'address') return path.basename(input.file).replace(/\.[^.]*$/, '');
  const { hostname, pathname } = new URL(input.address);
  return (
    pathname
      .split('/')
      .filter(Boolean)
      .at(-1)
      ?.replace(/\.[^.]*$/, '') ?? hostname
  );
}

/** Another article with the slug (anywhere under articles/) would fail the build; an existing target needs --force. */
function refuseTakenSlug(
  input: ImportInput,
  slug: string,
  file: string,
  existing: ExistingArticles,
  force: boolean | undefined,
): void {
  const holder = existing.withSlug(slug);
  if (holder && holder !== file) {
    throw new InputProblem(`${input.name}: the slug "${slug}" is taken by ${holder}; choose another with --slug`);
  }
  if (holder && !force) {
    throw new InputProblem(
      `${input.name}: ${file} exists and holds another article; choose another name with --slug, or replace it with --force`,
    );
  }
}

/** Writes the file; without --force, never over one that appeared meanwhile (the `wx` flag fails instead). */
async function write(target: string, text: string, input: ImportInput, file: string, force?: boolean): Promise<void> {
  try {
    await writeFile(target, text, { flag: force ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputProblem(`${input.name}: ${file} exists; choose another name with --slug`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputProblem(`${input.name}: ${file} cannot be written (permission denied)`);
    throw err;
  }
}

function importedLine(input: ImportInput, file: string, draft: Draft, todos: number): string {
  const values = [
    `publisher ${draft.publisher}`,
    `date ${draft.date ?? 'unknown'}`,
    ...(draft.author ? [`author ${draft.author}`] : []),
  ];
  const left = todos > 0 ? `; ${plural(todos, 'TODO')} left in its front matter` : '';
  return `wrote ${file} from ${input.name}: ${values.join(', ')}${left}`;
}

function unknownOutletsNote(outlets: UnknownOutlet[]): string {
  return [
    `Not in ${SOURCES_FILE}: ${outlets.map((o) => o.domain).join(', ')}. Check each draft entry, add it there and set the article's publisher to its id:`,
    ...outlets.map((o) => o.entry.trimEnd()),
  ].join('\n');
}
