// Owns looking words up while a text is read character by character: a trie of the words a model
// weighs, so that reading a response builds no word strings and no arrays (a split of every response
// into words, each then hashed into a Map, was a fifth of the analysis time).
import { isApostrophe } from '../chars.js';

/** The characters a word of the models may hold: a-z, 0-9, "'", "&", "-" (others end a word). */
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 97;
for (let c = 48; c <= 57; c++) SYMBOL[c] = 26 + c - 48;
SYMBOL[39] = 36; // '
SYMBOL[38] = 37; // &
SYMBOL[45] = 38; // -
const SYMBOLS = 39;
/** What a 16-bit child number can name. */
const MAX_NODES = 0xffff;
/** The typographic apostrophe, read as "'" (as the models' words were made). */
const RIGHT_QUOTE = 0x2019;

/** Nodes are numbered from the root (0); -1 is "no such word". */
export class WordTrie {
  /**
   * Each node's child per symbol; 0 (the root, never a child) is none: arrays start zeroed, so growing
   * fills nothing. 16 bits a child: the table is read at every character of every text, and half the
   * size stays in the processor's cache beside the rest of the parse (the models' tries have under
   * 10,000 nodes).
   */
  #next = new Uint16Array(SYMBOLS * 64);
  #size = 1;

  /** The node of `word` (lower-case, of the characters above), added if new. */
  add(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const symbol = symbolOf(word.charCodeAt(i));
      if (symbol < 0) throw new Error(`a model word holds a character the trie does not: ${JSON.stringify(word)}`);
      let child = this.#next[node * SYMBOLS + symbol] as number;
      if (child === 0) {
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

  /** The node after `node` reads character `c` (-1: no word of the trie goes on so; -1 stays -1). */
  step(node: number, c: number): number {
    if (node < 0) return -1;
    const symbol = symbolOf(c);
    return symbol < 0 ? -1 : (this.#next[node * SYMBOLS + symbol] as number) || -1;
  }

  /**
   * The nodes of the words of `lower` that `isWordCharacter` delimits (runs of such characters, leading
   * apostrophes dropped, two characters or more), in order, -1 for a word no model word is: one loop
   * over the characters, no strings built.
   * @param out receives the nodes (cleared first); returned
   */
  wordNodes(lower: string, isWordCharacter: (c: number) => boolean, out: number[]): number[] {
    out.length = 0;
    const n = lower.length;
    let i = 0;
    while (i < n) {
      if (!isWordCharacter(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      while (i < n && isApostrophe(lower.charCodeAt(i))) i++;
      let node = 0;
      let length = 0;
      for (; i < n; i++, length++) {
        const c = lower.charCodeAt(i);
        if (!isWordCharacter(c)) break;
        node = this.step(node, c);
      }
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
  if (c === RIGHT_QUOTE) return 36;
  return c < 128 ? (SYMBOL[c] as number) : -1;
}
