import { readJsonLd, type JsonLdArticle } from './json-ld.ts';
import { dateAsStated } from './stated-date.ts';

/**
 * What a page states about itself, and only that. Sources, first found wins:
 * - headline: JSON-LD `headline`; `og:title`; `<title>` (the part that equals the `<h1>`, if one does).
 * - date: JSON-LD `datePublished`; `article:published_time`; a `<time datetime>` in the `<header>` that holds
 *   the `<h1>` (the article's header, so not a date in a "Most read" list or a footer).
 * - author: JSON-LD author people; `article:author` and `<meta name="author">` when they hold a name, not an
 *   address. A byline paragraph ("By Tom Ashdown, Chief Reporter") is prose, not metadata: it is not read.
 * - canonical: `<link rel="canonical">`; `og:url`; JSON-LD `url` or `mainEntityOfPage`.
 * - site name: `og:site_name`; JSON-LD `publisher.name`.
 * - language: `<html lang>`, as a front-matter tag ("en", "en-GB"), if it is one.
 */
export interface PageMetadata {
  headline: string | null;
  date: string | null;
  author: string | null;
  canonical: string | null;
  siteName: string | null;
  language: string | null;
  /** Where the page states each value it states ("JSON-LD datePublished", "og:title"), for the editor to check. */
  statedIn: StatedIn;
  /** The page's JSON-LD marks the text as not free to read. */
  paywalled: boolean;
  warnings: string[];
}

export type StatedIn = Partial<Record<'headline' | 'date' | 'author' | 'canonical' | 'language', string>>;

/** A value and where in the page it is stated. */
interface Stated {
  value: string;
  where: string;
}

export function readPageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const blocks = [...document.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? '');
  const { article, warnings } = readJsonLd(blocks);
  const siteName = meta(document, 'og:site_name') ?? article?.publisherName ?? null;
  const stated = {
    headline: statedHeadline(document, article, siteName, warnings),
    date: statedDate(document, article, warnings),
    author: statedAuthor(document, article),
    canonical: statedCanonical(document, article, pageUrl, warnings),
    language: statedLanguage(document),
  };
  const statedIn: StatedIn = {};
  for (const [field, found] of Object.entries(stated)) if (found) statedIn[field as keyof StatedIn] = found.where;
  return {
    headline: stated.headline?.value ?? null,
    date: stated.date?.value ?? null,
    author: stated.author?.value ?? null,
    canonical: stated.canonical?.value ?? null,
    siteName,
    language: stated.language?.value ?? null,
    statedIn,
    paywalled: article?.isAccessibleForFree === false,
    warnings,
  };
}

/** A `<meta property=…>` or `<meta name=…>` value, whitespace collapsed; pages use either attribute for OG. */
export function meta(document: Document, key: string): string | null {
  for (const element of document.querySelectorAll(`meta[property="${key}" i], meta[name="${key}" i]`)) {
    const content = clean(element.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

const clean = (value: string | null | undefined): string | null => value?.replace(/\s+/g, ' ').trim() || null;
const isAddress = (value: string): boolean => /^https?:\/\//i.test(value);

function statedHeadline(
  document: Document,
  article: JsonLdArticle | undefined,
  siteName: string | null,
  warnings: string[],
): Stated | null {
  const ogTitle = meta(document, 'og:title');
  const og = ogTitle && siteName ? withoutSiteName(ogTitle, siteName) : ogTitle;
  if (article?.headline) {
    if (og && og !== article.headline) {
      warnings.push(`og:title "${og}" differs from the JSON-LD headline; the JSON-LD headline is used`);
    }
    return { value: article.headline, where: 'JSON-LD headline' };
  }
  if (og) return { value: og, where: 'og:title' };
  const title = clean(document.querySelector('title')?.textContent);
  if (!title) {
    warnings.push('the page states no headline (no JSON-LD headline, og:title or <title>)');
    return null;
  }
  const h1 = clean(document.querySelector('h1')?.textContent);
  const part = title
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .find((p) => p === h1);
  if (part) return { value: part, where: '<title>, the part that equals the <h1>' };
  warnings.push('headline taken from <title>; check that it holds no site name');
  return { value: siteName ? withoutSiteName(title, siteName) : title, where: '<title>' };
}

/** " | ", " - ", " – ", " — ", " · ", " :: " between a headline and a site or section name. */
const TITLE_SEPARATOR = /\s+(?:[|\-–—·]|::)\s+/;

/** "Headline | AP News" → "Headline", when the page names "AP News" as its site. */
function withoutSiteName(title: string, siteName: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2 || parts.at(-1)!.trim() !== siteName) return title;
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATOR, 'g'))];
  return title.slice(0, separators.at(-1)!.index).trim();
}

function statedDate(document: Document, article: JsonLdArticle | undefined, warnings: string[]): Stated | null {
  const statements: [string, string | null | undefined][] = [
    ['JSON-LD datePublished', article?.datePublished],
    ['article:published_time', meta(document, 'article:published_time')],
    ['<time datetime> in the article header', headerTime(document)],
  ];
  for (const [where, value] of statements) {
    if (!value) continue;
    const date = dateAsStated(value);
    if (date && where.startsWith('<time')) warnings.push(`date from the ${where}: check it is the publication date`);
    if (date) return { value: date, where };
    warnings.push(`${where} "${value}" is not an ISO 8601 date; ignored`);
  }
  warnings.push('the page states no publication date; the date is left unknown');
  return null;
}

/** The `datetime` of the `<time>` in the header that holds the `<h1>`; a `pubdate` or itemprop one first. */
function headerTime(document: Document): string | null {
  const header = document.querySelector('h1')?.closest('header');
  if (!header) return null;
  const marked = header.querySelector('time[datetime][itemprop="datePublished"], time[datetime][pubdate]');
  return clean((marked ?? header.querySelector('time[datetime]'))?.getAttribute('datetime'));
}

function statedAuthor(document: Document, article: JsonLdArticle | undefined): Stated | null {
  if (article && article.authors.length > 0) {
    return { value: [...new Set(article.authors)].join(', '), where: 'JSON-LD author' };
  }
  for (const [key, where] of [
    ['article:author', 'article:author'],
    ['author', '<meta name="author">'],
  ] as const) {
    const value = meta(document, key);
    if (value && !isAddress(value)) return { value, where };
  }
  return null;
}

function statedCanonical(
  document: Document,
  article: JsonLdArticle | undefined,
  pageUrl: string | undefined,
  warnings: string[],
): Stated | null {
  const candidates: [string, string | null | undefined][] = [
    ['<link rel="canonical">', document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')],
    ['og:url', meta(document, 'og:url')],
    ['JSON-LD url', article?.url],
  ];
  for (const [where, value] of candidates) {
    const href = clean(value);
    if (!href) continue;
    const address = absoluteHttpUrl(href, pageUrl);
    if (address) return { value: address, where };
    warnings.push(`${where} "${href}" is not an http(s) address${pageUrl ? '' : ' and no page address was given'}`);
  }
  return null;
}

/** "en-gb" → "en-GB"; a tag with a script or variant ("zh-Hant-TW") is not guessed at. */
function statedLanguage(document: Document): Stated | null {
  const [language, region, ...rest] = (clean(document.documentElement.getAttribute('lang')) ?? '').split(/[-_]/);
  if (!language || !/^[a-z]{2,3}$/i.test(language) || rest.length > 0) return null;
  const where = '<html lang>';
  if (region === undefined) return { value: language.toLowerCase(), where };
  return /^[a-z]{2}$/i.test(region) ? { value: `${language.toLowerCase()}-${region.toUpperCase()}`, where } : null;
}

/** An absolute http(s) address, a relative one resolved against the page's own address. */
export function absoluteHttpUrl(href: string, base?: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
