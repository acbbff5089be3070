// The paragraphs of one article: as many as an article of the corpus has,
// each drawn again until it is one the generator has never written.
import { paragraph } from './compose.ts';
import { copyDraft, keepDraft, startDraft } from './draft.ts';
import { hash53 } from './hash.ts';
import type { Rng } from './prng.ts';
import type { Story } from './story.ts';

const TRIES = 100;

export interface Body {
  paragraphs: string[];
  /** Their hashes, for the caller to remember once it keeps the body. */
  hashes: number[];
}

/** A body for an article of `story` with no paragraph in `written` (hashes of every paragraph so far). */
export function writeBody(rng: Rng, story: Story, written: ReadonlySet<number>): Body {
  const count = rng.pick(story.model.shape.paragraphs);
  const draft = startDraft(story);
  const body: Body = { paragraphs: [], hashes: [] };
  for (let i = 0; i < count; i++) {
    for (let t = 0; ; t++) {
      if (t === TRIES) throw new Error(`${story.model.topic}: no new paragraph in ${TRIES} tries (too small a corpus)`);
      const attempt = copyDraft(draft);
      const text = paragraph(rng, attempt, i);
      const hash = hash53(text);
      if (written.has(hash) || body.hashes.includes(hash)) continue;
      keepDraft(draft, attempt);
      body.paragraphs.push(text);
      body.hashes.push(hash);
      break;
    }
  }
  return body;
}
