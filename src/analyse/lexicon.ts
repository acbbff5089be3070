import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { alternation } from '../text/regex.ts';
import { wordSet } from '../text/words.ts';

/**
 * Word lists the rule-based analysis relies on. They describe English news
 * prose in general (how people are introduced, how speech is reported), not
 * any particular story; knowledge about particular people and outlets lives
 * in the registries.
 */
const words = wordSet;

/** Verbs that report speech or a claim ("X said", "said X", "X told …", "Ryan shot back: “…”"). */
export const SPEECH_VERBS = new Set([
  'shot back',
  'fired back',
  'hit back',
  ...words(`
  said says say told tells stated states added adds warned warns noted notes announced announces declared declares
  reported reports emphasized emphasised stressed claimed claims confirmed confirms described describes urged urging
  affirmed acknowledged praised accused insisted explained wrote writes tweeted posted vowed promised highlighted
  informed estimated argued argues asked asks replied revealed cautioned predicted suggested hinted dismissed recalled
  conceded admitted denied alleged assured voiced depicted promises promise pledged pledges vows threatened
  threatens demanded demands called calls termed labelled labeled branded condemned condemns criticized criticised
  criticizes criticises slammed blasted welcomed hailed lauded defended questioned rejected
  saying stating adding noting warning telling declaring claiming insisting arguing writing announcing confirming
  describing accusing stressing emphasizing emphasising explaining responded responds responding answered
  retorted retort quipped joked countered reiterated reiterates repeated continued remarked observed commented
  concluded concludes mused recounted boasted complained complains lamented laments contended maintained
  explains wondered asserted asserts posited exclaimed whispered testified
  reaffirmed disclosed recalls admits concedes insists acknowledges tweets advised advises`),
]);
/** The verbs of speech as a regular-expression alternation, longest first. */
export const SPEECH_VERB_PATTERN = alternation(SPEECH_VERBS);

/** Role and title words that introduce a person ("Governor X", "spokeswoman X", "X, a spokesperson"). */
export const ROLE_WORDS = words(`
  president vice-president governor senator minister spokesman spokeswoman spokesperson commander chief envoy blogger
  director director-general secretary chancellor premier general colonel major-general lieutenant captain sergeant
  mayor official ambassador analyst expert professor dr mr mrs ms miss sir lord lady dame king queen pope prince
  princess leader head ceo chairman chairwoman chair adviser advisor representative deputy judge justice lawyer
  attorney actor actress singer rapper model star presenter host coach manager player striker goalkeeper quarterback
  reporter correspondent editor author writer economist scientist researcher astronomer astronaut founder owner
  executive governor-general premier-elect president-elect candidate nominee mp congressman congresswoman councillor
  councilor sheriff prosecutor commissioner inspector officer detective agent journalist activist campaigner
  barrister solicitor magistrate teenager teen girl boy woman man student pilot passenger widow wife husband mother
  father son daughter brother sister uncle aunt nephew niece cousin grandson granddaughter grandmother grandfather
  stepfather stepmother stepson stepdaughter fiance fiancee fiancé fiancée son-in-law daughter-in-law father-in-law
  mother-in-law brother-in-law sister-in-law editor-in-chief counselor counsellor sheikh emir ayatollah imam rabbi
  bishop cardinal reverend pastor speaker
  whip strategist pollster consultant historian publicist
  autocrat dictator strongman tycoon comedian midfielder physicist novelist columnist
  photographer businessman businesswoman entrepreneur soldier doctor surgeon nurse teacher
  priest cleric lawmaker legislator politician diplomat aide lobbyist protester suspect gunman defendant plaintiff
  briton frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman welshman welshwoman
  dutchman dutchwoman spaniard swede scot kiwi`);

/** Role words that are also common surnames: after a given name they end a name ("Peter King", "Julie Bishop"). */
export const ROLE_WORDS_ALSO_SURNAMES = words(`king judge bishop prince pope chancellor player head lord`);

/** The role words that name an office held for an organisation ("a spokesman for the Foreign Ministry"). */
export const OFFICE_WORDS = words(`
  spokesman spokeswoman spokesperson chairman chairwoman chair director director-general president vice-president
  secretary minister leader head chief executive ceo lawyer attorney adviser advisor manager founder owner
  commissioner ambassador envoy editor governor mayor official`);

/**
 * Titles that name a person by themselves before a surname ("President
 * Obama", "Sen. Cornyn", "Mrs. Trump"), written out or abbreviated.
 */
export const PERSONAL_TITLES = words(`
  mr mrs ms miss dr prof sen sens rep reps gov lt col gen gens capt sgt adm maj cmdr rev
  president vice-president premier chancellor minister secretary senator representative congressman congresswoman
  governor mayor judge justice pope king queen prince princess sheikh emir ayatollah ambassador speaker lord lady
  sir dame bishop cardinal rabbi imam officer detective sheriff coach president-elect`);

/** Words that say a person is a woman, or a man; a pronoun agrees with them. */
export const FEMALE_WORDS = words(`mrs ms miss lady dame queen princess spokeswoman congresswoman chairwoman actress
  wife mother daughter sister widow girl woman she her`);
export const MALE_WORDS = words(`mr sir lord king prince spokesman congressman chairman husband father son brother
  boy man he his`);

/** Capitalised words that are never part of a person's name (function words come from the gazetteer). */
export const NOT_NAME_WORDS = words(`
  ${[...WEEKDAY_NAMES, ...MONTH_NAMES].join(' ').toLowerCase()} christmas easter today yesterday tomorrow tonight day week year
  earlier later last next first second third new old top latest exclusive breaking live update updated watch read
  more most many some all both photo photos video videos image images caption hide show getty reuters ap afp
  ministry agency department office council committee forces force army navy guard staff news press times post
  bank party parliament government kremlin pentagon senate congress house court university company group federation
  union republic region oblast district city state states united international national atomic energy foreign affairs
  defense defence armed emergency emergencies telegram formula peace war world nuclear power plant security
  administration service services police fire institute centre center foundation association organisation
  organization commission authority authorities air sea land border borders media state-run street avenue road
  square bridge park hall church mosque airport station island islands river lake mountain valley bay gulf coast
  building tower stadium arena theatre theater hotel restaurant nasa
  award awards prize prizes trophy cup league festival games olympics championship championships tournament prix
  globe globes oscars grammys emmys baftas bros brothers
  north south east west northern southern eastern western central international republican republicans democrat
  democrats democratic gop labour tory conservative liberal socialist communist
  act bill law amendment resolution treaty accord agreement program programme project plan
  inc corp co ltd llc plc`);
/** Names that the function-word list also holds ("ed", "bill", Korean "Park"): they may open a full name ("Ed Balls", "Park Geun-hye"). */
export const GIVEN_NAMES_ALSO_FUNCTION_WORDS = words(`al bo cy don ed jo bill will park`);
/** Words that end the name of an organisation, a place, an event or a craft ("Tyson Foods", "Shelby County"): a name-like run followed by one names that, not a person. */
export const ORGANISATION_WORDS = words(`
  council ministry agency department office committee court university college school hospital company corporation
  group bank party police brigade service services survey institute centre center foundation association organisation
  organization commission authority club union federation fund trust society board airport airlines railway railways
  network press news times post observatory telescope laboratory lab museum library magazine newspaper journal channel
  studio studios pictures records motors airways industries holdings partners capital tech technologies systems
  research computer computers inc corp ltd llc plc pac county township province elementary stadium
  cathedral mosque foods trucks entertainment consulting pharmaceuticals brewery massacre shooting bombing parade
  capsule orbiter spacecraft satellite leaks`);

/** Words that join clauses, which no role or title opens: "But Speaker", "if coach", "plus France captain". */
export const CONJUNCTION =
  /^(?:but|and|or|yet|so|while|when|whereas|as|after|before|if|though|although|because|since|until|unless|plus|saying)$/i;
/** Whether words open with such a conjunction ("But Lord Walker"). */
export const opensWithConjunction = (words: string): boolean => CONJUNCTION.test(/^\s*(\S+)/u.exec(words)?.[1] ?? '');
