import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { findRules, type ItemBox, underlinedItems } from '../src/load/pdf-rules.js';

/** An operator list from [op, args] pairs, as pdfjs hands it over. */
function opList(...ops: [number, unknown][]) {
  return { fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) };
}

/** pdfjs 5 `constructPath` arguments: paint op, path data, the path's box [minX, minY, maxX, maxY]. */
const path = (paint: number, box: number[]): [number, unknown] => [OPS.constructPath, [paint, [new Float32Array(0)], new Float32Array(box)]];

describe('findRules', () => {
  it('should read a stroked line as a rule (2025-texaspacificland-10k-upload)', () => {
    const { fnArray, argsArray } = opList([OPS.save, null], [OPS.setLineWidth, [0.75]], path(OPS.stroke, [72.8, 577.1, 502.2, 577.1]), [OPS.restore, null]);
    expect(findRules(fnArray, argsArray, OPS)).toEqual([{ x0: expect.closeTo(72.8, 3), x1: expect.closeTo(502.2, 3), y: expect.closeTo(577.1, 3) }]);
  });

  it('should read a thin filled rectangle as a rule, and ignore tall ones and clipping paths', () => {
    const { fnArray, argsArray } = opList(path(OPS.fill, [100, 500, 200, 500.6]), path(OPS.fill, [100, 400, 200, 420]), path(OPS.endPath, [100, 300, 200, 300.5]));
    const rules = findRules(fnArray, argsArray, OPS);
    expect(rules).toHaveLength(1);
    expect(rules[0]?.y).toBeCloseTo(500.3, 3);
  });

  it('should apply the current transform and undo it on restore', () => {
    const { fnArray, argsArray } = opList(
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 10, 20]],
      path(OPS.fill, [0, 100, 50, 100.5]),
      [OPS.restore, null],
      path(OPS.fill, [0, 100, 50, 100.5]),
    );
    const rules = findRules(fnArray, argsArray, OPS);
    expect(rules[0]).toEqual({ x0: 10, x1: 110, y: expect.closeTo(220.5, 2) });
    expect(rules[1]).toEqual({ x0: 0, x1: 50, y: expect.closeTo(100.25, 3) });
  });

  it('should use a stroke width scaled by the transform and drop thick strokes', () => {
    const { fnArray, argsArray } = opList([OPS.transform, [1, 0, 0, 10, 0, 0]], [OPS.setLineWidth, [1]], path(OPS.stroke, [0, 10, 100, 10]));
    expect(findRules(fnArray, argsArray, OPS)).toEqual([]);
  });

  it('should follow form XObject matrices', () => {
    const { fnArray, argsArray } = opList([OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 0, -50], [0, 0, 612, 792]]], path(OPS.fill, [0, 100, 50, 100.5]), [OPS.paintFormXObjectEnd, []], path(OPS.fill, [0, 100, 50, 100.5]));
    const ys = findRules(fnArray, argsArray, OPS).map((r) => Math.round(r.y));
    expect(ys).toEqual([50, 100]);
  });
});

describe('underlinedItems', () => {
  const heading: ItemBox = { x: 72, y: 578.3, width: 214, height: 12 };
  const body: ItemBox = { x: 108, y: 554.3, width: 400, height: 12 };

  it('should mark the item whose baseline sits just above a rule spanning it', () => {
    expect(underlinedItems([heading, body], [{ x0: 72, x1: 286.5, y: 577.1 }])).toEqual([true, false]);
  });

  it('should mark only the words a rule covers on a line', () => {
    const words: ItemBox[] = [
      { x: 72, y: 600, width: 60, height: 12 },
      { x: 135, y: 600, width: 40, height: 12 },
    ];
    expect(underlinedItems(words, [{ x0: 135, x1: 175, y: 598.8 }])).toEqual([false, true]);
  });

  it('should not take a rule above the text, or far below it, as its underline', () => {
    expect(underlinedItems([heading], [{ x0: 72, x1: 286, y: 590 }])).toEqual([false]);
    expect(underlinedItems([heading], [{ x0: 72, x1: 286, y: 570 }])).toEqual([false]);
  });

  it('should not take a separator much wider than the text for an underline', () => {
    expect(underlinedItems([heading], [{ x0: 36, x1: 576, y: 577 }])).toEqual([false]);
  });
});
