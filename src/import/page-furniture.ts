import { NON_TEXT_TAGS } from './non-text-elements.ts';

/**
 * Removes what a news page wraps around its article before Readability scores the rest: Readability
 * finds the main block of text well, but keeps furniture that sits inside it (an "Advertisement" label
 * between paragraphs, a share bar, a byline box, a gallery's "1 of 12"). Everything removed here is
 * either not text (scripts, images, embeds, forms) or marked by the page itself as not article text: by
 * its element, its ARIA role or the words of its class, id or component name; and elements whose whole
 * text is a label such as "Advertisement".
 */
export function removePageFurniture(document: Document): void {
  const body = document.body;
  if (!body) return;
  const headline = document.querySelector('h1');
  const total = paragraphText(body);
  for (const element of [...body.querySelectorAll(NOT_TEXT)]) element.remove();
  for (const element of [...body.querySelectorAll('*')]) {
    if (!element.parentNode || !(isFurniture(element) || isSiteHeader(element, headline))) continue;
    // A wrapper whose class happens to say "share" must not take the article with it.
    if (headline && element.contains(headline)) continue;
    if (total > 0 && paragraphText(element) > total / 2) continue;
    element.remove();
  }
  removeLabels(body);
  unwrapArticleHeaders(body, headline);
}

function removeLabels(body: HTMLElement): void {
  for (const element of [...body.querySelectorAll('p, div, span, strong')]) {
    if (element.parentNode && FURNITURE_LABEL.test((element.textContent ?? '').trim())) element.remove();
  }
}

/**
 * Headers inside an article other than the headline's (a live blog update's time and title) are unwrapped:
 * Readability drops any element whose class says "header" ("block-header"), and the update's time with it.
 */
function unwrapArticleHeaders(body: HTMLElement, headline: Element | null): void {
  for (const header of [...body.querySelectorAll('article header')]) {
    if (!(headline && header.contains(headline))) header.replaceWith(...header.childNodes);
  }
}

/**
 * Whole texts that are labels, not prose: an ad slot's "Advertisement", a script-free page's plea. Only an
 * element whose entire text is one of these goes.
 */
const FURNITURE_LABEL = new RegExp(
  [
    'advertisement',
    'advert',
    'ad feedback',
    'sponsored( content)?',
    'story continues below( advertisement)?',
    'continue reading below',
    'skip (advert|advertisement|ad)',
    'please (turn on|enable) javascript\\b.*',
  ]
    .map((label) => `^(?:${label})$`)
    .join('|'),
  'i',
);

/** Elements that are never article text, whatever their place. */
const NOT_TEXT = [
  ...NON_TEXT_TAGS,
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[role="toolbar"]',
  // AMP: the subscription prompts and ad, image and share components; the "content" section is the text.
  '[subscriptions-section]:not([subscriptions-section="content"])',
  '[subscriptions-action]',
  '[subscriptions-dialog]',
  'amp-ad',
  'amp-embed',
  'amp-img',
  'amp-social-share',
  'amp-analytics',
  'amp-sidebar',
  'amp-carousel',
].join(', ');

/** Words that, in a class, id or component name, mark furniture: ad-slot, share-tools, byline__names … */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'adsbygoogle',
  'advert',
  'adverts',
  'advertisement',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'byline',
  // A photo's caption and credit, a gallery: the pictures are not kept, so neither are their words.
  'caption',
  'captions',
  'credit',
  'credits',
  'gallery',
  'slideshow',
  'comment',
  'comments',
  'consent',
  'cookie',
  'cookies',
  'counter',
  'dateline',
  // An embedded post (a tweet, an Instagram post) repeats what the text quotes or links to.
  'embed',
  'epic',
  'kicker',
  'meta',
  'instagram',
  'newsletter',
  'newsletters',
  'outbrain',
  'pagination',
  'promo',
  'related',
  'relatedposts',
  'share',
  'sharedaddy',
  'sharing',
  'signup',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'taboola',
  'tags',
  'timestamp',
  'toolbar',
  'tweet',
  'views',
  'widget',
]);

/** Furniture named in two words: "most-read", "MostPopular", "read-also", "key-events", "more-on-this-story". */
const FURNITURE_PHRASES =
  /\b(?:most (?:read|viewed|popular|shared)|read (?:also|more)|also read|key events|more (?:on|from))\b/;

function isFurniture(element: Element): boolean {
  const names = [
    element.getAttribute('class'),
    element.getAttribute('id'),
    element.getAttribute('data-component'),
    element.getAttribute('data-component-name'),
    element.tagName.includes('-') ? element.tagName : null,
  ];
  const words = names
    .filter(Boolean)
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.some((w) => FURNITURE_WORDS.has(w)) || FURNITURE_PHRASES.test(words.join(' '));
}

/** The site's header (logo, menu, sign-in), not the article's: it holds no `<h1>` and sits outside any article. */
function isSiteHeader(element: Element, headline: Element | null): boolean {
  return element.tagName === 'HEADER' && !(headline && element.contains(headline)) && !element.closest('article');
}

/** Characters of paragraph text inside an element: what a furniture rule must not take away. */
function paragraphText(element: Element): number {
  let length = 0;
  for (const p of element.querySelectorAll('p')) length += (p.textContent ?? '').trim().length;
  return length;
}
