import path from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { analyseArticle } from '../analyse/analyse-article.ts';
import { articleFeatures } from '../analyse/features.ts';
import { readArticleFile } from '../load/article-file.ts';
import { parseBody, renderBody } from '../markdown/body.ts';
import type { ArticleResult } from '../model/processed-article.ts';
import type { Registries } from '../model/registries.ts';
import { checkSlug, validateArticle } from '../validate/article.ts';

/**
 * Everything done to one article file: read (decode, front matter),
 * validate, parse and clean the body, analyse, render. Pure: depends only
 * on the bytes and the registries, so results can be cached by content
 * hash and computed in workers. `clock` receives the time of each stage.
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
  const read = readArticleFile(file, bytes);
  const diagnostics = [...checkSlug(file), ...read.diagnostics];
  if (!read.raw) return { file, slug, diagnostics };
  const valid = validateArticle(read.raw, registries.sources);
  diagnostics.push(...valid.diagnostics);
  if (!valid.meta || hasErrors(diagnostics)) return { file, slug, diagnostics };
  lap('validate');

  const meta = valid.meta;
  const publisher = registries.sources.find((s) => s.id === meta.publisher);
  const publisherNames = publisher ? [publisher.name, ...publisher.aliases] : [];
  const authors = meta.author ? [meta.author] : [];
  const body = parseBody(file, read.raw.body, read.raw.bodyLine, {
    headline: meta.headline,
    publisherNames,
    authors,
  });
  diagnostics.push(...body.diagnostics);
  const { paragraphs, removed } = body.parsed;
  lap('clean+render');
  const analysis = analyseArticle(paragraphs, registries, meta.date, publisher?.id ?? null);
  lap('analyse');
  const html = renderBody(body.parsed, analysis);
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
