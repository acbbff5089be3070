// The cheap near-duplicate check of a generated row: the 5-word-shingle
// Jaccard similarity of every pair in a sample of its articles (evenly
// spread, each with the article after it, often of the same story: the
// most alike pairs there are).
import type { GeneratedArticle } from './generator.ts';
import { jaccard, shingles } from './shingles.ts';

/** Above this, two texts count as near-duplicates. */
export const NEAR_DUPLICATE = 0.3;
const SAMPLE_SIZE = 400;

export interface Distinctness {
  pairs: number;
  /** The highest similarity found, and between which articles. */
  max: number;
  between: [string, string] | null;
}

export class DistinctnessSample {
  private readonly step: number;
  private readonly sample: { slug: string; shingles: Set<number> }[] = [];

  constructor(count: number) {
    this.step = Math.max(2, Math.floor(count / (SAMPLE_SIZE / 2)));
  }

  add(a: GeneratedArticle): void {
    if (a.index % this.step < 2) this.sample.push({ slug: a.slug, shingles: shingles(a.paragraphs.join('\n')) });
  }

  result(): Distinctness {
    const out: Distinctness = { pairs: 0, max: 0, between: null };
    for (let i = 0; i < this.sample.length; i++) {
      for (let j = i + 1; j < this.sample.length; j++) {
        const [a, b] = [this.sample[i]!, this.sample[j]!];
        const x = jaccard(a.shingles, b.shingles);
        out.pairs++;
        if (x > out.max || !out.between) [out.max, out.between] = [x, [a.slug, b.slug]];
      }
    }
    return out;
  }
}
