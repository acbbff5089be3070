import { parseHTML } from 'linkedom';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { absoluteHttpUrl, readPageMetadata, type PageMetadata, type StatedIn } from './page-metadata.ts';
import { readableArticleHtml } from './readable-article.ts';
import { createSourceMatcher, isPublicHost, registeredDomain, type SourceWithDomains } from './source-domains.ts';
import { unknownOutlet, type UnknownOutlet } from './unknown-outlet.ts';

export interface HtmlArticle {
  /** As the page states it; null when it states none (the editor must write one, with headlineBy: editor). */
  headline: string | null;
  /** YYYY-MM-DD as the page states it, or null: a date the page does not state is never filled in. */
  date: string | null;
  author: string | null;
  /** The page's language tag (`<html lang>`), or null. */
  language: string | null;
  /** The page's canonical address for itself, or null. */
  url: string | null;
  /** A source id from the registry, or "unknown". */
  publisher: string;
  /** How the registry's source was found: "the page's address is on www.bbc.co.uk" (or its canonical address). */
  publisherFrom?: string;
  unknownOutlet?: UnknownOutlet;
  /** Where the page states each value it states, such as "JSON-LD datePublished". */
  statedIn: StatedIn;
  /** The article's text as Markdown, word for word. */
  body: string;
  warnings: string[];
}

/** Fewer words than this and the page probably did not hold the whole article. */
const SHORT_TEXT_WORDS = 100;
const WORDS = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Turns a saved news page into an article: the text by Readability, converted to Markdown; the metadata
 * only from what the page states about itself (see page-metadata.ts); the outlet matched to the sources
 * registry by the page's domain. `pageUrl` is where the page was saved from, when known: it resolves
 * relative addresses and names the outlet (else the canonical address does). `publisher`, when the editor
 * names the outlet, is taken instead of matching the page's domain. Pure: no I/O.
 */
export function htmlToArticle(
  html: string,
  pageUrl: string | undefined,
  sources: readonly SourceWithDomains[],
  publisher?: string,
): HtmlArticle {
  const document = parsePage(html);
  const page = readPageMetadata(document, pageUrl);
  const warnings = [...page.warnings];
  const outlet = publisher ? { publisher } : matchOutlet(page, pageUrl, sources, warnings);
  const content = articleHtml(document, warnings);
  const { markdown, warnings: markdownWarnings } = htmlToMarkdown(content ?? '', { headline: page.headline });
  warnings.push(...markdownWarnings, ...textWarnings(markdown, page));
  return {
    headline: page.headline,
    date: page.date,
    author: page.author,
    language: page.language,
    url: page.canonical,
    ...outlet,
    statedIn: page.statedIn,
    body: markdown,
    warnings,
  };
}

/**
 * linkedom gives a fragment or a bare text no body element, and leaves the content of a page that omits its
 * optional <head> and <body> tags (as HTML allows) outside the body: such input is parsed again inside a
 * body, its <html> language kept.
 */
function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  const root = document.documentElement;
  const outsideBody = root ? [...root.children].some((e) => e.tagName !== 'HEAD' && e.tagName !== 'BODY') : true;
  if (root?.tagName === 'HTML' && document.body && !outsideBody) return document;
  const inner = html.replace(/<!doctype[^>]*>/i, '').replace(/<\/?(?:html|head|body)\b[^>]*>/gi, '');
  const page = parseHTML(`<!doctype html><html><head></head><body>${inner}</body></html>`).document;
  const language = document.documentElement?.getAttribute?.('lang');
  if (language) page.documentElement.setAttribute('lang', language);
  return page;
}

function articleHtml(document: Document, warnings: string[]): string | null {
  try {
    const content = readableArticleHtml(document);
    if (content === null) warnings.push('Readability found no article text in the page');
    return content;
  } catch (error) {
    // Readability has thrown on odd markup before (mozilla/readability#836): report it, keep the metadata.
    warnings.push(`Readability failed on the page (${(error as Error).message}); no text was extracted`);
    return null;
  }
}

type Outlet = { publisher: string; publisherFrom?: string; unknownOutlet?: UnknownOutlet };

function matchOutlet(
  page: PageMetadata,
  pageUrl: string | undefined,
  sources: readonly SourceWithDomains[],
  warnings: string[],
): Outlet {
  const address = (pageUrl && absoluteHttpUrl(pageUrl)) ?? page.canonical;
  if (!address) {
    warnings.push('no address for the page (no page URL given, no canonical URL stated): outlet left unknown');
    return { publisher: 'unknown' };
  }
  const host = new URL(address).hostname;
  if (page.canonical && registeredDomain(new URL(page.canonical).hostname) !== registeredDomain(host)) {
    warnings.push(`the canonical address ${page.canonical} is on another site than ${host}; the outlet is ${host}'s`);
  }
  if (!isPublicHost(host)) {
    warnings.push(`${host} is not a public domain name (an IP address or a local name): outlet left unknown`);
    return { publisher: 'unknown' };
  }
  const match = createSourceMatcher(sources)(host);
  const which = pageUrl && absoluteHttpUrl(pageUrl) ? "the page's address" : "the page's canonical address";
  if (match.kind === 'match') return { publisher: match.id, publisherFrom: `${which} is on ${host}` };
  if (match.kind === 'ambiguous') {
    warnings.push(`${match.domain} is claimed by several sources (${match.ids.join(', ')}): outlet left unknown`);
    return { publisher: 'unknown' };
  }
  const domain = registeredDomain(host);
  warnings.push(`${domain} is not in the sources registry: publisher left unknown (a draft entry is given)`);
  const taken = new Set(sources.map((s) => s.id));
  return { publisher: 'unknown', unknownOutlet: unknownOutlet(domain, new URL(address).origin, page.siteName, taken) };
}

function textWarnings(markdown: string, page: PageMetadata): string[] {
  const warnings: string[] = [];
  // Word boundaries by Unicode's rules: Chinese or Japanese text has no spaces between its words.
  const words = [...WORDS.segment(markdown)].filter((segment) => segment.isWordLike).length;
  if (page.paywalled) warnings.push('the page marks its text as not free to read (paywall): the text may be partial');
  if (words < SHORT_TEXT_WORDS) {
    warnings.push(`only ${words} words of text: the page may be paywalled, truncated or not an article`);
  }
  return warnings;
}
