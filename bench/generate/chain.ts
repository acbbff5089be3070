// An order-2 word Markov chain: the next word is drawn from the words that
// followed the last two in the training sentences, as often as they did.
// Once frozen, states are numbered and each transition knows the state it
// leads to, so a walk is array indexing: no Map lookup, no string building.
import type { Rng } from './prng.ts';
import { END, START, WORD_LIMIT, type Vocabulary } from './vocabulary.ts';

/** A walk longer than this is abandoned (the corpus's longest sentences have about 90 words). */
const MAX_WORDS = 90;

const keyOf = (a: number, b: number) => a * WORD_LIMIT + b;

/**
 * Words a walk leans towards: at each step, with probability `share`, up to
 * `draws` successors are drawn and the first one in `words` is taken (else
 * the last drawn), so common words stay common but the story's own words
 * come up far more often than in the topic at large.
 */
export interface Preference {
  /** 1 at the number of each preferred word (a byte per word of the vocabulary: faster than a Set). */
  words: Uint8Array;
  share: number;
  draws: number;
}

export class Chain {
  private training = new Map<number, number[]>();
  /** State number of each (word, word) key, once frozen. */
  private states = new Map<number, number>();
  private stateKeys = new Float64Array(0);
  /** Transitions of state s: positions first[s] to first[s + 1] of nextWord and nextState. */
  private first = new Int32Array(0);
  private nextWord = new Int32Array(0);
  private nextState = new Int32Array(0);
  /** The states whose last word is a given word: where a walk through that word may continue from. */
  private endingIn = new Map<number, number[]>();

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Learns one sentence, given as its words. */
  learn(sentence: readonly string[]): void {
    if (sentence.length === 0) return;
    let [a, b] = [START, START];
    for (const id of [...sentence.map((w) => this.vocabulary.add(w)), END]) {
      const key = keyOf(a, b);
      const next = this.training.get(key);
      if (next) next.push(id);
      else this.training.set(key, [id]);
      [a, b] = [b, id];
    }
  }

  /** Numbers the states and packs the transitions; call once, after the last learn(). */
  freeze(): this {
    const keys = [...this.training.keys()];
    this.states = new Map(keys.map((k, i) => [k, i]));
    this.stateKeys = Float64Array.from(keys);
    const total = keys.reduce((n, k) => n + this.training.get(k)!.length, 0);
    this.first = new Int32Array(keys.length + 1);
    [this.nextWord, this.nextState] = [new Int32Array(total), new Int32Array(total)];
    let at = 0;
    keys.forEach((key, s) => {
      this.first[s] = at;
      const b = key % WORD_LIMIT;
      for (const c of this.training.get(key)!) {
        this.nextWord[at] = c;
        this.nextState[at++] = c === END ? -1 : (this.states.get(keyOf(b, c)) ?? -1);
      }
      const list = this.endingIn.get(b);
      if (list) list.push(s);
      else this.endingIn.set(b, [s]);
    });
    this.first[keys.length] = at;
    this.training = new Map();
    return this;
  }

  /** The state after `words` from a sentence start, or -1 if no learnt sentence began so. */
  private stateAfter(words: readonly string[]): number {
    let [a, b] = [START, START];
    for (const w of words) [a, b] = [b, this.vocabulary.id(w) ?? -1];
    return b < 0 ? -1 : (this.states.get(keyOf(a, b)) ?? -1);
  }

  /**
   * A new sentence as its words, or null if the walk ran past MAX_WORDS or
   * could not start. `opening` (words a learnt sentence began with) makes
   * the walk start there instead of at a random sentence start.
   */
  walk(rng: Rng, opening: readonly string[] = [], prefer?: Preference): string[] | null {
    const words = this.walkFrom(rng, this.stateAfter(opening), [...opening], prefer);
    return words?.length ? words : null;
  }

  /** Whether a learnt sentence had `word`. */
  knows(word: string): boolean {
    return this.endingIn.has(this.vocabulary.id(word) ?? -1);
  }

  /**
   * The word before `word` in one of the learnt sentences that had it (each
   * different word before it equally likely): null where that sentence began
   * with `word`, undefined if no sentence had it.
   */
  wordBefore(rng: Rng, word: string): string | null | undefined {
    const states = this.endingIn.get(this.vocabulary.id(word) ?? -1);
    if (!states) return undefined;
    const before = Math.floor(this.stateKeys[rng.pick(states)]! / WORD_LIMIT);
    return before === START ? null : this.vocabulary.word(before);
  }

  /** The rest of a sentence after the two words `a` `b` (a learnt pair; perhaps no word), or null as walk(). */
  walkAfter(rng: Rng, a: string, b: string, prefer?: Preference): string[] | null {
    const [x, y] = [this.vocabulary.id(a), this.vocabulary.id(b)];
    const s = x === undefined || y === undefined ? -1 : (this.states.get(keyOf(x, y)) ?? -1);
    return this.walkFrom(rng, s, [], prefer);
  }

  private walkFrom(rng: Rng, state: number, out: string[], prefer?: Preference): string[] | null {
    let s = state;
    while (s >= 0 && out.length < MAX_WORDS) {
      const k = this.step(rng, s, prefer);
      if (this.nextWord[k] === END) return out;
      out.push(this.vocabulary.word(this.nextWord[k]!));
      s = this.nextState[k]!;
    }
    return null;
  }

  /** The transition taken from state `s`: a random one, or the first preferred one found from there. */
  private step(rng: Rng, s: number, prefer?: Preference): number {
    const from = this.first[s]!;
    const count = this.first[s + 1]! - from;
    const drawn = from + rng.int(count);
    // A sentence end is never drawn again: leaning towards words must not make sentences longer.
    if (!prefer || count === 1 || this.nextWord[drawn] === END || !rng.chance(prefer.share)) return drawn;
    // Few transitions: look at each (from the one drawn on); many: draw a few more at random.
    if (count <= prefer.draws) {
      for (let i = 0; i < count; i++) {
        const k = from + ((drawn - from + i) % count);
        if (prefer.words[this.nextWord[k]!] === 1) return k;
      }
      return drawn;
    }
    for (let d = 0; d < prefer.draws; d++) {
      const k = d === 0 ? drawn : from + rng.int(count);
      if (prefer.words[this.nextWord[k]!] === 1) return k;
    }
    return drawn;
  }
}
