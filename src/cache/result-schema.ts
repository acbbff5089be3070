import { z } from 'zod';
import { catalogue, type RuleId } from '../diagnostics/catalogue.ts';
import type { Diagnostic as DiagnosticModel } from '../diagnostics/diagnostic.ts';
import type { ArticleAnalysis, ArticleFeatures } from '../model/analysis.ts';
import type { ProcessedArticle as ProcessedArticleModel } from '../model/processed-article.ts';

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
const analysis = {
  mentions: list,
  discovered: list,
  quotes: list,
  claims: list,
  dates: list,
  citations: list,
};
const features = { terms: record, sentences: list };
const article = {
  slug: z.string(),
  file: z.string(),
  meta: z.looseObject({ headline: z.string(), language: z.string() }),
  html: z.string(),
  removed: z.array(z.looseObject({ rule: z.string(), text: z.string(), line: z.number() })),
  paragraphs: list,
  analysis: z.strictObject(analysis),
  features: z.strictObject(features),
  words: z.number(),
};
const ProcessedArticle = z.strictObject(article);

// The schema names exactly the model's fields: a field added, renamed or dropped fails the type check
// here, rather than every cached line being taken for damaged (or a damaged one for sound).
type Same<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false;
const inStep: [
  Same<keyof typeof article, keyof ProcessedArticleModel>,
  Same<keyof typeof analysis, keyof ArticleAnalysis>,
  Same<keyof typeof features, keyof ArticleFeatures>,
  Same<keyof typeof Diagnostic.shape, keyof DiagnosticModel>,
] = [true, true, true, true];
void inStep;

/** One line's result: the per-article stages' output for one file. */
export const CachedResult = z.strictObject({
  file: z.string(),
  slug: z.string(),
  article: ProcessedArticle.optional(),
  diagnostics: z.array(Diagnostic),
});
