// Owns telling, in one pass over a text, which of a few words it holds: a rule whose pattern needs one
// of its words is tried only on the texts that hold one (most sentences hold none of a rule's words,
// and each pattern tried on every sentence was most of the action rules' time).

/**
 * Words, each with the bits of the rules that need it. A word counts where no \w character comes
 * before it and no letter after it: where a pattern's \b…\b word, or its word followed by a space,
 * an apostrophe or a stop, can match in lower-cased text.
 */
export class WordSignals {
  readonly #pattern: RegExp;
  readonly #bits = new Map<string, number>();

  /** @param words each bit (a power of two) with its words, lower-case letters */
  constructor(words: readonly (readonly [bit: number, words: readonly string[]])[]) {
    for (const [bit, list] of words) {
      for (const word of list) {
        if (!/^[a-z]+$/.test(word)) throw new Error(`a signal word is lower-case letters: ${JSON.stringify(word)}`);
        this.#bits.set(word, (this.#bits.get(word) ?? 0) | bit);
      }
    }
    // One pattern of all the words: the regular expression engine scans a text for them faster than a loop over its characters.
    this.#pattern = new RegExp(String.raw`\b(?:${[...this.#bits.keys()].join('|')})(?![a-z])`, 'g');
  }

  /**
   * Where `lower` (lower-cased text) holds one of the words, and its bits: pairs of the word's offset
   * and bits, in order. One scan of the whole text (run over each sentence apart, the scans cost more
   * than the patterns they spared).
   * @param out receives the pairs (cleared first); returned
   */
  found(lower: string, out: number[]): number[] {
    out.length = 0;
    const pattern = this.#pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) out.push(m.index, this.#bits.get(m[0]) as number);
    return out;
  }
}
