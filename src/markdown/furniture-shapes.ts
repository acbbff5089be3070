// Furniture recognised by the shape of one block's own words. Each rule describes a kind of page
// furniture as news sites in general write it (a label, a credit, a call to the reader, a time stamp),
// never one site's wording of it; a block that reads as reported prose is left alone.
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import type { Removal } from '../model/processed-article.ts';

type Rule = Removal['rule'];

/**
 * Ends as a sentence does: a full stop, question or exclamation mark, maybe inside closing quotes or
 * brackets, or followed by a bracketed credit ("… went viral. (Reporting by …)").
 */
export const endsAsSentence = (t: string) => /[.!?…]["'”’)\]]*$|[.!?…]["'”’]? \([^()]*\)$/.test(t);

/** Quotation marks of any kind but the apostrophe: a block that quotes someone is reported prose. */
export const QUOTES = /["“”«»]/;
/** Words of reported speech: a block that reports what someone said is prose, whatever else it holds. */
export const REPORTING = /\b(said|says|told|according to|tweeted|wrote|added|stated|announced)\b/i;

const words = (t: string) => t.split(' ').filter(Boolean);

// --- Labels: media placeholders, ad slots, continuation prompts, counters ---------------------------------

/**
 * The interface words of news pages, in any order and any case: "Advertisement Continue reading the main
 * story", "Photo", "Slideshow (2 Images)", "Scroll down for video", "Enlarge Image". A block made only of
 * these is a label; one other word and it is not.
 */
const LABEL = new RegExp(
  `^(?:${[
    'advertisements?',
    'advert',
    'ad feedback',
    'sponsored(?: content)?',
    'paid content',
    'continue reading(?: the main story| below| the story)?',
    'story continues below(?: advertisement)?',
    'article continues below(?: advertisement)?',
    'scroll (?:down )?(?:for|to see)(?: the)? (?:video|more|next article)',
    'skip (?:ad|advert|advertisement)',
    'photos?',
    'videos?',
    'images?',
    'pictures?',
    'audio',
    'gallery',
    'graphic',
    'slideshow',
    'play(?: slideshow| video| all)?',
    'enlarge(?: this)? image',
    '(?:hide|show|toggle) caption',
    'caption',
    'replay',
    'more videos',
    'watch(?: now| live| video)?',
    'listen(?: now)?',
    'share(?: this)?(?: article| story| with| on)?',
    'tweet',
    'e-?mail',
    // A share bar's networks.
    'facebook',
    'twitter',
    'messenger',
    'whatsapp',
    'pinterest',
    'linkedin',
    'reddit',
    'instagram',
    'flipboard',
    'copy(?: this)? link',
    'reuse this content',
    'loading',
    'print',
    'comments?',
    'close',
    'next',
    'previous',
    'show all',
    'see more',
    'read more',
    'exclusive(?: content)?',
    'latest(?: articles?| news| stories)?',
    'more articles?',
    'related (?:articles|stories|posts|content)',
    'top (?:news|stories)',
    'trending(?: now)?',
    'most (?:read|popular|viewed|shared)',
    'you may also like',
    'read next',
    'follow us',
    'subscribe',
    'sign up',
    '\\(?\\d{1,3} (?:images|photos|pictures)\\)?',
    '\\d{1,3} ?(?:of|/) ?\\d{1,3}',
  ].join('|')})(?=$|[\\s.,:;|•·…+-])`,
  'i',
);

function isOnlyLabels(t: string): boolean {
  // A rule drawn with characters: "___", "* * *".
  if (/^[_*=~•·–—-](?: ?[_*=~•·–—-])+$/.test(t)) return true;
  let rest = t.replace(/^[\s|•·…:+-]+/, '');
  if (rest === '') return false;
  for (let guard = 0; guard < 20 && rest !== ''; guard++) {
    const m = LABEL.exec(rest);
    if (!m) return false;
    rest = rest.slice(m[0].length).replace(/^[\s.,:;|•·…+-]+/, '');
  }
  return rest === '';
}

// --- Captions and credits ----------------------------------------------------------------------------------

/** One capitalised word of a name, or a word that joins the words of one: "Greg", "Times-News", "AFP", "of". */
const NAME_WORD = String.raw`(?:[A-Z][\p{L}\p{N}'’.&-]*|[A-Z]{2,})`;
const NAME_JOIN = String.raw`(?:${NAME_WORD}|of|the|for|and|de|van|von|via)`;
/** A capitalised name, as credits give photographers, agencies and institutions: "Greg Wohlford", "Erie Times-News". */
const NAME = String.raw`${NAME_WORD}(?: ${NAME_JOIN})*`;
/** The same, of two words or more. */
const LONG_NAME = String.raw`${NAME_WORD}(?: ${NAME_JOIN})+`;
/** "Name/Agency", "NAME/Name", "Name /AGENCY/Getty Images", "Name / Agency", "X via Y": the shape of a photo credit. */
const CREDIT = String.raw`${NAME} ?\/ ?${NAME}(?: ?\/ ?${NAME})*|${NAME} via ${NAME}`;
const CREDIT_ALONE = new RegExp(String.raw`^(?:${CREDIT})$`, 'u');
/** A caption ending in a credit: "… (Greg Wohlford/Erie Times-News via AP)", "… 2018. REUTERS/Ammar Awad". */
const CREDIT_AT_END = new RegExp(
  String.raw`(?:[([](?:${CREDIT}|(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit|PHOTO)s?:? [^()]+)[)\]]|[.!?]["”’]? (?:${CREDIT}))$`,
  'u',
);
/** A caption that ends in a labelled credit: "… in London. Photograph: Andy Rain/EPA". */
const LABELLED_CREDIT_AT_END = new RegExp(
  String.raw`(?:^|[.!?]["”’]? )(?:Photograph|Photo|Picture|Image|Illustration|Credit)s?(?: by)?: ${NAME}(?: ?\/ ?${NAME})*$`,
  'u',
);
/** A caption that ends in the bare name of who made or supplied the picture: "… to the mass of Jupiter. University of Oklahoma". */
const NAME_AT_END = new RegExp(String.raw`(?:\p{Ll}{3}|\d)[.!?]["”’]? ${LONG_NAME}$`, 'u');
/** The same in brackets, with no full stop after it: "… four lensed background quasars (University of Oklahoma)". */
const BRACKETED_NAME_AT_END = new RegExp(String.raw`\(${LONG_NAME}\)$`, 'u');
/** A name at the end in mixed case (a heading in capitals glued to the paragraph before is not a credit). */
function hasNameAtEnd(t: string): boolean {
  const m = NAME_AT_END.exec(t);
  return m !== null && /\p{Ll}/u.test(m[0].slice(5));
}

/** A bracketed name after a description (a list's "Name (Club)" is not a caption). */
function hasBracketedNameAfterProse(t: string): boolean {
  const m = BRACKETED_NAME_AT_END.exec(t);
  if (!m) return false;
  const before = words(t.slice(0, m.index));
  return before.length >= 8 && before.filter((w) => /^\p{Ll}/u.test(w)).length >= 4;
}

/** A credit in front of the caption, set off by a spaced slash: "Kim Kyung Hoon / Reuters A man walks past …". */
const CREDIT_AT_START = new RegExp(String.raw`^${NAME} \/ ${NAME} [A-Z]`, 'u');
/** A credit line's agency marks: "AP:Associated Press", "Getty Images", "Getty - Contributor", "AFP or licensors". */
const AGENCY_AT_START =
  /^(?:[A-Z]{2,6}:[A-Z][a-z]+(?: [A-Z][a-z]+)+|Getty Images(?: - Getty)?|[A-Z][a-z]+ - (?:Getty|Contributor)|[A-Z]{2,6} or licensors|GETTY) (?=[A-Z0-9'‘“"])/;
/** Words only a caption uses: the photograph itself, a gallery's switches, a copyright sign. */
const CAPTION_WORDS =
  /\b(?:(?:hide|show|toggle) caption|enlarge (?:this )?image|play slideshow|image (?:copyright|caption)|(?:photo|picture|image) (?:credit|courtesy))\b|©|^(?:photos?|pictures?|gallery|slideshow|in pictures): /i;
/** AP's caption form: "FILE - In this Nov. 2, 2017 file photo, …", "This undated image shows …". */
const PHOTO_OF =
  /^file\s*[-–—:]\s|^in this\b[^.]{0,80}\b(?:photo|image|picture|photograph|frame grab)\b|^this (?:undated |handout |file |[\w.]+ \d{1,2}, \d{4},? )?(?:photo|image|picture|photograph|frame grab)\b/i;
/** A gallery's numbered caption: "3/30 Orion capsule splashes down …", "4 of 12: …". */
const GALLERY_NUMBER = /^\d{1,3} ?(?:\/|of) ?\d{1,3}:? [A-Z]/;
/** A sentence that talks about the picture: "Pictured, the lens …", "Pictured: the supermoon …". */
const PICTURED = /(?:^|[.!?] )Pictured\b/;
/**
 * How a caption points at its picture ("(pictured)", ", pictured,", "is seen", "can be seen", "poses for");
 * with no full stop at the end, the block is a caption. Reported prose says "was pictured".
 */
const CAPTION_VERB =
  /\((?:pictured|left|right|centre|center|front|above|below)\b[^)]*\)|, pictured,|\b(?:is|are) (?:pictured|photographed|seen (?!as\b))|\bcan be seen\b|\bposes? (?:for|with)\b|\bposing for\b|\bshown here\b|\bsilhouetted\b/i;
/**
 * A one-sentence caption in the present tense that ends with the picture's full date: "A South Korean
 * missile is fired during an exercise … on September 15, 2017." News prose reports in the past tense.
 */
const MONTH = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|');
const DATED_CAPTION = new RegExp(
  String.raw`^[A-Z][^.!?]*\b(?:is|are) (?:seen|shown|pictured|fired|launched|displayed|photographed|silhouetted|illuminated|escorted|carried|surrounded|reflected)\b[^.!?]*\b(?:on |, )(?:(?:${WEEKDAY_NAMES.join('|')}),? )?(?:${MONTH})\.? \d{1,2}, \d{4}\.$`,
);

function captionRule(t: string): Rule | undefined {
  if (CAPTION_WORDS.test(t) || PHOTO_OF.test(t) || GALLERY_NUMBER.test(t) || PICTURED.test(t)) return 'caption';
  if (LABELLED_CREDIT_AT_END.test(t)) return 'caption';
  if (CREDIT_ALONE.test(t) || CREDIT_AT_START.test(t) || AGENCY_AT_START.test(t)) return 'caption';
  if (CREDIT_AT_END.test(t) || DATED_CAPTION.test(t)) return 'caption';
  if (!endsAsSentence(t) && (hasNameAtEnd(t) || hasBracketedNameAfterProse(t))) return 'caption';
  if (!endsAsSentence(t) && CAPTION_VERB.test(t) && !QUOTES.test(t) && !REPORTING.test(t)) return 'caption';
  return undefined;
}

// --- Calls to the reader -----------------------------------------------------------------------------------

/** A sentence that tells the reader to do something on the site: sign up, subscribe, follow, watch, add … */
const CALL =
  /(?:^|[^.][.!?:] )(?:sign (?:up|in)|subscribe|follow|like us|join|download|click|tap|watch|listen|share|add|scroll|register|e-?mail|send|contact|read|find out|tune in|keep up|stay (?:up to date|informed|updated)|don't miss|never miss|check out|learn more|view all|please (?:verify|enable|turn on|try))(?![\w-])/i;
/** What such a call is about: the reader, the outlet's own products. */
const READER =
  /\b(?:you|your|you're|us|our|newsletters?|subscri\w+|inbox|updates|alerts|notifications|app|podcast|documentary|interest|here|twitter|facebook|instagram)\b|https?:\/\/|www\.|\B@\w/i;
/** A page's own notes to the reader: "These are external links and will open in a new window". */
const PAGE_NOTE =
  /\b(?:opens?|will open) in a new (?:window|tab)\b|\byour (?:browser|device) (?:does not|doesn't) support\b|\bplayback (?:is )?(?:un)?supported\b|\bnot responsible for the content of external\b/i;
const ASKS_READER =
  /^(?:do you have|have you got|got) (?:a|any) (?:story|tip|news|information|photos?|videos?)\b|^have you been affected\b|^interested in [^.?]{1,40}\?|^want (?:more|to know more)\b/i;
/** A pointer elsewhere with an address: "For more NFL coverage: http://…". */
const FOR_MORE = /^for more\b.*(?:https?:\/\/|www\.)/i;

/** A sign-up form's own words: "Sign Up", "Invalid email address", "You must select a newsletter". */
const FORM_WORDS =
  /\b(?:sign up|invalid email|please re-?enter|you must select|not a robot|privacy policy|you agree to receive|unsubscribe|email address)\b/gi;
/** "Jane Doe can be reached at jane@example.com": how to reach the writer. */
const CONTACT =
  /\b(?:can be (?:reached|contacted|emailed)|reach (?:him|her|them|us|me)|write to (?:him|her|them|us))\b[^.]*?(?:@|https?:\/\/)/i;
/** "The Morning After is a new daily newsletter from Engadget designed to help you …": the outlet's own product. */
const OWN_NEWSLETTER = /\bnewsletters?\b/i;

function callRule(t: string): Rule | undefined {
  // A sign-up form keeps its many interface phrases however long the block is.
  if (new Set(t.match(FORM_WORDS)?.map((w) => w.toLowerCase())).size >= 3) return 'call-to-action';
  if (QUOTES.test(t) || REPORTING.test(t) || words(t).length > 80) return undefined;
  if (CONTACT.test(t) || (OWN_NEWSLETTER.test(t) && /\byou(?:r|'ll)?\b/i.test(t) && words(t).length <= 60))
    return 'call-to-action';
  if (ASKS_READER.test(t) || FOR_MORE.test(t) || PAGE_NOTE.test(t)) return 'call-to-action';
  if (CALL.test(t) && (READER.test(t) || words(t).length <= 6)) return 'call-to-action';
  return undefined;
}

// --- Credits of the text, copyright, time stamps, embeds ---------------------------------------------------

const COPYRIGHT =
  /^(?:copyright (?:©|\(c\) |\d{4})|©|\(c\) \d{4})|\ball rights reserved\b|\bmay not be (?:re)?published, broadcast\b/i;
const CONTRIBUTED = /\bcontributed (?:to )?(?:this|the) (?:report|story|article|post|piece|reporting)\b/i;
const REPORTING_BY = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|research|graphics?) by\b/i;
const BYLINE = new RegExp(String.raw`^(?:By|BY) ${NAME}(?:,? (?:and|&) ${NAME})?(?:,? [^.!?]{0,40})?$`, 'u');
/** A print edition's reference: "(The Daily Example 10/03/2017 page 4)". */
const PRINT_EDITION =
  /^\([^()]*\bpage ?[A-Z]?\d+\)$|^a version of this (?:article|story|review) appear(?:s|ed) in print\b/i;
/** Where the text first appeared: "This article originally appeared on …". */
const FIRST_APPEARED =
  /^this (?:article|story|post|piece) (?:was )?(?:originally |first )?(?:appeared|published) (?:on|in|at)\b/i;

function creditLineRule(t: string): Rule | undefined {
  if (COPYRIGHT.test(t) && words(t).length <= 60) return 'copyright';
  if (PRINT_EDITION.test(t)) return 'copyright';
  if ((CONTRIBUTED.test(t) || REPORTING_BY.test(t) || FIRST_APPEARED.test(t)) && words(t).length <= 40)
    return 'credit-line';
  if (!endsAsSentence(t) && words(t).length <= 12 && BYLINE.test(t) && !REPORTING.test(t)) return 'byline';
  return undefined;
}

const DATE_WORD = new RegExp(
  String.raw`^(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES, ...WEEKDAY_NAMES.map((d) => d.slice(0, 3))].join('|')})\.?,?$`,
  'i',
);
const TIME_WORD =
  /^(?:\d{1,4}(?:[:.]\d{2})?(?:st|nd|rd|th)?[,.]?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|[ap]\.?m\.?,?)$/i;
/** A time zone as written after a time: "ET", "JST", "AEST", "GMT", "UTC". */
const ZONE_WORD = /^(?:[A-Z]{1,4}T|UTC)[.,]?$/;
const STAMP_WORD = /^(?:updated|published|posted|modified|created|edited):?$/i;
const JOIN_WORD = /^(?:last|first|at|on|:|\||-|–|—|·)$/i;

/**
 * A line that is only a date or time, maybe with one name (the agency that stamped it): "11 a.m. JST.
 * Saturday, September 16", "2000 GMT". On its own such a line may be a fixture's date, so it is furniture
 * only as a stamp (below) or after a call to the reader (a programme's air times).
 */
export function isDateTimeOnly(t: string): boolean {
  const ws = words(t.replace(/\|/g, ' | ').replace(/:(?=\s|$)/g, ' :'));
  if (ws.length > 15) return false;
  let dated = 0;
  let other = 0;
  for (const w of ws) {
    if (DATE_WORD.test(w) || TIME_WORD.test(w) || ZONE_WORD.test(w)) dated++;
    else if (!STAMP_WORD.test(w) && !JOIN_WORD.test(w)) other++;
  }
  return dated >= 2 && other <= 1;
}

/** A time stamp: "Updated at 9:50 p.m. ET Thursday", "Agency | Updated: 2017-09-15 21:45". */
const isTimeStamp = (t: string) => words(t).some((w) => STAMP_WORD.test(w)) && isDateTimeOnly(t);

/** An embedded social post: its signature "— Name (@handle) date", a picture link, a short link, "A post shared by". */
const EMBED =
  /—\s?[^—]{1,80}\(@\w{1,30}\)\s+\S.*\d{4}|\bpic\.twitter\.com\/\w|https?:\/\/t\.co\/\w|\bA post shared by\b[^.]*\(@\w+\)/;

/** A video player's label: a title, its length at the end, and the player's words ("Replay", "watch"). */
const VIDEO = /\b(?:watch(?:ed)?|videos?|replay|play)\b.*\b\d{1,2}:\d{2}$/i;

// --- Lists of links ----------------------------------------------------------------------------------------

/** Headings of lists of links to other stories: "MOST READ IN NEWS …", "Read more: …", "more on space …". */
const LIST_HEADING =
  /^(?:most (?:read|popular|viewed|shared|watched)|more (?:on|from|about|in|videos|stories)|related(?: (?:articles|stories|coverage|content|links|news|posts|topics|video))?|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|top (?:stories|news|videos)|you (?:may|might) (?:also )?like|also (?:read|see|on)|read (?:more|also|next)|see also|latest (?:news|stories|videos)|watch (?:more|next)|editor'?s picks|don't miss)\b/i;
const CAPITALS_RUN = /\b[A-Z]{2,}[',’!?]* [A-Z]{2,}\b/;

function linkListRule(t: string): Rule | undefined {
  const m = LIST_HEADING.exec(t);
  if (m) {
    const rest = t.slice(m[0].length);
    const shouted = m[0] === m[0].toUpperCase();
    if (shouted || /^\s?:/.test(rest) || CAPITALS_RUN.test(rest) || (!endsAsSentence(t) && words(t).length <= 15))
      return 'see-also';
  }
  // A link to another story set in square brackets: "[North Korea announces plan to launch rocket]".
  if (/^\[[^\]]*[^\].!?\s]\s?\]$/.test(t)) return 'see-also';
  return undefined;
}

/**
 * The furniture rule a block's own text matches, or undefined. `t` is the block's text with its white
 * space collapsed.
 */
export function shapeRule(t: string): Rule | undefined {
  if (isOnlyLabels(t)) return 'site-label';
  if (EMBED.test(t)) return 'embed';
  if (VIDEO.test(t) && !endsAsSentence(t)) return 'video';
  if (isTimeStamp(t)) return 'time-stamp';
  return callRule(t) ?? captionRule(t) ?? creditLineRule(t) ?? linkListRule(t);
}
