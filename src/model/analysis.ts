// What the analysis finds in one article: plain data, cached with the article and sent between threads.

/** A block of running text with its 1-based line in the file. */
export interface Paragraph {
  text: string;
  line: number;
}

/** One place in the text that names a person. Offsets are into the paragraph's text. */
export interface PersonMention {
  /** Registry id, or "new:<name>" for a person discovered in this article. */
  key: string;
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

/** A person not in the registry, found by the way the text introduces them. */
export interface DiscoveredPerson {
  key: string;
  name: string;
  role: string | null;
  /** What a title, role or given name says, when it says it. */
  gender?: 'male' | 'female';
  /** Known in this article by a surname alone ("President Obama"). */
  surnameOnly?: boolean;
}

/** Who a quote or a figure is attributed to, with the words that say so. */
export interface Attribution {
  /** Person key, or null when the text names no person (an agency, "officials"). */
  speaker: string | null;
  /** The exact words naming the speaker ("Governor Alexei Smirnov", "he", "the National Guard"). */
  words: string;
}

/** A quoted passage as it stands in one article. */
export interface ArticleQuote {
  /** The words inside the quotation marks, exactly. */
  text: string;
  paragraph: number;
  /** Offsets of the passage, quotation marks included. */
  start: number;
  end: number;
  attribution: Attribution | null;
}

/** One number the article reports, with what it measures and who claims it. */
export interface ArticleClaim {
  paragraph: number;
  /** Offsets of the number phrase ("up to 30 kilometers"). */
  start: number;
  end: number;
  /** The number phrase as written. */
  words: string;
  /** The sentence it stands in, exactly as written. */
  sentence: string;
  value: number | null;
  low: number | null;
  high: number | null;
  /** A vote tally's second number ("97-1": value 97, against 1); null otherwise. */
  against: number | null;
  /** A team's record's third number, its ties or draws ("50-32-1": value 50, against 32, ties 1); null otherwise. */
  ties: number | null;
  /** "up to", "about", "more than", … as written, or null. */
  qualifier: string | null;
  unit: string;
  /** What claims must share to be compared: a registry measure's id, or the key of the claim's own label. */
  measure: string;
  /** What is measured: the registry measure's label, or the claim's own. */
  label: string;
  /** What is measured in the sentence's own words ("people killed in the shooting"). */
  ownLabel: string;
  /** The scope the sentence states: a rate ("a week"), a period or place ("on Christmas Day"). */
  scope: string | null;
  /** False when nothing but the unit says what is measured: such a claim is never compared. */
  comparable: boolean;
  /** The place the sentence names, if it names one. */
  place: string | null;
  /** The place the article names most, for claims whose sentence names none. */
  mainPlace: string | null;
  /** A conversion given beside the number ("(18 miles)"), or the metric equivalent. */
  note: string | null;
  attribution: Attribution | null;
}

/** A date the article gives for something, resolved to the calendar where it can be. */
export interface DatedMention {
  /** YYYY-MM-DD, YYYY-MM or YYYY, by precision. */
  date: string;
  precision: 'day' | 'month' | 'year';
  /** "stated" when the text gives the date; "relative" when resolved against the article's own date. */
  basis: 'stated' | 'relative';
  /** The date expression as written ("last Tuesday", "August 6, 2024"). */
  words: string;
  /**
   * What the date is to the article: "event", when the sentence reports something happening on it; "background"
   * for an earlier time the article recalls ("since 2014", "the war that began in February 2022", a year);
   * "future" for a target or plan ("by 2007", "will meet on Friday").
   */
  role: 'event' | 'background' | 'future';
  /**
   * True when the date is the day, month or year of an earlier event the article recalls ("In November 2009, a
   * gunman …"): background by its age alone, not a bound ("since 2014") nor in a relative clause.
   */
  earlier: boolean;
  sentence: string;
  paragraph: number;
}

/** An outlet or agency the article cites, with the sentence that cites it. */
export interface Citation {
  source: string;
  text: string;
  line: number;
}

/** What clustering needs from one article; computed with the article, so it is cached with it. */
export interface ArticleFeatures {
  /** Content-word counts of headline (counted twice) and body. */
  terms: Record<string, number>;
  /**
   * Hashes of the body's sentences of five words or more, as written (white space aside), in order: two
   * texts that share some are candidates to be copies or versions of one text (then compared in full).
   */
  sentences: number[];
}

/** Everything extracted from one article; plain data, so it can be cached and sent between threads. */
export interface ArticleAnalysis {
  mentions: PersonMention[];
  discovered: DiscoveredPerson[];
  quotes: ArticleQuote[];
  claims: ArticleClaim[];
  dates: DatedMention[];
  citations: Citation[];
}
