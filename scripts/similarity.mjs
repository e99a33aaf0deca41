// Word likeness of two texts, shared by scripts/pairs-eval.mjs and test/pairs.test.ts.

/** Lower-cased words, curly quotes made straight. */
const tokens = (text) =>
  text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);

/**
 * Share of the two texts' words in common (Dice coefficient over word multisets): 1 for the same words, 0 for none shared.
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
export function similarity(a, b) {
  const count = new Map();
  const at = tokens(a);
  for (const w of at) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  const bt = tokens(b);
  for (const w of bt) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      common++;
      count.set(w, n - 1);
    }
  }
  return (2 * common) / (at.length + bt.length || 1);
}
