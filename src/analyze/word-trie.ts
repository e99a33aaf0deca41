// Owns looking words up while a text is read character by character: a trie of the words a model
// weighs, so that reading a response builds no word strings and no arrays (a split of every response
// into words, each then hashed into a Map, was a fifth of the analysis time).
import { IntList } from './int-list.js';

/** The characters a word of the models may hold: a-z, 0-9, "'", "&", "-"; each one's symbol (-1: none). */
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 97;
for (let c = 48; c <= 57; c++) SYMBOL[c] = 26 + c - 48;
SYMBOL[39] = 36; // '
SYMBOL[38] = 37; // &
SYMBOL[45] = 38; // -
/** The symbol of "'", which the typographic apostrophe is read as (as the models' words were made). */
const APOSTROPHE = 36;
const HYPHEN = 38;
const SYMBOLS = 39;
const RIGHT_QUOTE = 0x2019;

/** "No word of the trie is read so": reading on from it stays there. */
export const NO_WORD = 0;
const ROOT = 1;
/** Nodes are numbered below 2^16 - 1 (NodePairs keys a pair of them in 32 bits; the trie's cells hold 16 bits, FREE the one value left). */
const MAX_NODES = 0xffff;
/** The check of a place no node holds, in the trie's cells. */
const FREE = 0xffff;

/**
 * The trie as a double array: the child of node n by symbol s is t = base[n] + s if check[t] is n,
 * else there is none. A few tens of kilobytes where a table of every node's 39 children took ten times
 * that: a letter's comments are read between the parser's own work, and the table's nodes were
 * fetched from memory again for each (read so, the topic words cost a third less).
 */
export class WordTrie {
  readonly #base: Int32Array;
  readonly #check: Int32Array;
  /**
   * base and check side by side (node n's base at 2n, its check at 2n + 1), 16 bits each: a step reads
   * the check of the node it reaches and the next step that node's base, one fetch from memory where
   * two arrays of 32 bits took two, and the whole trie takes a quarter of the cache lines (the analysis
   * runs between the parser's own work, its tables out of the processor's caches). A free place's
   * check is FREE, a value no node number reaches.
   */
  readonly #cells: Uint16Array;

  /** The trie of `words` (lower-case, of the characters above). */
  static of(words: Iterable<string>): WordTrie {
    return new WordTrie(doubleArrayOf(words));
  }

  /** A trie from its double array (another trie's `tables`: what the analysis tables hold). */
  constructor(tables: TrieTables) {
    if (tables.base.length !== tables.check.length) throw new Error("a word trie's base and check are one length");
    if (tables.base.length > MAX_NODES) throw new Error(`a word trie holds nodes below ${MAX_NODES}`);
    this.#base = tables.base;
    this.#check = tables.check;
    this.#cells = new Uint16Array(2 * tables.base.length);
    for (let n = 0; n < tables.base.length; n++) {
      const check = tables.check[n] as number;
      this.#cells[2 * n] = tables.base[n] as number;
      this.#cells[2 * n + 1] = check < 0 ? FREE : check;
    }
  }

  /** The double array. */
  get tables(): TrieTables {
    return { base: this.#base, check: this.#check };
  }

  /** How many places the trie has: node numbers are below it. */
  get size(): number {
    return this.#base.length;
  }

  /** The node of a word of the trie (NO_WORD: not a word's path). */
  nodeOf(word: string): number {
    let node = ROOT;
    for (let i = 0; i < word.length; i++) node = this.step(node, word.charCodeAt(i));
    return node;
  }

  /** The node after `node` reads character `c` (NO_WORD: no word of the trie goes on so). */
  step(node: number, c: number): number {
    const symbol = symbolOf(c);
    return symbol < 0 ? NO_WORD : this.#child(node, symbol);
  }

  /**
   * The nodes of the words of `lower` that are runs of lower-case ASCII letters and apostrophes
   * (straight or typographic; leading apostrophes dropped, two characters or more), in order,
   * NO_WORD for a word no model word is: one loop over the characters, no strings built.
   * @param out receives the nodes (cleared first); returned
   */
  letterWordNodes(lower: string, out: IntList): IntList {
    out.clear();
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
      for (; s >= 0 && node !== NO_WORD; s = ++i < n ? letterWordSymbol(lower.charCodeAt(i)) : -1, length++) node = this.#child(node, s);
      // Off the trie: the rest of the word is only passed over (no word of the trie goes on from NO_WORD).
      for (; s >= 0; s = ++i < n ? letterWordSymbol(lower.charCodeAt(i)) : -1) length++;
      if (length > 1) out.push(node);
    }
    return out;
  }

  /**
   * The nodes of the compound words of `lower`, in order (NO_WORD for a word no model word is): a
   * lower-case ASCII letter and one or more letters, digits or "&", then any "-" and letters or digits
   * ("r&d", "non-gaap", "covid-19"), the trie walked as the word is read.
   * @param out receives the nodes (cleared first); returned
   */
  compoundWordNodes(lower: string, out: IntList): IntList {
    out.clear();
    const n = lower.length;
    let i = 0;
    while (i < n) {
      const first = lower.charCodeAt(i);
      if (first < 97 || first > 122) {
        i++;
        continue;
      }
      let node = this.#child(ROOT, first - 97);
      let j = i + 1;
      // Off the trie (NO_WORD), the rest of the word is only passed over.
      for (let s: number; j < n && (s = symbolIn(WORD_GOES_ON, lower.charCodeAt(j))) >= 0; j++) if (node !== NO_WORD) node = this.#child(node, s);
      if (j === i + 1) {
        i++;
        continue;
      }
      // "-" and letters or digits go on with the word.
      while (j + 1 < n && lower.charCodeAt(j) === 45 && symbolIn(LETTER_OR_DIGIT, lower.charCodeAt(j + 1)) >= 0) {
        if (node !== NO_WORD) node = this.#child(node, HYPHEN);
        for (let s: number; ++j < n && (s = symbolIn(LETTER_OR_DIGIT, lower.charCodeAt(j))) >= 0; ) if (node !== NO_WORD) node = this.#child(node, s);
      }
      out.push(node);
      i = j;
    }
    return out;
  }

  #child(node: number, symbol: number): number {
    const t = (this.#cells[2 * node] as number) + symbol;
    return this.#cells[2 * t + 1] === node ? t : NO_WORD;
  }
}

/** A trie as a double array: the child of node n by symbol s is t = base[n] + s if check[t] is n. */
export interface TrieTables {
  base: Int32Array;
  check: Int32Array;
}

/** The double array of the trie of `words` (lower-case, of the characters above). */
function doubleArrayOf(words: Iterable<string>): TrieTables {
  // The words' trie first, as a table of every node's children (0: none), each node's children also
  // listed (first child, next sibling: the placing below visits only them); then its nodes placed in
  // the double array, breadth first.
  let table = new Int32Array(SYMBOLS * 1024);
  let firstChild = new Int32Array(1024);
  let sibling = new Int32Array(1024);
  let symbolTo = new Int32Array(1024);
  let nodes = 2;
  for (const word of words) {
    let node = ROOT;
    for (let i = 0; i < word.length; i++) {
      const symbol = symbolOf(word.charCodeAt(i));
      if (symbol < 0) throw new Error(`a model word holds a character the trie does not: ${JSON.stringify(word)}`);
      let child = table[node * SYMBOLS + symbol] as number;
      if (child === 0) {
        if (nodes === firstChild.length) {
          table = grown(table, table.length * 2, 0);
          [firstChild, sibling, symbolTo] = [firstChild, sibling, symbolTo].map((list) => grown(list, nodes * 2, 0)) as [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>];
        }
        child = nodes++;
        table[node * SYMBOLS + symbol] = child;
        symbolTo[child] = symbol;
        sibling[child] = firstChild[node] as number;
        firstChild[node] = child;
      }
      node = child;
    }
  }
  // Each place's parent: -1 a free place; place 0, NO_WORD, is never a node (no parent is 0), and the root's has none (-2).
  let check = new Int32Array(2 * nodes + SYMBOLS).fill(-1);
  let base = new Int32Array(check.length);
  check[ROOT] = -2;
  const placed = new Int32Array(nodes);
  placed[ROOT] = ROOT;
  const queue = new Int32Array(nodes);
  queue[0] = ROOT;
  let queued = 1;
  let firstFree = 2;
  let last = ROOT;
  for (let k = 0; k < queued; k++) {
    const node = queue[k] as number;
    if (firstChild[node] === 0) continue;
    let least = SYMBOLS;
    for (let child = firstChild[node] as number; child !== 0; child = sibling[child] as number) least = Math.min(least, symbolTo[child] as number);
    while (check[firstFree] !== -1) firstFree++;
    // The first base from which every child's place is free.
    let b = Math.max(1, firstFree - least);
    for (;;) {
      if (b + SYMBOLS > check.length) {
        check = grown(check, check.length * 2, -1);
        base = grown(base, check.length, 0);
      }
      let child = firstChild[node] as number;
      while (child !== 0 && check[b + (symbolTo[child] as number)] === -1) child = sibling[child] as number;
      if (child === 0) break;
      b++;
    }
    const at = placed[node] as number;
    base[at] = b;
    for (let child = firstChild[node] as number; child !== 0; child = sibling[child] as number) {
      const place = b + (symbolTo[child] as number);
      check[place] = at;
      placed[child] = place;
      queue[queued++] = child;
      last = Math.max(last, place);
    }
  }
  // Room for every symbol after the last place, so that a step from any node never reads past the end.
  const size = last + SYMBOLS;
  if (size > MAX_NODES) throw new Error(`a word trie holds nodes below ${MAX_NODES}`);
return { base: grown(base, size, 0), check: grown(check, size, -1) };
}

/** `array` copied into one of `length` (cut, or filled with `fill` past its end). */
function grown(array: Int32Array<ArrayBuffer>, length: number, fill: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(length);
  if (fill !== 0) out.fill(fill);
  out.set(array.length > length ? array.subarray(0, length) : array);
  return out;
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

/** Symbols of the characters that go on with a compound word, per ASCII character (-1: none): letters, digits, "&" ... */
const WORD_GOES_ON = new Int8Array(128).fill(-1);
/** ... and of those that go on after its "-": letters and digits. */
const LETTER_OR_DIGIT = new Int8Array(128).fill(-1);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) LETTER_OR_DIGIT[c] = WORD_GOES_ON[c] = SYMBOL[c] as number;
}
WORD_GOES_ON[38] = SYMBOL[38] as number;

/** The symbol `table` gives character `c` (-1 past ASCII). */
function symbolIn(table: Int8Array, c: number): number {
  return c < 128 ? (table[c] as number) : -1;
}

/**
 * A number per pair of trie nodes (a model's word pairs: "will revise" → its row), in an open-addressed
 * table of the pairs' 32-bit keys: looked up at every word of a response, where a Map per first word
 * cost a quarter of reading the words.
 */
export class NodePairs {
  readonly #keys: Int32Array;
  readonly #values: Int32Array;
  readonly #mask: number;
  readonly #shift: number;

  /** @param pairs each pair's first node, second node and number (nodes below 2^16, numbers not negative) */
  static of(pairs: readonly (readonly [first: number, second: number, n: number])[]): NodePairs {
    let bits = 4;
    while (1 << bits < pairs.length * 4) bits++;
    const keys = new Int32Array(1 << bits);
    const values = new Int32Array(1 << bits).fill(-1);
    const table = new NodePairs({ keys, values });
    for (const [first, second, n] of pairs) {
      const key = keyOf(first, second);
      let slot = table.#slotOf(key);
      while ((values[slot] as number) >= 0 && keys[slot] !== key) slot = (slot + 1) & table.#mask;
      keys[slot] = key;
      values[slot] = n;
    }
    return table;
  }

  /** A table from another's `tables` (what the analysis tables hold): keys and values a power of two long. */
  constructor(tables: PairTables) {
    const size = tables.keys.length;
    if (size < 2 || (size & (size - 1)) !== 0 || tables.values.length !== size) throw new Error('a pair table is a power of two long');
    this.#keys = tables.keys;
    this.#values = tables.values;
    this.#mask = size - 1;
    this.#shift = 32 - Math.log2(size);
  }

  /** The open-addressed table: each slot's key and its number (-1: free). */
  get tables(): PairTables {
    return { keys: this.#keys, values: this.#values };
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

/** A NodePairs table (NodePairs.tables). */
export interface PairTables {
  keys: Int32Array;
  values: Int32Array;
}

function keyOf(first: number, second: number): number {
  return (first << 16) | second;
}
