// Analysis time per article, from the build's --timings. The `analyse` stage is summed over the worker threads,
// so this is CPU-like time per article, not wall time.
export function analyseMsPerArticle(stages: Record<string, number>, articles: number): number | null {
  const ms = stages.analyse;
  return ms === undefined || articles === 0 ? null : ms / articles;
}
