// Owns how a trained model's word weights are gathered for one text: a row of weights per word the model knows, each once.
import { IntList } from './int-list.js';

/** The rows of these words in a model's table, in their order (words the table lacks left out): what training scores. */
export function rowsOf(words: Iterable<string>, table: ReadonlyMap<string, Float64Array>): Float64Array[] {
  const out: Float64Array[] = [];
  for (const word of words) {
    const row = table.get(word);
    if (row) out.push(row);
  }
  return out;
}

/** Each model's word table (wordTableOf), made once. */
const WORD_TABLES = new WeakMap<object, Map<string, Float64Array>>();

/**
 * A model's tagged word → its row, made once per model: what training scores (parsing reads the rows by trie node,
 * from the tables stored built).
 * @param rowOf a word's weights as a row, in the model's order
 */
export function wordTableOf<W>(model: { words: Record<string, W> }, rowOf: (weights: W) => Float64Array): ReadonlyMap<string, Float64Array> {
  let table = WORD_TABLES.get(model);
  if (table === undefined) {
    table = new Map(Object.entries(model.words).map(([word, weights]) => [word, rowOf(weights)]));
    WORD_TABLES.set(model, table);
  }
  return table;
}

/**
 * A model's rows, numbered, and a reader that gathers them each once per text: a row met again is a
 * word met again. Seen rows are marked with the number of the current gathering (no set to build or
 * clear per text: a Set per comment was a tenth of the analysis time).
 */
export class NumberedRows {
  /** The rows' weights packed in one place, only those that are not 0: row n's are at [start[n], start[n + 1]), each with its place in the row. */
  #start: number[] = [0];
  #places: number[] = [];
  #weights: number[] = [];
  #packed: PackedRows | undefined;
  /** The rows as added (or, for rows read packed, as unpacked when gathered() asks). */
  #rows: Float64Array[] = [];
  #width = 0;
  #count = 0;
  /** Read packed (fromPacked): no row may be added. */
  #readOnly = false;
  #seenIn = new Uint32Array(0);
  #gathering = 0;
  /** The rows gathered since `start`, in the order first met. */
  readonly #found = new IntList();
  /** Where rows gathered are added at once (start's `sums`), if anywhere. */
  #sums: Float64Array | undefined;

  /**
   * Rows already packed (packed()), each `width` long: what the analysis tables (analysis-tables.ts)
   * hold, so that a process reads them instead of building them from the model.
   */
  static fromPacked(packed: PackedRows, width: number): NumberedRows {
    const rows = new NumberedRows();
    rows.#packed = packed;
    rows.#width = width;
    rows.#count = packed.start.length - 1;
    rows.#readOnly = true;
    return rows;
  }

  /** How many rows there are: their numbers are below it. */
  get count(): number {
    return this.#count;
  }

  /** Adds a row; returns its number. */
  add(row: Float64Array): number {
    if (this.#readOnly) throw new Error('rows read packed take no more rows');
    this.#rows.push(row);
    this.#width = row.length;
    row.forEach((weight, place) => {
      if (weight === 0) return;
      this.#places.push(place);
      this.#weights.push(weight);
    });
    this.#start.push(this.#weights.length);
    this.#packed = undefined;
    return this.#count++;
  }

  /**
   * The rows' weights packed in one place, only those that are not 0: row n's are at
   * [start[n], start[n + 1]), each with its place in the row. A topic word weighs 4 or 5 of the 22
   * topics, and a few thousand rows each in an array of its own were read from all over memory.
   */
  packed(): PackedRows {
    this.#packed ??= { start: Int32Array.from(this.#start), places: Uint8Array.from(this.#places), weights: Float64Array.from(this.#weights) };
    return this.#packed;
  }

  /**
   * Starts gathering for a new text (what `gathered` returns is then a new list). With `sums`, each row
   * is added to it when first gathered (sums[t] += row[t], in the order first met: what addGathered
   * would add after) instead of being listed: the row's weights are read while its word is at hand, not
   * in a second pass from all over memory.
   */
  start(sums?: Float64Array): void {
    if (this.#seenIn.length < this.#count) this.#seenIn = new Uint32Array(this.#count);
    this.#gathering++;
    if (this.#gathering === 0xffffffff) {
      this.#seenIn.fill(0);
      this.#gathering = 1;
    }
    this.#found.clear();
    this.#sums = sums;
    if (sums !== undefined) this.packed();
  }

  /** Gathers row `n` unless already gathered for this text; -1 (no row) is passed over. */
  gather(n: number): void {
    if (n < 0 || this.#seenIn[n] === this.#gathering) return;
    this.#seenIn[n] = this.#gathering;
    if (this.#sums !== undefined) return this.#addRow(n, this.#sums);
    this.#found.push(n);
  }

  /** The rows gathered since `start`, in the order first met. */
  gathered(): Float64Array[] {
    return Array.from(this.#found.view(), (n) => this.#row(n));
  }

  /**
   * Adds the rows gathered since `start` to `sums` (sums[t] += row[t]), in the order first met, as
   * addRows does, reading only the weights that are not 0: the same sums (adding 0 changes none).
   */
  addGathered(sums: Float64Array): void {
    this.packed();
    for (let f = 0; f < this.#found.count; f++) this.#addRow(this.#found.at(f), sums);
  }

  #addRow(n: number, sums: Float64Array): void {
    const { start, places, weights } = this.#packed as PackedRows;
    for (let k = start[n] as number, end = start[n + 1] as number; k < end; k++) {
      const t = places[k] as number;
      sums[t] = (sums[t] as number) + (weights[k] as number);
    }
  }

  /** Row `n` whole, unpacked the first time a row read packed is asked for. */
  #row(n: number): Float64Array {
    let row = this.#rows[n];
    if (row === undefined) {
      const { start, places, weights } = this.packed();
      row = new Float64Array(this.#width);
      for (let k = start[n] as number; k < (start[n + 1] as number); k++) row[places[k] as number] = weights[k] as number;
      this.#rows[n] = row;
    }
    return row;
  }
}

/** A model's rows packed (NumberedRows.packed). */
export interface PackedRows {
  start: Int32Array;
  places: Uint8Array;
  weights: Float64Array;
}

/** Adds rows to `sums` (sums[t] += row[t]), in order; rows gathered by a NumberedRows are added by it. */
export function addRows(sums: Float64Array, rows: readonly Float64Array[] | NumberedRows): void {
  if (rows instanceof NumberedRows) return rows.addGathered(sums);
  for (const row of rows) for (let t = 0; t < row.length; t++) sums[t] = (sums[t] as number) + (row[t] as number);
}

/**
 * Row numbers by trie node (-1: none) in 16 bits where they fit: half the cache lines of 32, read at
 * every word of a text (the analysis runs between the parser's own work, its tables out of the caches).
 */
export function rowNumbers(table: Int32Array): Int16Array | Int32Array {
  // An indexed loop and the typed-array copy, not for-of and Int16Array.from: run once per process, so always in the
  // interpreter, their iterators took 7-8 ms of every parser process's first letter.
  for (let i = 0; i < table.length; i++) if ((table[i] as number) > 0x7fff) return table;
  return new Int16Array(table);
}
