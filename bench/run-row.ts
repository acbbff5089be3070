// One row of the benchmark: its articles written once, then per run a cold
// Triangulate build, a rebuild with nothing changed, one with an article
// added and one with a sentence edited (the cache and the site kept
// between them), then the baselines: Eleventy, and Pagefind on its output.
// A build that fails is recorded with what was measured up to it, and that
// tool is not run again for the row; the other tools and rows go on.
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { eleventy, npmBuild, pagefind, triangulate, type Tool } from './builds.ts';
import { createFolders, folders, putProjectArticle, removeProjectArticle, type Folders } from './projects.ts';
import type { Distinctness } from './generate/distinctness.ts';
import type { Changes, Row, RowKind } from './rows.ts';
import type { Sample } from './sample.ts';
import { inodesUnder, writtenSince } from './site-files.ts';

export const PHASES = ['cold', 'unchanged', 'add', 'edit'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_NAMES: Record<Phase, string> = {
  cold: 'cold build',
  unchanged: 'nothing changed',
  add: 'add one article',
  edit: 'edit one article',
};

export interface Failure {
  tool: string;
  phase: string;
  run: number;
  sample: Sample;
}

export interface RowResult {
  label: string;
  kind: RowKind;
  articles: number;
  /** Wall ms to write the row's articles (generating them, for the distinct rows). */
  writeMs: number;
  distinctness?: Distinctness;
  ours: Record<Phase, Sample[]>;
  /** `npm run build`, cold (samples only). */
  npm: Sample[];
  eleventy: Sample[];
  pagefind: Sample[];
  failures: Failure[];
}

export interface RunOptions {
  tmp: string;
  /** The repo copy whose CLI is run. */
  code: string;
  registries: string;
  runs: number;
  timeoutMs: number;
  progress: (line: string) => void;
}

/** How long to wait for the old site's detached deletion before measuring the next build. */
const SWEEP_WAIT_MS = 600_000;

/** Waits until the detached process deleting the last old site (dist.old-*) is done, so it does not share the CPU. */
async function sweepDone(project: string): Promise<void> {
  const end = Date.now() + SWEEP_WAIT_MS;
  while (Date.now() < end && readdirSync(project).some((n) => n.startsWith('dist.old-'))) await sleep(200);
}

function applyChange(f: Folders, phase: Phase, c: Changes): void {
  if (phase === 'add') putProjectArticle(f, c.extra);
  if (phase === 'edit') putProjectArticle(f, c.edited);
}

/** Back to the row's own articles, for the next run. */
function undoChanges(f: Folders, c: Changes): void {
  if (existsSync(path.join(f.project, 'articles', `${c.extra.slug}.md`))) removeProjectArticle(f, c.extra.slug);
  putProjectArticle(f, c.original);
}

class RowRunner {
  readonly result: RowResult;
  private readonly failed = new Set<string>();

  constructor(
    row: Row,
    private readonly dir: string,
    private readonly o: RunOptions,
  ) {
    const ours = { cold: [], unchanged: [], add: [], edit: [] };
    this.result = {
      label: row.label,
      kind: row.kind,
      articles: row.count,
      writeMs: NaN,
      ours,
      npm: [],
      eleventy: [],
      pagefind: [],
      failures: [],
    };
  }

  /** One build of `tool`, its output's files counted (written = not in `before`); false if it failed. */
  async build(tool: Tool, phase: string, run: number, into: Sample[], before: ReadonlySet<number>) {
    const log = path.join(this.dir, `${tool.name}-${phase}-${run}`.replace(/\W+/g, '-'));
    const s = await tool.build(log, this.o.timeoutMs);
    // A failed build publishes nothing (the last site stays): its output's files are not its own.
    const now = s.ok ? inodesUnder(tool.output) : new Set<number>();
    if (s.ok) [s.siteFiles, s.writtenFiles] = [now.size, writtenSince(now, before)];
    into.push(s);
    const took = `${(s.wallMs / 1000).toFixed(2)} s, ${Math.round(s.peakRssMB)} MB`;
    const what = `${this.result.label}: run ${run}/${this.o.runs}, ${tool.name} ${phase}`;
    this.o.progress(`${what}: ${s.ok ? took : `${s.result} after ${took}`}`);
    if (s.ok) return now;
    this.failed.add(tool.name);
    this.result.failures.push({ tool: tool.name, phase, run, sample: s });
    return null;
  }

  async triangulate(f: Folders, changes: Changes, run: number): Promise<void> {
    const tool = triangulate(f, this.o.code);
    if (this.failed.has(tool.name)) return;
    let site: ReadonlySet<number> = new Set();
    try {
      for (const phase of PHASES) {
        if (phase === 'cold') tool.clean();
        applyChange(f, phase, changes);
        const now = await this.build(tool, PHASE_NAMES[phase], run, this.result.ours[phase], site);
        await sweepDone(f.project);
        if (!now) return;
        site = now;
      }
    } finally {
      undoChanges(f, changes);
    }
  }

  async npmBuild(f: Folders, run: number): Promise<void> {
    const tool = npmBuild(f, this.o.code);
    if (this.failed.has(tool.name)) return;
    tool.clean();
    await this.build(tool, 'cold build', run, this.result.npm, new Set());
    await sweepDone(f.project);
  }

  async baselines(f: Folders, run: number): Promise<void> {
    const [site, search] = [eleventy(f), pagefind(f)];
    if (this.failed.has(site.name)) return;
    site.clean();
    if (!(await this.build(site, 'full build', run, this.result.eleventy, new Set()))) return;
    if (!this.failed.has(search.name)) await this.build(search, 'index', run, this.result.pagefind, new Set());
  }
}

export async function runRow(row: Row, o: RunOptions): Promise<RowResult> {
  const dir = await mkdtemp(path.join(o.tmp, 'row-'));
  const runner = new RowRunner(row, dir, o);
  try {
    const f = folders(dir);
    createFolders(f, o.registries);
    const start = performance.now();
    const changes = await row.write(f);
    runner.result.writeMs = performance.now() - start;
    runner.result.distinctness = changes.distinctness;
    o.progress(`${row.label}: ${row.count} articles written in ${(runner.result.writeMs / 1000).toFixed(1)} s`);
    for (let run = 1; run <= o.runs; run++) {
      await runner.triangulate(f, changes, run);
      if (row.kind === 'samples') await runner.npmBuild(f, run);
      await runner.baselines(f, run);
    }
    return runner.result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
