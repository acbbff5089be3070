// Words numbered once for all the chains of a topic, so that a set of word
// numbers (a story's preferred words) means the same in each of them.

export const START = 0;
export const END = 1;
/** Room for 2^21 different words (the BBC's largest topic has about 40,000). */
export const WORD_LIMIT = 2 ** 21;

export class Vocabulary {
  private readonly words: string[] = ['', ''];
  private readonly ids = new Map<string, number>();

  /** The word's number, given one if it has none. */
  add(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      if (id >= WORD_LIMIT) throw new Error('too many different words for one topic');
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** The word's number, or undefined for a word never learnt. */
  id(word: string): number | undefined {
    return this.ids.get(word);
  }

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id]!;
  }
}
