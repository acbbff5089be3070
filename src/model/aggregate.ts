// What aggregation makes of all the articles together: people, stories, figures, statements.
import type { ArticleClaim } from './analysis.ts';
import type { ProcessedArticle } from './processed-article.ts';
import type { Registries, StoryIdEntry } from './registries.ts';

export type SpellingStatus = 'canonical' | 'known spelling' | 'known misspelling' | 'not in the registry';

export interface PersonEntity {
  id: string;
  name: string;
  role: string | null;
  /** Where the role comes from: the registry, or the article that described the person. */
  roleFrom: 'registry' | string;
  inRegistry: boolean;
  spellings: { text: string; status: SpellingStatus; articles: string[] }[];
  articles: string[];
  /**
   * True when the person has a page of their own: named in two or more articles, or in the editors'
   * registry (registries/people.yaml). Someone named in one article is shown there, where a page would
   * only repeat it, and in the open data.
   */
  hasPage: boolean;
}

/** A name that may be someone already known; printed by the build for an editor to decide. */
export interface ReviewItem {
  name: string;
  file: string;
  looksLike: string;
  reason: string;
}

export interface ResolvedPeople {
  people: PersonEntity[];
  /** Person id for an article's mention key; null for a surname that stands for no one. */
  idOf: (slug: string, key: string) => string | null;
  review: ReviewItem[];
}

export interface Story {
  id: string;
  /** The headline chosen for the story, taken from a member article by the rule below. */
  title: string;
  titleFrom: string;
  /** Independent articles, earliest first; copies are not members. */
  members: string[];
  pinned: boolean;
}

/** An old story address: `from` redirects to the story `to`, or to the home page when retired (null). */
export interface StoryRedirect {
  from: string;
  to: string | null;
}

/** One run of words that differs between two wordings of a sentence ("30 km" → "35 km"). */
export interface WordChange {
  from: string;
  to: string;
  /** A number changed, a name changed, or other words. */
  kind: 'number' | 'name' | 'words';
}

/** How one text differs from another, sentence by sentence. */
export interface TextDifferences {
  /** Sentences in both, reworded: the original's wording, the other's, and each change of words. */
  changed: { from: string; to: string; changes: WordChange[] }[];
  /** Sentences only the other text has. */
  added: string[];
  /** Sentences of the original the other text leaves out. */
  removed: string[];
}

/**
 * How an article's text stands to another's, said exactly:
 * - identical: the same text, word for word (furniture and white space aside): folded, not a separate report;
 * - shortened: only sentences of the other, fewer of them (a wire text cut down): folded, not a separate report;
 * - version: the same text with differences (changed, added or removed sentences): shown with its
 *   differences and counted as a report of its own, since what it changed is what the site exists to show.
 */
export interface TextRelation {
  article: string;
  of: string;
  kind: 'identical' | 'shortened' | 'version';
  /** The article's own headline when it is not the other's. */
  headline: string | null;
  differences: TextDifferences;
}

export interface Stories {
  stories: Story[];
  /** Old story ids and where their addresses now lead, by id. */
  redirects: StoryRedirect[];
  /** registries/story-ids.yaml as this build leaves it (written after a successful build). */
  storyIds: StoryIdEntry[];
  storyOf: Map<string, string>;
  /** Primary slug → slugs of the copies folded into it (identical or shortened). */
  copiesOf: Map<string, string[]>;
  /** Folded copy slug → primary slug. */
  primaryOf: Map<string, string>;
  /** Article slug → how its text stands to another's (folded copies and versions alike). */
  relations: Map<string, TextRelation>;
}

export type FigureStatus = 'consistent' | 'conflicting' | 'single-source';

/**
 * How a figure's claims relate, as the site words it; never a verdict on who is right.
 * - agreement: one value fits every claim;
 * - outlets-differ: outlets report different values for the same claim (a conflict between outlets);
 * - claimants-differ: different claimants give different values (each outlet reports its claimant faithfully);
 * - update: the value changed over time (later reports give a new value);
 * - single-source: one outlet alone reports it.
 * `status` in the open data stays coarse: conflicting for outlets-differ and claimants-differ.
 */
export type Comparison = 'agreement' | 'outlets-differ' | 'claimants-differ' | 'update' | 'single-source';

export interface ClaimEntity extends Pick<
  ArticleClaim,
  'value' | 'low' | 'high' | 'against' | 'ties' | 'qualifier' | 'unit' | 'words' | 'sentence' | 'note'
> {
  article: string;
  index: number;
  /** Publisher id; null when unknown. */
  source: string | null;
  /** The article's publication date (YYYY-MM-DD); null when unknown. */
  date: string | null;
  claimedBy: string | null;
  claimantWords: string | null;
}

export interface Figure {
  id: string;
  story: string;
  measure: string;
  label: string;
  place: string | null;
  unit: string;
  status: FigureStatus;
  comparison: Comparison;
  claims: ClaimEntity[];
  /**
   * True when the figure has something to compare, and so a page of its own: two or more claims, or a
   * measure from the editors' registry (registries/measures.yaml). A lone claim of any other measure
   * is shown where it stands (its article, its story) and in the open data, with no page.
   */
  hasPage: boolean;
}

/** One statement, as reported by one or more articles in their own words. */
export interface Statement {
  id: string;
  speaker: string | null;
  /** Words naming the speaker when no person is identified ("the International Atomic Energy Agency"). */
  attributedTo: string | null;
  text: string;
  appearances: { article: string; quote: number; text: string }[];
}

export interface SummarySentence {
  text: string;
  article: string;
}

export interface TimelineEntry {
  date: string;
  /** True when the date was worked out from a relative expression ("on Monday") and the article's date. */
  relative: boolean;
  text: string;
  words: string;
  articles: string[];
}

/** Everything aggregation finds across the articles; the site pages and the open data are made from it. */
export interface Aggregate extends ResolvedPeople, Stories {
  /** Every article, in slug order. */
  articles: ProcessedArticle[];
  registries: Registries;
  figures: Figure[];
  statements: Statement[];
  /** Per story id: its extractive summary and its timeline. */
  summaries: Map<string, SummarySentence[]>;
  timelines: Map<string, TimelineEntry[]>;
}
