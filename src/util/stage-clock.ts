/** Wall time per build stage, for the summary and the benchmark (never written into the site). */
export class StageClock {
  readonly ms: Record<string, number> = {};

  add(stage: string, ms: number): void {
    this.ms[stage] = (this.ms[stage] ?? 0) + ms;
  }

  async time<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }
}
