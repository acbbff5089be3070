import path from 'node:path';
import { analyseArticle } from '../analyse/analyse-article.ts';
import { paragraphsOf, textBlocks } from '../markdown/text-blocks.ts';
import { removeFurniture } from '../markdown/clean.ts';
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { didYouMean } from '../diagnostics/did-you-mean.ts';
import { decodeText } from '../load/decode.ts';
import { parseFrontMatter } from '../load/front-matter.ts';
import { ArticleFrontMatter, REQUIRED_FIELD_HELP } from '../model/article.ts';
import { SLUG_PATTERN } from '../model/common.ts';
import type { Registries } from '../model/registries.ts';
import { articleFeatures } from '../analyse/features.ts';
import { annotate, type Span } from '../markdown/annotate.ts';
import { markdownLimits } from '../markdown/limits.ts';
import { neutralise, parseMarkdown, renderHtml } from '../markdown/render.ts';
import { zodDiagnostics } from '../validate/zod-diagnostics.ts';
import { slugify } from '../text/slug.ts';
import type { ArticleAnalysis } from '../model/analysis.ts';
import type { ArticleResult } from '../model/processed-article.ts';

const ARTICLE_KEYS = Object.keys(ArticleFrontMatter.shape);

/**
 * Everything done to one article file: decode, front matter, validation,
 * cleaning, rendering, analysis. Pure: depends only on the bytes and the
 * registries, so results can be cached by content hash and computed in workers.
 */
export function processArticle(
  file: string,
  bytes: Uint8Array,
  registries: Registries,
  clock?: (stage: string, ms: number) => void,
): ArticleResult {
  let mark = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    clock?.(stage, now - mark);
    mark = now;
  };
  const slug = path.basename(file, '.md');
  const diagnostics: Diagnostic[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    const hint = slugify(slug);
    diagnostics.push(
      diagnostic(file, { line: 1, column: 1 }, 'load/bad-slug', { slug, hint: hint && hint !== slug ? hint : '' }),
    );
  }
  const decoded = decodeText(file, bytes);
  diagnostics.push(...decoded.diagnostics);
  if (decoded.text === undefined) return { file, slug, diagnostics };

  const fm = parseFrontMatter(file, decoded.text);
  diagnostics.push(...fm.diagnostics);
  if (fm.data === undefined) return { file, slug, diagnostics };
  const parsed = ArticleFrontMatter.safeParse(fm.data);
  if (!parsed.success) {
    diagnostics.push(
      ...zodDiagnostics(parsed.error, {
        file,
        data: fm.data,
        locate: fm.locate,
        knownKeys: () => ARTICLE_KEYS,
        help: REQUIRED_FIELD_HELP,
        invalidRule: 'field/invalid',
      }),
    );
  }
  const publisherId = (fm.data as { publisher?: unknown }).publisher;
  const sourceIds = registries.sources.map((s) => s.id);
  if (typeof publisherId === 'string' && publisherId !== 'unknown' && !sourceIds.includes(publisherId)) {
    const hint = didYouMean(publisherId, sourceIds) ?? '';
    diagnostics.push(
      diagnostic(file, fm.locate(['publisher']), 'reference/unknown-source', {
        field: 'publisher',
        value: publisherId,
        hint,
      }),
    );
  }
  if (fm.body.trim() === '') diagnostics.push(diagnostic(file, { line: fm.bodyLine, column: 1 }, 'body/empty'));
  for (const f of markdownLimits(fm.body))
    diagnostics.push(diagnostic(file, { line: f.line + fm.bodyLine - 1, column: f.column }, f.rule, f.params));
  if (!parsed.success || hasErrors(diagnostics)) return { file, slug, diagnostics };

  lap('validate');
  const meta = parsed.data;
  const lineOffset = fm.bodyLine - 1;
  const tree = parseMarkdown(fm.body);
  for (const f of neutralise(tree)) {
    const at = { line: f.line + lineOffset, column: f.column };
    diagnostics.push(
      f.kind === 'raw-html'
        ? diagnostic(file, at, 'body/raw-html', {
            snippet: JSON.stringify(f.text.length > 40 ? `${f.text.slice(0, 40)}…` : f.text),
          })
        : diagnostic(file, at, 'body/unsafe-link', { url: f.text }),
    );
  }
  const publisher = registries.sources.find((s) => s.id === meta.publisher);
  const removed = removeFurniture(tree, {
    headline: meta.headline,
    publisherNames: publisher ? [publisher.name, ...publisher.aliases] : [],
  }).map((r) => ({ ...r, line: r.line + lineOffset }));
  const blocks = textBlocks(tree);
  const paragraphs = paragraphsOf(blocks, lineOffset);
  lap('clean+render');
  const analysis = analyseArticle(
    paragraphs,
    registries,
    meta.date === 'unknown' ? null : meta.date,
    publisher?.id ?? null,
  );
  lap('analyse');
  blocks.forEach((block, i) => annotate(block, spansOf(analysis, i)));
  const html = renderHtml(tree);
  lap('clean+render');
  const words = paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  const features = articleFeatures(meta.headline, paragraphs);
  lap('analyse');
  return {
    file,
    slug,
    diagnostics,
    article: { slug, file, meta, html, removed, paragraphs, analysis, features, words },
  };
}

/**
 * Links and marks for one paragraph. Targets are symbolic (/_/person/<key>,
 * /_/claim/<n>) because ids across articles are only known after
 * aggregation; the site resolves them (see site/resolve-links.ts).
 */
function spansOf(a: ArticleAnalysis, paragraph: number): Span[] {
  const spans: Span[] = [];
  a.mentions.forEach(
    (m, n) =>
      m.paragraph === paragraph &&
      spans.push({ start: m.start, end: m.end, href: `/_/person/${encodeURIComponent(m.key)}`, id: `person-${n}` }),
  );
  a.claims.forEach(
    (c, n) =>
      c.paragraph === paragraph && spans.push({ start: c.start, end: c.end, href: `/_/claim/${n}`, id: `claim-${n}` }),
  );
  a.quotes.forEach((q, n) => q.paragraph === paragraph && spans.push({ start: q.start, end: q.end, id: `quote-${n}` }));
  return spans;
}
