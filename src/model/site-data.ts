import type { Removal } from './processed-article.ts';
import type { Comparison, FigureStatus, SpellingStatus } from './aggregate.ts';

/** The paginated page kinds: one template (two for feeds) renders one file per item. */
export const PAGE_KINDS = ['articles', 'stories', 'sources', 'people', 'figures', 'feeds', 'redirects'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The items each paginated template renders; the rest of `site` is read only by the few index pages. */
export type PagesToRender = { [K in PageKind]: SiteData[K] };

/** Everything the templates read; they see nothing else. */
export interface SiteData {
  title: string;
  stories: StoryPage[];
  articles: ArticlePage[];
  sources: SourcePage[];
  people: PersonPage[];
  figures: FigurePage[];
  /** Articles whose publisher is unknown, for the sources index. */
  unknownPublisher: ArticleRef[];
  /** One Atom + JSON Feed pair for the site and for each story, source and person. */
  feeds: Feed[];
  /** Old story addresses (merged, split, renamed or retired stories) and where they lead. */
  redirects: RedirectPage[];
  stats: {
    stories: number;
    articles: number;
    sources: number;
    citations: number;
    people: number;
    figures: number;
    conflicts: number;
    quotes: number;
    copies: number;
  };
}

export interface Ref {
  id: string;
  name: string;
  url: string;
}

export interface ArticleRef {
  slug: string;
  url: string;
  headline: string;
  headlineBy: 'outlet' | 'editor';
  date: string | null;
  dateLabel: string;
  dateInferred: string | null;
  publisher: Ref | null;
  /** The outlet as every page names it: the publisher, or "Unattributed article N" (site/outlets.ts). */
  outlet: string;
}

/** One reported value of a figure, traceable to its article and exact words. */
export interface ClaimView {
  anchor: string;
  /** The value as displayed ("up to 30 km"), and as data. */
  value: string;
  raw: { value: number | null; low: number | null; high: number | null; qualifier: string | null; unit: string };
  words: string;
  /** The article's exact sentence. */
  sentence: string;
  /** The sentence split around the number phrase, so templates can emphasise it without HTML. */
  before: string;
  after: string;
  note: string | null;
  article: ArticleRef;
  /** Link into the article text. */
  articleUrl: string;
  claimant: Ref | null;
  claimantWords: string | null;
  figure: Ref & { status: FigureStatus };
}

export interface QuoteView {
  /** The statement as a whole. */
  statement: string;
  speaker: Ref | null;
  attributedTo: string | null;
  text: string;
  article: ArticleRef;
  articleUrl: string;
  /** How many articles report this statement. */
  reports: number;
}

export interface StatementView {
  id: string;
  speaker: Ref | null;
  attributedTo: string | null;
  appearances: { text: string; article: ArticleRef; articleUrl: string }[];
}

export interface ArticlePage extends ArticleRef {
  /** schema.org JSON-LD of the page, safe inside a <script> element. */
  jsonLd: string;
  story: Ref;
  /** When this text is a syndicated copy: the article it copies. */
  copyOf: ArticleRef | null;
  /** Copies of this text published elsewhere. */
  copies: ArticleRef[];
  file: string;
  language: string;
  origin: string | null;
  originalUrl: string | null;
  author: string | null;
  html: string;
  removed: Removal[];
  citations: { source: Ref; text: string }[];
  people: { person: Ref; spellings: string[] }[];
  claims: ClaimView[];
  quotes: QuoteView[];
  words: number;
}

export interface SourcePage extends Ref {
  /** schema.org JSON-LD of the page, safe inside a <script> element. */
  jsonLd: string;
  homepage: string;
  country: string;
  kind: string;
  aliases: string[];
  published: ArticleRef[];
  citedBy: { article: ArticleRef; text: string }[];
  /** The figures this outlet reports, beside what the other outlets report. */
  figures: { figure: Ref & { status: FigureStatus }; own: ClaimView[]; others: ClaimView[] }[];
}

export interface PersonPage extends Ref {
  /** schema.org JSON-LD of the page, safe inside a <script> element. */
  jsonLd: string;
  role: string | null;
  /** Where the role comes from: the registry, or the article that described the person. */
  roleFrom: ArticleRef | 'registry' | null;
  inRegistry: boolean;
  spellings: { text: string; status: SpellingStatus; uses: { outlet: string; article: ArticleRef }[] }[];
  articles: ArticleRef[];
  statements: StatementView[];
  claims: ClaimView[];
}

export interface FigurePage extends Ref {
  /** schema.org JSON-LD of the page, safe inside a <script> element. */
  jsonLd: string;
  story: string;
  unit: string;
  status: FigureStatus;
  comparison: Comparison;
  /** The comparison in a reader's words: which outlets, claimants and dates give which values. */
  comparisonText: string;
  claims: ClaimView[];
  outlets: number;
}

export interface ChartBar {
  y: number;
  x: number;
  width: number;
  label: string;
  value: string;
}

/** A figure drawn as bars at build time; the template renders it as inline SVG. */
export interface Chart {
  figure: Ref & { status: FigureStatus };
  id: string;
  unit: string;
  height: number;
  bars: ChartBar[];
  /** The same content in words, for the SVG's description. */
  description: string;
}

export interface StoryPage extends Ref {
  /** schema.org JSON-LD of the page, safe inside a <script> element. */
  jsonLd: string;
  titleFrom: ArticleRef;
  headlineRule: string;
  /** Latest known publication date among the articles, for ordering. */
  date: string | null;
  dateLabel: string;
  articles: ArticleRef[];
  outlets: { name: string; source: Ref | null; first: string; articles: ArticleRef[]; copies: ArticleRef[] }[];
  summary: { text: string; article: ArticleRef }[];
  ledger: { columns: string[]; rows: { figure: Ref & { status: FigureStatus }; cells: ClaimView[][] }[] };
  charts: Chart[];
  people: { person: Ref; spellings: string[] }[];
  statements: StatementView[];
  timeline: {
    date: string;
    dateLabel: string;
    relative: boolean;
    text: string;
    words: string;
    articles: ArticleRef[];
  }[];
  onlyOne: ClaimView[];
  counts: { outlets: number; people: number; figures: number; conflicts: number };
}

/** A small page at an old story address that sends the reader on (for hosts that do not read `_redirects`). */
export interface RedirectPage {
  /** The old address. */
  url: string;
  /** Where it leads: the story's address, or the home page for a retired story. */
  to: string;
  /** The story's title; null for a retired story. */
  story: string | null;
}

/** A feed of articles following one page (the home page for the whole site), newest first. */
export interface Feed {
  title: string;
  /** The page it follows. */
  page: string;
  atom: string;
  json: string;
  /** Latest known publication date of its articles, else of the site; null when none has one (never the build time). */
  updated: string | null;
  entries: FeedEntry[];
}

export interface FeedEntry {
  url: string;
  title: string;
  /** Publication date when known; unknown dates stay null rather than being filled in. */
  date: string | null;
  author: string | null;
  /** The facts a reader sees before opening the article: outlet, date, story. */
  summary: string;
}
