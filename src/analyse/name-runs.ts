import { sentenceSpans } from '../text/sentences.ts';

/** One word of a run of capitalised words, with its offsets in the paragraph. */
export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** A capitalised word, a middle initial ("J."), a particle inside a name ("von", "bin"), or "Jr."/"III". */
  kind: 'word' | 'initial' | 'particle' | 'suffix';
}

/** Capitalised words standing together in one sentence: the raw material of names, titles and places. */
export interface NameRun {
  tokens: NameToken[];
  /** The run starts the sentence (after any opening quotation mark), where every word is capitalised. */
  atSentenceStart: boolean;
  /** The run's last word carries a possessive ('s), which ends it. */
  possessive: boolean;
}

const WORD =
  /^(?:\p{Lu}[\p{Ll}\p{M}]*(?:['’-]?\p{Lu}?[\p{Ll}\p{M}]+)*|(?:al|el|ad|as|ash|at|az|abu|abd|ibn|bin)-\p{Lu}[\p{Ll}\p{M}'’-]*)$/u;
/** "Sen." "Gov." "Mrs.": an abbreviated title keeps its full stop inside a run. */
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Lt|Col|Gen|Capt|Sgt|Adm|Maj|Cmdr|Rev|St|Gens|Sens|Reps)\.$/u;
/** "J.", and initials written together: "H.W." of "George H.W. Bush", "J.K." of "J.K. Rowling". */
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
/** Initials that stand for a country, a union or a capital, never part of a name: "U.S. Pacific Command". */
const PLACE_INITIALS = /^(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.|U\.A\.E\.|D\.C\.)$/u;
/** A middle initial written without its stop ("George A Lopez"): only between two words of a run. */
const BARE_INITIAL = /^\p{Lu}$/u;
const PARTICLE = /^(?:von|van|der|den|de|del|della|di|da|du|dos|das|le|la|bin|ibn|al|el|ben)$/u;
/** "Jr.", "III": what follows a name and is no part of the surname. */
export const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;
const POSSESSIVE = /['’]s$/u;
const OPENING = /^[“"‘'(\[]+/u;
/** Punctuation after a word that ends a run: a comma, a colon, a closing quotation mark or bracket… */
const CLOSING_MARKS = /[,;:!?”"’')\]]+$/u;

/**
 * "San Francisco-based", "Kremlin-backed", "Bush-style", "Democratic-leaning", "Republican-controlled": a word made
 * a modifier, which no name holds.
 */
export const MODIFIER =
  /-(?:based|born|bred|style|led|backed|owned|run|made|era|like|linked|funded|affiliated|held|\p{Ll}{2,}(?:ing|ed))$/u;

function classify(core: string): NameToken['kind'] | undefined {
  if (MODIFIER.test(core)) return undefined;
  if (ABBREVIATION.test(core)) return 'word';
  if ((INITIAL.test(core) && !PLACE_INITIALS.test(core)) || BARE_INITIAL.test(core)) return 'initial';
  if (SUFFIX.test(core)) return 'suffix';
  if (PARTICLE.test(core)) return 'particle';
  // Acronyms ("FBI", "NATO") are not names; a word of capitals and lower-case letters may be ("McCaskill").
  if (WORD.test(core) && /\p{Ll}/u.test(core)) return 'word';
  return undefined;
}

/**
 * The runs of capitalised words of a paragraph, sentence by sentence, so no
 * run (and so no name) ever spans a sentence. A run may hold middle
 * initials, particles between words ("Ursula von der Leyen") and a suffix;
 * punctuation, a lower-case word or a possessive ends it.
 */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  for (const [from, to] of sentenceSpans(text)) {
    let current: NameToken[] = [];
    // A quotation's first word is capitalised whatever it is, like a sentence's.
    let opensQuote = false;
    const flush = (possessive = false) => {
      // A run ends with a word: particles and initials left dangling belong to no name.
      while (current.length && current.at(-1)!.kind !== 'word' && current.at(-1)!.kind !== 'suffix') current.pop();
      // A run opens with a word or a written initial ("J. Edgar Hoover"), not "A" or "I".
      while (
        current.length &&
        (current[0]!.kind === 'particle' || (current[0]!.kind === 'initial' && !current[0]!.text.endsWith('.')))
      )
        current.shift();
      if (current.length)
        runs.push({
          tokens: current,
          atSentenceStart: opensQuote || current[0]!.start === sentenceStartOf(text, from),
          possessive,
        });
      current = [];
    };
    for (const m of text.slice(from, to).matchAll(/\S+/gu)) {
      const raw = m[0];
      const lead = OPENING.exec(raw)?.[0].length ?? 0;
      if (lead) flush();
      const quoted = lead > 0;
      let core = raw.slice(lead);
      const start = from + m.index + lead;
      // Closing marks end the run; a full stop too, unless it is an abbreviation's or an initial's.
      const marks = CLOSING_MARKS.exec(core);
      if (marks) core = core.slice(0, marks.index);
      const keepsStop = ABBREVIATION.test(core) || INITIAL.test(core) || /^(?:Jr|Sr)\.$/u.test(core);
      const stop = !keepsStop && core.endsWith('.');
      if (stop) core = core.slice(0, -1);
      const trail = marks !== null || stop;
      const possessive = POSSESSIVE.test(core);
      if (possessive) core = core.replace(POSSESSIVE, '');
      const kind = core ? classify(core) : undefined;
      const usable =
        kind && !(kind === 'particle' && current.length === 0) && !(kind === 'suffix' && current.length === 0);
      if (usable && current.length === 0) opensQuote = quoted;
      if (usable) current.push({ text: core, start, end: start + core.length, kind });
      else flush();
      if (possessive) flush(true);
      else if (trail) flush();
    }
    flush();
  }
  return runs;
}

/** Where a sentence's first word starts, past any opening quotation mark or bracket. */
function sentenceStartOf(text: string, from: number): number {
  const lead = /^[\s“"‘'(\[]*/u.exec(text.slice(from))![0].length;
  return from + lead;
}
