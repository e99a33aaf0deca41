import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

  it('should not go on from comment 1 to a list in the writer\'s own voice that starts again inside its answer, when asked to (flattened text, c1116)', () => {
    // Comment 1 at 0; its answer's own list "1. 2. 3." at 10, 12, 14; comment 2 at 30.
    const own = (place: number, number: number) => ({ at: place, number, score: 2, ownVoice: true });
    const candidates = [{ at: 0, number: 1, score: 2.5 }, own(10, 1), own(12, 2), own(14, 3), { at: 30, number: 2, score: 2.5 }];
    expect(bestNumberingChain(candidates, [], 0, 2.5)).toEqual([0, 4]);
    expect(bestNumberingChain(candidates, [])).toEqual([0, 2, 3]);
    // The next comment after such a list speaks to the company: it goes on from the comment before the list.
    const next = [{ at: 0, number: 1, score: 2.5 }, own(10, 1), { at: 30, number: 2, score: 2.5 }];
    expect(bestNumberingChain(next, [], 0, 2.5)).toEqual([0, 2]);
  });

  it('should prefer the earlier of two equally good candidates', () => {
    expect(bestNumberingChain(at([0, 1], [3, 2], [5, 2]), [])).toEqual([0, 1]);
  });
});

/** The chain by its definition: every earlier candidate tried for every link (quadratic), ties to the earlier. */
function chainByDefinition(candidates: readonly { at: number; number: number; score: number }[], labels: readonly number[]): number[] {
  const usesLabels = labels.length >= 2;
  const between = (a: number, b: number) => labels.some((l) => l > a && l < b);
  const best: number[] = [];
  const previous: number[] = [];
  candidates.forEach((c, i) => {
    best[i] = c.score - (c.number === 1 ? 0 : Math.min(3, 1 + 0.25 * (c.number - 1)));
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      const d = candidates[j] as { at: number; number: number };
      const gap = c.number - 1 - d.number;
      if (gap < 0 || gap > 3) continue;
      const value = (best[j] as number) + c.score - gap * 1.5 - (usesLabels && !between(d.at, c.at) ? 2.5 : 0);
      if (value > (best[i] as number)) {
        best[i] = value;
        previous[i] = j;
      }
    }
  });
  let end = 0;
  for (let i = 1; i < candidates.length; i++) if ((best[i] as number) > (best[end] as number)) end = i;
  if (candidates.length === 0 || (best[end] as number) <= 0) return [];
  const chain: number[] = [];
  for (let i = end; i >= 0; i = previous[i] as number) chain.push(i);
  return chain.reverse();
}

describe('bestNumberingChain against its definition', () => {
  it('should pick the chain the quadratic definition picks, ties included', () => {
    const letter = fc.record({
      candidates: fc.array(fc.record({ step: fc.integer({ min: 1, max: 4 }), number: fc.integer({ min: 1, max: 7 }), score: fc.constantFrom(-1, 0, 1, 1.5, 2, 3.5) }), { maxLength: 25 }),
      labels: fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(letter, ({ candidates, labels }) => {
        let at = 0;
        const placed = candidates.map((c) => ({ at: (at += c.step), number: c.number, score: c.score }));
        const sorted = [...new Set(labels)].sort((a, b) => a - b);
        expect(bestNumberingChain(placed, sorted)).toEqual(chainByDefinition(placed, sorted));
      }),
      { seed: 4_242, numRuns: 2_000 },
    );
  });
});
