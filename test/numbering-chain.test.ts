import { describe, expect, it } from 'vitest';
import { bestNumberingChain } from '../src/numbering-chain.js';

const at = (...spec: [number, number, number?][]) => spec.map(([place, number, score = 2]) => ({ at: place, number, score }));

describe('bestNumberingChain', () => {
  it('should follow 1, 2, 3 in reading order', () => {
    expect(bestNumberingChain(at([0, 1], [5, 2], [9, 3]), [])).toEqual([0, 1, 2]);
  });

  it('should skip a number the letter skipped, at a cost', () => {
    expect(bestNumberingChain(at([0, 1], [5, 2], [9, 4]), [])).toEqual([0, 1, 2]);
  });

  it('should choose nothing when no chain scores above zero', () => {
    expect(bestNumberingChain(at([0, 3, 1]), [])).toEqual([]);
  });

  it('should keep a numbered list inside a response out of the chain when the letter labels its responses', () => {
    // Comment 1 at 0, its label at 2, a "2. … 3." list inside response 1 at 3 and 4, comment 2 at 6 (label 8), comment 3 at 10 (label 12).
    const candidates = at([0, 1], [3, 2], [4, 3], [6, 2], [10, 3]);
    // No link without a label between: 3 -> 4 is refused. (The "2." right after label 2 ties with comment 2
    // and wins as the earlier; callers tell those apart with their own evidence, as comment-chain.ts does.)
    expect(bestNumberingChain(candidates, [2, 8, 12])).toEqual([0, 1, 4]);
    // Without labels nothing tells the two apart, and the earlier chain wins.
    expect(bestNumberingChain(candidates, [])).toEqual([0, 1, 2]);
  });

  it('should link a list item like any other when the letter has fewer than two labels', () => {
    expect(bestNumberingChain(at([0, 1], [3, 2], [6, 2]), [2])).toEqual([0, 1]);
  });

  it('should not count a label standing on the earlier candidate itself as one between', () => {
    // Labels at 0 and 6 (each on its comment's own place): nothing strictly between 0 and 4, so the "2." at 4 costs.
    expect(bestNumberingChain(at([0, 1], [4, 2], [7, 2]), [0, 6])).toEqual([0, 2]);
  });

  it('should prefer the earlier of two equally good candidates', () => {
    expect(bestNumberingChain(at([0, 1], [3, 2], [5, 2]), [])).toEqual([0, 1]);
  });
});
