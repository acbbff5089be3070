import { tokens } from '../analyse/features.ts';
import { sentences } from '../text/sentences.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';
import type { SummarySentence } from '../model/aggregate.ts';

const MIN_WORDS = 8;
const MAX_WORDS = 60;

/**
 * An extractive summary: sentences quoted whole from the articles, never
 * rewritten. A sentence scores by how many other outlets use its words (what
 * the coverage shares), per word; near-repeats of a chosen sentence are
 * skipped, and each article gives one sentence before any gives a second.
 */
export function summarise(members: readonly ProcessedArticle[], size = 4): SummarySentence[] {
  const storyDf = new Map<string, number>();
  for (const a of members)
    for (const t of new Set(Object.keys(a.features.terms))) storyDf.set(t, (storyDf.get(t) ?? 0) + 1);
  const candidates: (SummarySentence & { score: number; words: Set<string>; order: number })[] = [];
  members.forEach((a, ai) => {
    let order = 0;
    for (const p of a.paragraphs) {
      for (const s of sentences(p.text)) {
        order++;
        const count = s.split(/\s+/).length;
        if (count < MIN_WORDS || count > MAX_WORDS || /^["“‘]/.test(s) || !/[.!?]["”’]?$/.test(s)) continue;
        const words = new Set(tokens(s));
        let score = 0;
        for (const w of words) score += Math.max(0, (storyDf.get(w) ?? 1) - 1);
        candidates.push({
          text: s,
          article: a.slug,
          score: score / Math.sqrt(words.size || 1),
          words,
          order: ai * 10_000 + order,
        });
      }
    }
  });
  candidates.sort((x, y) => y.score - x.score || x.order - y.order);
  const chosen: typeof candidates = [];
  for (const round of [1, 2]) {
    for (const c of candidates) {
      if (chosen.length >= size) break;
      if (chosen.includes(c) || chosen.filter((x) => x.article === c.article).length >= round) continue;
      const repeats = chosen.some((x) => {
        let shared = 0;
        for (const w of c.words) if (x.words.has(w)) shared++;
        return shared / Math.min(c.words.size, x.words.size) > 0.5;
      });
      if (!repeats) chosen.push(c);
    }
  }
  return chosen.map(({ text, article }) => ({ text, article }));
}
