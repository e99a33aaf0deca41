// Owns looking words up while a text is read character by character: a trie of the words a model
// weighs, so that reading a response builds no word strings and no arrays (a split of every response
// into words, each then hashed into a Map, was a fifth of the analysis time).

/** The characters a word of the models may hold: a-z, 0-9, "'", "&", "-"; each one's symbol (-1: none). */
export const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 97;
for (let c = 48; c <= 57; c++) SYMBOL[c] = 26 + c - 48;
SYMBOL[39] = 36; // '
SYMBOL[38] = 37; // &
SYMBOL[45] = 38; // -
/** The symbol of "'", which the typographic apostrophe is read as (as the models' words were made). */
export const APOSTROPHE = 36;
export const SYMBOLS = 39;
/** What a 16-bit child number can name. */
const MAX_NODES = 0xffff;
const RIGHT_QUOTE = 0x2019;

/**
 * Nodes are numbered from 2, the root being 1; 0 is "no word of the trie is read so": its children
 * are all 0, so a text is read on from it without a test at each character (0 stays 0).
 */
export const NO_WORD = 0;
export const ROOT = 1;

export class WordTrie {
  /**
   * Each node's child per symbol (0: none; arrays start zeroed, so growing fills nothing). 16 bits a
   * child: the table is read at every character of every text, and half the size stays in the
   * processor's cache beside the rest of the parse (the models' tries have under 10,000 nodes).
   */
  #next = new Uint16Array(SYMBOLS * 64);
  #size = 2;

  /** The node of `word` (lower-case, of the characters above), added if new. */
  add(word: string): number {
    let node = ROOT;
    for (let i = 0; i < word.length; i++) {
      const symbol = symbolOf(word.charCodeAt(i));
      if (symbol < 0) throw new Error(`a model word holds a character the trie does not: ${JSON.stringify(word)}`);
      let child = this.#next[node * SYMBOLS + symbol] as number;
      if (child === NO_WORD) {
        child = this.#grow();
        this.#next[node * SYMBOLS + symbol] = child;
      }
      node = child;
    }
    return node;
  }

  /** How many nodes the trie has: node numbers are below it. */
  get size(): number {
    return this.#size;
  }

  /**
   * The children, for a reader's own loop over a text: the node after `node` reads symbol `s` is
   * `children[node * SYMBOLS + s]` (what `step` gives, without a call per character).
   */
  get children(): Uint16Array {
    return this.#next;
  }

  /** The node after `node` reads character `c` (NO_WORD: no word of the trie goes on so). */
  step(node: number, c: number): number {
    const symbol = symbolOf(c);
    return symbol < 0 ? NO_WORD : (this.#next[node * SYMBOLS + symbol] as number);
  }

  /**
   * The nodes of the words of `lower` that are runs of lower-case ASCII letters and apostrophes
   * (straight or typographic; leading apostrophes dropped, two characters or more), in order,
   * NO_WORD for a word no model word is: one loop over the characters, no strings built.
   * @param out receives the nodes (cleared first); returned
   */
  letterWordNodes(lower: string, out: number[]): number[] {
    out.length = 0;
    const next = this.#next;
    const n = lower.length;
    let i = 0;
    while (i < n) {
      let s = letterWordSymbol(lower.charCodeAt(i));
      if (s < 0) {
        i++;
        continue;
      }
      while (s === APOSTROPHE) s = ++i < n ? letterWordSymbol(lower.charCodeAt(i)) : -1;
      let node = ROOT;
      let length = 0;
      for (; s >= 0; s = ++i < n ? letterWordSymbol(lower.charCodeAt(i)) : -1, length++) node = next[node * SYMBOLS + s] as number;
      if (length > 1) out.push(node);
    }
    return out;
  }

  #grow(): number {
    if (this.#size === MAX_NODES) throw new Error(`a word trie holds at most ${MAX_NODES} nodes`);
    if ((this.#size + 1) * SYMBOLS > this.#next.length) {
      const bigger = new Uint16Array(this.#next.length * 2);
      bigger.set(this.#next);
      this.#next = bigger;
    }
    return this.#size++;
  }
}

function symbolOf(c: number): number {
  if (c === RIGHT_QUOTE) return APOSTROPHE;
  return c < 128 ? (SYMBOL[c] as number) : -1;
}

/** A letter word's characters (letterWordNodes): a-z and the apostrophes. */
const LETTER_WORD = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) LETTER_WORD[c] = c - 97;
LETTER_WORD[39] = APOSTROPHE;

function letterWordSymbol(c: number): number {
  return c < 128 ? (LETTER_WORD[c] as number) : c === RIGHT_QUOTE ? APOSTROPHE : -1;
}

/**
 * A number per pair of trie nodes (a model's word pairs: "will revise" → its row), in an open-addressed
 * table of the pairs' 32-bit keys: looked up at every word of a response, where a Map per first word
 * cost a quarter of reading the words.
 */
export class NodePairs {
  #keys: Int32Array;
  #values: Int32Array;
  #mask: number;
  #shift: number;

  /** @param pairs each pair's first node, second node and number (nodes below 2^16, numbers not negative) */
  constructor(pairs: readonly (readonly [first: number, second: number, n: number])[]) {
    let bits = 4;
    while (1 << bits < pairs.length * 4) bits++;
    this.#keys = new Int32Array(1 << bits);
    this.#values = new Int32Array(1 << bits).fill(-1);
    this.#mask = (1 << bits) - 1;
    this.#shift = 32 - bits;
    for (const [first, second, n] of pairs) {
      const key = keyOf(first, second);
      let slot = this.#slotOf(key);
      while ((this.#values[slot] as number) >= 0 && this.#keys[slot] !== key) slot = (slot + 1) & this.#mask;
      this.#keys[slot] = key;
      this.#values[slot] = n;
    }
  }

  /** The number of the pair (first, second); -1: not a pair of the table. */
  get(first: number, second: number): number {
    const key = keyOf(first, second);
    for (let slot = this.#slotOf(key); ; slot = (slot + 1) & this.#mask) {
      const n = this.#values[slot] as number;
      if (n < 0 || this.#keys[slot] === key) return n;
    }
  }

  #slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.#shift;
  }
}

function keyOf(first: number, second: number): number {
  return (first << 16) | second;
}
