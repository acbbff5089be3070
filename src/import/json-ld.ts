/** What a page's JSON-LD says about its article, as the page says it (strings not yet checked). */
export interface JsonLdArticle {
  type: string;
  headline?: string;
  datePublished?: string;
  /** Names of the people given as author; organisations are the publisher's business, not a byline. */
  authors: string[];
  publisherName?: string;
  /** The page's own address for the article: `url`, else `mainEntityOfPage`. */
  url?: string;
  /** false when the page marks its text as not free to read (a paywall). */
  isAccessibleForFree?: boolean;
}

export interface JsonLdReading {
  article?: JsonLdArticle;
  warnings: string[];
}

type Node = Record<string, unknown>;

/** News types first: a page that holds both a NewsArticle and a generic Article means the news one. */
const ARTICLE_TYPES = [
  [
    'NewsArticle',
    'ReportageNewsArticle',
    'AnalysisNewsArticle',
    'BackgroundNewsArticle',
    'OpinionNewsArticle',
    'ReviewNewsArticle',
    'AskPublicNewsArticle',
    'LiveBlogPosting',
  ],
  ['Article', 'BlogPosting', 'Report'],
];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

const typesOf = (node: Node): string[] => {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
};

/**
 * Reads the page's `application/ld+json` blocks and picks its article node: top-level objects, arrays of
 * them, `@graph` members and a WebPage's `mainEntity` are candidates; nested nodes (a live blog's updates)
 * are not. A block that is not valid JSON is skipped with a warning, as browsers and search engines do.
 */
export function readJsonLd(blocks: readonly string[]): JsonLdReading {
  const warnings: string[] = [];
  const nodes: Node[] = [];
  blocks.forEach((block, index) => {
    try {
      collectNodes(JSON.parse(block) as unknown, nodes);
    } catch (error) {
      warnings.push(`JSON-LD block ${index + 1} is not valid JSON and was ignored (${(error as Error).message})`);
    }
  });
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  for (const types of ARTICLE_TYPES) {
    const node = nodes.find((n) => typesOf(n).some((t) => types.includes(t)));
    if (node) return { article: readArticle(node, byId), warnings };
  }
  return { warnings };
}

function collectNodes(value: unknown, into: Node[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into);
    return;
  }
  if (!isNode(value)) return;
  if (Array.isArray(value['@graph'])) collectNodes(value['@graph'], into);
  if (typesOf(value).length > 0) into.push(value);
  if (isNode(value.mainEntity)) collectNodes(value.mainEntity, into);
}

function readArticle(node: Node, byId: ReadonlyMap<string, Node>): JsonLdArticle {
  // Linked-data graphs name the author and publisher by reference: {"@id": "…#/schema/person/1"}.
  const resolve = (value: unknown): unknown =>
    isNode(value) && typeof value['@id'] === 'string' && !('name' in value) ? (byId.get(value['@id']) ?? value) : value;
  const publisher = resolve(firstOf(node.publisher));
  return {
    type: typesOf(node).join(', '),
    headline: text(node.headline) ?? text(node.name),
    datePublished: text(node.datePublished),
    authors: listOf(node.author).map(resolve).flatMap(personName),
    publisherName: isNode(publisher) ? text(publisher.name) : undefined,
    url: text(node.url) ?? pageAddress(node.mainEntityOfPage),
    isAccessibleForFree: isFalse(node.isAccessibleForFree) ? false : undefined,
  };
}

/** Schema.org booleans come as JSON booleans or as the strings "False" / "false". */
const isFalse = (value: unknown): boolean => value === false || (typeof value === 'string' && /^false$/i.test(value));

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const firstOf = (value: unknown): unknown => listOf(value)[0];

/** A person's name; a bare string author is taken as a name unless it is an address. */
function personName(value: unknown): string[] {
  if (typeof value === 'string') return isAddress(value) ? [] : nonEmpty(value);
  if (!isNode(value) || typesOf(value).some((t) => t !== 'Person')) return [];
  const name = text(value.name);
  return name && !isAddress(name) ? [name] : [];
}

function pageAddress(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  return isNode(value) ? (text(value['@id']) ?? text(value.url)) : undefined;
}

const isAddress = (value: string): boolean => /^https?:\/\//i.test(value.trim());

const nonEmpty = (value: string): string[] => {
  const cleaned = decodeEntities(value).replace(/\s+/g, ' ').trim();
  return cleaned ? [cleaned] : [];
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? nonEmpty(value)[0] : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * JSON-LD is script text, so the HTML parser does not decode it, yet CMS plugins often write their strings
 * HTML-escaped ("Alder Street&#8217;s"). Decoding the references gives back the characters they stand for.
 */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
