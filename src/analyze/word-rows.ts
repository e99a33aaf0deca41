// Owns how a trained model's word weights are gathered for one text: a row of weights per word the model knows, each once.

/** The rows of these words in a model's table, in their order (words the table lacks left out): what training scores. */
export function rowsOf(words: Iterable<string>, table: ReadonlyMap<string, Float64Array>): Float64Array[] {
  const out: Float64Array[] = [];
  for (const word of words) {
    const row = table.get(word);
    if (row) out.push(row);
  }
  return out;
}

/** Rows collected once each, in the order first met: a table has one row per word, so a row met again is a word met again. */
export class DistinctRows {
  readonly rows: Float64Array[] = [];
  readonly #seen = new Set<Float64Array>();

  add(row: Float64Array | undefined): void {
    if (row === undefined || this.#seen.has(row)) return;
    this.#seen.add(row);
    this.rows.push(row);
  }
}
