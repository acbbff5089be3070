import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { wordSet } from '../text/words.ts';

/**
 * Word lists the rule-based analysis relies on. They describe English news
 * prose in general (how people are introduced, how speech is reported), not
 * any particular story; knowledge about particular people and outlets lives
 * in the registries.
 */
const words = wordSet;

/** Verbs that report speech or a claim ("X said", "said X", "X told …"). */
export const SPEECH_VERBS = words(`
  said says say told tells stated states added adds warned warns noted notes announced announces declared declares
  reported reports emphasized emphasised stressed claimed claims confirmed confirms described describes urged urging
  affirmed acknowledged praised accused insisted explained wrote writes tweeted posted vowed promised highlighted
  informed estimated argued asked replied revealed cautioned predicted suggested hinted dismissed recalled
  conceded admitted denied alleged assured voiced depicted
  saying stating adding noting warning telling declaring claiming insisting arguing writing announcing confirming
  describing accusing stressing emphasizing emphasising explaining`);

/** Role and title words that introduce a person ("Governor X", "spokeswoman X", "X, a spokesperson"). */
export const ROLE_WORDS = words(`
  president vice-president governor senator minister spokesman spokeswoman spokesperson commander chief envoy blogger
  director director-general secretary chancellor premier general colonel major-general lieutenant captain sergeant
  mayor official ambassador analyst expert professor dr mr mrs ms sir lord king queen pope prince princess leader
  head ceo chairman chairwoman chair adviser advisor representative deputy judge lawyer attorney actor actress
  singer coach manager player striker goalkeeper reporter correspondent editor author economist scientist researcher
  founder owner executive governor-general premier-elect president-elect candidate mp congressman congresswoman
  councillor councilor sheriff prosecutor commissioner inspector officer journalist activist campaigner
  barrister solicitor magistrate`);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = words(`
  the a an in on at of for from by to with and or but as if so not no this that these those it its he she they we i
  his her their our my your there here when where while after before during since until despite meanwhile however
  according earlier later last next first second third new old top latest exclusive more most many some all both
  ${[...WEEKDAY_NAMES, ...MONTH_NAMES].join(' ').toLowerCase()} today yesterday tomorrow tonight
  ministry agency department office council committee forces force army navy guard staff news press times post
  bank party parliament government kremlin pentagon senate congress house court university company group federation
  union republic region oblast district city state states united international national atomic energy foreign affairs
  defense defence armed emergency emergencies telegram formula peace war world ii iii nuclear power plant security
  general's administration service services police fire institute centre center foundation association organisation
  organization commission authority authorities air sea land border borders media state-run
  russian russians ukrainian ukrainians british american americans european chinese french german germans polish
  belarusian belarus russia ukraine us u.s. uk eu un nato kyiv moscow soviet western eastern northern southern
  pro-russian pro-ukrainian
  president governor senator minister spokesman spokeswoman spokesperson commander chief envoy blogger director
  secretary chancellor premier mayor official ambassador mr mrs ms dr sir`);

/** Words that end an organisation's name; a name-like run followed by one names the organisation, not a person. */
export const ORGANISATION_WORDS = words(`
  council ministry agency department office committee court university college school hospital company corporation
  group bank party police brigade service services survey institute centre center foundation association organisation
  organization commission authority club union federation fund trust society board airport airlines railway railways
  network press news times post`);
