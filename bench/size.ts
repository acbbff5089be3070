// One benchmark size: per run, a cold build of each tool, then one article
// added and a rebuild of each (Triangulate with its cache in place).
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BenchArticle } from './articles.ts';
import { eleventy, triangulate, type Sample, type Tool } from './builds.ts';
import { addArticle, folders, removeArticle, writeFolders } from './projects.ts';

export const PHASES = ['cold', 'rebuild'] as const;
export type Phase = (typeof PHASES)[number];
/** Samples of every run that succeeded, and the first failure (after which that tool is not run again at this size). */
export type ToolResult = Record<Phase, Sample[]> & { failed?: { phase: Phase; run: number; sample: Sample } };

export interface SizeResult {
  label: string;
  articles: number;
  ours: ToolResult;
  baseline: ToolResult;
}

export interface SizeOptions {
  tmp: string;
  /** The repo copy whose CLI is run. */
  code: string;
  registries: string;
  runs: number;
  timeoutMs: number;
  progress: (line: string) => void;
}

export async function runSize(
  label: string,
  articles: BenchArticle[],
  extra: BenchArticle,
  o: SizeOptions,
): Promise<SizeResult> {
  const dir = await mkdtemp(path.join(o.tmp, 'size-'));
  const f = folders(dir);
  const result: SizeResult = {
    label,
    articles: articles.length,
    ours: { cold: [], rebuild: [] },
    baseline: { cold: [], rebuild: [] },
  };
  const tools: [Tool, ToolResult][] = [
    [triangulate(f, o.code), result.ours],
    [eleventy(f), result.baseline],
  ];
  const step = async (phase: Phase, run: number) => {
    for (const [tool, r] of tools) {
      if (r.failed) continue;
      if (phase === 'cold') await tool.clean();
      const s = await tool.build(path.join(dir, `${tool.name}-${phase}-${run}`), o.timeoutMs);
      o.progress(
        `${label}: run ${run}/${o.runs}, ${tool.name} ${phase}: ${s.ok ? `${(s.wallMs / 1000).toFixed(2)} s, ${Math.round(s.peakRssMB)} MB` : `FAILED (${s.exit})`}`,
      );
      if (s.ok) r[phase].push(s);
      else r.failed = { phase, run, sample: s };
    }
  };
  try {
    await writeFolders(f, o.registries, articles);
    for (let run = 1; run <= o.runs && !(result.ours.failed && result.baseline.failed); run++) {
      await step('cold', run);
      await addArticle(f, extra);
      await step('rebuild', run);
      await removeArticle(f, extra);
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
