import type { Removal } from './processed-article.ts';
import type { Comparison, FigureStatus, SpellingStatus, TextRelation } from './aggregate.ts';

/** The paginated page kinds: one template renders one file per item. */
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
  /** The figures with a page of their own (something to compare); a lone claim is shown on its article and story. */
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
    /** Every person, as in the open data. */
    people: number;
    /** People with a page of their own: named in two or more articles, or in the editors' registry. */
    personPages: number;
    /** Every figure, as in the open data. */
    figures: number;
    /** Figures with a page of their own: two or more claims, or a measure from the editors' registry. */
    figurePages: number;
    /** Figures of one claim and no page: each value shown on its article and story pages instead. */
    singleValues: number;
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

/**
 * A figure as other pages link to it: how its claims compare, in the words the figure page uses. Its `url`
 * is its page, or for a figure without one (a lone claim, `hasPage` false) that claim's place in its article.
 */
export type FigureRef = Ref & {
  status: FigureStatus;
  comparison: Comparison;
  comparisonLabel: string;
  hasPage: boolean;
};

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
  /** Where the value links: its row on its figure's page, or its place in the article when the figure has no page. */
  url: string;
  claimant: Ref | null;
  claimantWords: string | null;
  figure: FigureRef;
}

/**
 * A claim in a story's table of every figure by outlet: the value, where it links and who claims it. Only
 * that, not the whole ClaimView: the table holds every claim of the story, and the sentence and article of
 * each are on the pages it links to.
 */
export type LedgerCell = Pick<ClaimView, 'value' | 'url' | 'claimant' | 'claimantWords'>;

/** A figure only one outlet of a story reports, as the story lists it: its value and exact words, and where they are. */
export type OnlyOneView = Pick<ClaimView, 'value' | 'words' | 'sentence' | 'before' | 'after' | 'articleUrl'> & {
  figure: Pick<FigureRef, 'name' | 'url'>;
  article: Pick<ArticleRef, 'outlet' | 'headline'>;
};

/** A figure of an article as its page lists it: the value, who claims it, and its figure; the sentence is the page's own text. */
export type ArticleClaimView = Pick<ClaimView, 'value' | 'claimant' | 'claimantWords'> & {
  figure: Pick<FigureRef, 'name' | 'url' | 'comparison' | 'comparisonLabel'>;
};

/** A quotation as its article's page lists it (the page is the article: it is not repeated here). */
export interface QuoteView {
  speaker: Ref | null;
  attributedTo: string | null;
  text: string;
  /** Its place in the article. */
  articleUrl: string;
  /** How many articles report its statement. */
  reports: number;
}

export interface StatementView {
  id: string;
  speaker: Ref | null;
  attributedTo: string | null;
  /** The appearances shown: all of them, or on a story page those in the story. */
  appearances: {
    text: string;
    article: Pick<ArticleRef, 'slug' | 'headline' | 'outlet' | 'dateLabel'>;
    articleUrl: string;
  }[];
  /** How many times the statement is reported on the whole site. */
  reported: number;
}

export interface ArticlePage extends ArticleRef {
  /** schema.org JSON-LD of the page, safe inside a <script> element. */
  jsonLd: string;
  story: Ref;
  /** When this text is folded as a copy (identical or shortened): the article it copies. */
  copyOf: ArticleRef | null;
  /** Copies of this text published elsewhere, folded into it. */
  copies: ArticleRef[];
  /** How this text stands to another's, with every difference, when it is a copy or a version of one. */
  relation: (Omit<TextRelation, 'article' | 'of'> & { of: ArticleRef }) | null;
  /** Other articles that are versions of this text with differences (each a report of its own). */
  versions: ArticleRef[];
  file: string;
  language: string;
  origin: string | null;
  originalUrl: string | null;
  author: string | null;
  html: string;
  removed: Removal[];
  citations: { source: Ref; text: string }[];
  /**
   * The people the article names, each with its entry's anchor (where links to someone without a page of
   * their own lead) and whether they have a page to link to.
   */
  people: { person: Ref; spellings: string[]; anchor: string; hasPage: boolean }[];
  claims: ArticleClaimView[];
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
  /** Its newest articles, at most `SOURCE_LIST` (`counts.published` says how many there are). */
  published: ArticleRef[];
  /** The newest articles citing it, at most `SOURCE_LIST`. */
  citedBy: { article: ArticleRef; text: string }[];
  /** The figures this outlet reports beside what other outlets report, at most `SOURCE_LIST`. */
  figures: { figure: FigureRef; story: Ref; own: ClaimView[]; others: ClaimView[] }[];
  /** The stories of its newest articles, at most `SOURCE_LIST`. */
  stories: Ref[];
  /** How many of each there are in all: a source's page lists a bounded part, however large the archive. */
  counts: { published: number; citedBy: number; figures: number; stories: number };
}

export interface PersonPage extends Ref {
  /** schema.org JSON-LD of the page, safe inside a <script> element. */
  jsonLd: string;
  role: string | null;
  /** Where the role comes from: the registry, or the article that described the person. */
  roleFrom: ArticleRef | 'registry' | null;
  inRegistry: boolean;
  /** Each spelling with the articles that use it, by outlet, named and linked (no more: a person may have hundreds). */
  spellings: {
    text: string;
    status: SpellingStatus;
    uses: { outlet: string; article: Pick<ArticleRef, 'url' | 'headline'> }[];
  }[];
  articles: ArticleRef[];
  statements: StatementView[];
  claims: ClaimView[];
  /** The stories whose articles name this person. */
  stories: Ref[];
}

/**
 * A figure as its page shows it. Story and source pages show every figure this way; only those with
 * `hasPage` are rendered as pages (`SiteData.figures`), and the others' `url` is their claim's place in
 * its article (see FigureRef).
 */
export interface FigurePage extends Ref {
  /** schema.org JSON-LD of the page, safe inside a <script> element; empty for a figure without a page. */
  jsonLd: string;
  hasPage: boolean;
  story: string;
  unit: string;
  status: FigureStatus;
  comparison: Comparison;
  /** The comparison in a few words ("Outlets differ", "Claimants differ", …), for badges and headings. */
  comparisonLabel: string;
  /** The comparison in a reader's words: which outlets, claimants and dates give which values. */
  comparisonText: string;
  claims: ClaimView[];
  outlets: number;
  /** The story it belongs to, the place it is about (when stated), and the dates of the articles reporting it. */
  inStory: Ref;
  place: string | null;
  dates: string;
  /** Its values drawn on one scale; null when they do not differ. */
  chart: Chart | null;
}

/** A line of a chart's text, in the chart's own units. */
export interface ChartText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** The first line of a row (value and outlet), drawn bold. */
  strong: boolean;
}

/**
 * A chart's shapes: a row's track, a range from x1 to x2, a value's dot, an
 * open end ("up to", "more than") drawn dashed, the scale and its ticks.
 */
export interface ChartMark {
  kind: 'track' | 'range' | 'open' | 'dot' | 'axis' | 'tick';
  x1: number;
  x2: number;
  y: number;
}

/** A figure's values on one scale, laid out at build time; the template renders it as inline SVG. */
export interface Chart {
  id: string;
  width: number;
  height: number;
  texts: ChartText[];
  marks: ChartMark[];
  /** The same content in words, for screen readers (the SVG's description; not shown a second time). */
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
  /** The one line under the headline: how many articles, from how many named outlets, how many unattributed, when. */
  coverage: { articles: number; named: number; unattributed: number; undated: number; dates: string };
  /** Figures whose values differ (between outlets, between claimants, or over time), outlets differing first. */
  differences: FigurePage[];
  /** People whose name the articles spell in more than one way, each spelling with the outlets that used it. */
  spellings: { person: Ref; spellings: { text: string; outlets: string[] }[] }[];
  /** Figures several outlets report with values that agree. */
  agreements: FigurePage[];
  articles: ArticleRef[];
  outlets: {
    name: string;
    source: Ref | null;
    first: string;
    articles: ArticleRef[];
    /** Folded copies of its articles: the same text word for word, and shortened copies. */
    copies: ArticleRef[];
    shortened: ArticleRef[];
    /** Its articles that are versions of another's text, with their differences in brief. */
    versions: { article: ArticleRef; of: ArticleRef; changes: string }[];
  }[];
  summary: { text: string; article: ArticleRef }[];
  ledger: { columns: string[]; rows: { figure: FigureRef; cells: LedgerCell[][] }[] };
  people: { person: Ref; spellings: string[] }[];
  /** Quotes grouped by speaker, one group per person (or per words naming a speaker, or unidentified last). */
  speakers: { speaker: Ref | null; attributedTo: string | null; statements: StatementView[] }[];
  timeline: {
    date: string;
    dateLabel: string;
    relative: boolean;
    text: string;
    words: string;
    articles: ArticleRef[];
  }[];
  onlyOne: OnlyOneView[];
  counts: { outlets: number; people: number; figures: number; conflicts: number; differences: number; quotes: number };
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
  /** Its Atom file's address. */
  atom: string;
  /** Its JSON Feed's address: the site's feed only (see src/site/feeds.ts); null for every other feed. */
  json: string | null;
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
