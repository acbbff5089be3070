import { z } from 'zod';
import { catalogue, type RuleId } from '../diagnostics/catalogue.ts';

const Diagnostic = z.strictObject({
  file: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  rule: z.enum(Object.keys(catalogue) as [RuleId, ...RuleId[]]),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

const list = z.custom<unknown[]>((v) => Array.isArray(v), 'expected an array');
const record = z.custom<object>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected an object');

/**
 * An article's processed record, as far as a damaged cache line could get
 * it wrong: every field the stages after it read at once is there with its
 * kind. The parts inside the analysis are not checked one by one: a line
 * is keyed by the code that wrote it, so a line of the right shape at this
 * level was written whole by this very code. Lists are checked to be
 * lists, not walked: walking them would cost more than reading the line.
 */
const ProcessedArticle = z.looseObject({
  slug: z.string(),
  file: z.string(),
  meta: z.looseObject({ headline: z.string(), language: z.string() }),
  html: z.string(),
  removed: z.array(z.looseObject({ rule: z.string(), text: z.string(), line: z.number() })),
  paragraphs: list,
  analysis: z.looseObject({
    mentions: list,
    discovered: list,
    quotes: list,
    claims: list,
    dates: list,
    citations: list,
  }),
  features: z.looseObject({ terms: record, minhash: list, fingerprint: z.string() }),
  words: z.number(),
});

/** One line's result: the per-article stages' output for one file. */
export const CachedResult = z.strictObject({
  file: z.string(),
  slug: z.string(),
  article: ProcessedArticle.optional(),
  diagnostics: z.array(Diagnostic),
});
