// Owns a list of integers kept from text to text, for the analysis's per-text loops.

/**
 * Numbers in order, a list kept from text to text (an array emptied by setting its length gave its memory back, and grew
 * again number by number for the next text): the word nodes of a text (the trie's readers), the rows gathered for it (NumberedRows).
 */
export class IntList {
  #values = new Int32Array(64);
  #count = 0;

  /** How many numbers the list holds. */
  get count(): number {
    return this.#count;
  }

  /** Number `k` (0 <= k < count). */
  at(k: number): number {
    return this.#values[k] as number;
  }

  /** The numbers held, as a view (valid until the list changes). */
  view(): Int32Array {
    return this.#values.subarray(0, this.#count);
  }

  clear(): void {
    this.#count = 0;
  }

  push(value: number): void {
    if (this.#count === this.#values.length) {
      const grown = new Int32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#count++] = value;
  }
}
