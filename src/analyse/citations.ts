import type { Source } from '../model/registries.ts';
import { wholeWords } from '../text/regex.ts';
import { sentences } from '../text/sentences.ts';
import type { Paragraph } from '../model/analysis.ts';
import type { Citation } from '../model/analysis.ts';

// "told AFP", "according to Reuters", "speaking anonymously to the BBC", "released by AFP"
const CUE_BEFORE = /\b(told|to|according to|by|via|cited|quoting|interview with|reports? from)\s+(the\s+)?$/i;
// "Breitbart News reported", "AFP said", "Reuters reports"
const CUE_AFTER =
  /^\s*(has\s+|had\s+)?(reported|reports|said|says|cited|quoted|wrote|writes|confirmed|learned|understands)\b/i;

/**
 * Finds citations of registry sources: a name or alias with a reporting cue
 * right before or after it. The publisher naming itself is not a citation.
 */
export function findCitations(
  paragraphs: readonly Paragraph[],
  sources: readonly Source[],
  publisher: string | null,
): Citation[] {
  const byName = new Map<string, string>();
  for (const s of sources) for (const n of [s.name, ...s.aliases]) byName.set(n, s.id);
  const pattern = wholeWords(byName.keys());
  if (!pattern) return [];
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    for (const sentence of sentences(p.text)) {
      for (const m of sentence.matchAll(pattern)) {
        const id = byName.get(m[0])!;
        const before = sentence.slice(Math.max(0, m.index - 40), m.index);
        const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30);
        if (id === publisher || !(CUE_BEFORE.test(before) || CUE_AFTER.test(after))) continue;
        const key = `${id}\u0000${sentence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ source: id, text: sentence, line: p.line });
      }
    }
  }
  return out;
}
