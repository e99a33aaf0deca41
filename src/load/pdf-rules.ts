// Owns drawn underlines in PDFs: thin horizontal rules from a page's operator list, matched to the text items just above them.

/** The pdfjs operator codes this module reads (pass pdfjs's `OPS`). */
export interface RuleOps {
  save: number;
  restore: number;
  transform: number;
  setLineWidth: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  endPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginAnnotation: number;
  endAnnotation: number;
}

/** A thin horizontal rule in page space (PDF points, origin bottom left): from x0 to x1 at height y. */
export interface Rule {
  x0: number;
  x1: number;
  y: number;
}

/** A text item's box as the rule matcher needs it: left x, baseline y, width, font height (page space). */
export interface ItemBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An affine matrix [a, b, c, d, e, f] (PDF order). */
export type Matrix = [number, number, number, number, number, number];

/** Thickest rule that still reads as an underline, in points. */
const MAX_THICKNESS = 3;

/** PDF matrix product `m × n` (apply m, then n). */
export function multiply(m: readonly number[], n: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = n;
  return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2];
}

/**
 * The thin horizontal rules a page draws, in one pass over its operator list (pdfjs 5:
 * `constructPath` carries `[paintOp, [pathData], minMax]`, minMax being the path's box in the
 * user space of the moment). The current transform follows `save`/`restore`/`transform` and form
 * XObjects; annotations are skipped. A stroked path whose box has no height is a rule as thick as
 * the line width; a filled path (any other paint) whose box is at most 3 pt high is a rule too.
 * @param fnArray the operator list's operators
 * @param argsArray their arguments
 * @param ops pdfjs's operator codes
 * @returns rules in page space, wider than 2 pt
 */
export function findRules(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: RuleOps): Rule[] {
  const strokes = new Set([ops.stroke, ops.closeStroke]);
  const rules: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let lineWidth = 1;
  const stack: { ctm: Matrix; lineWidth: number }[] = [];
  let inAnnotation = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === ops.beginAnnotation) inAnnotation++;
    else if (fn === ops.endAnnotation) inAnnotation = Math.max(0, inAnnotation - 1);
    if (inAnnotation > 0) continue;
    switch (fn) {
      // A form XObject saves the state and applies its own matrix; its end restores the state.
      case ops.save:
      case ops.paintFormXObjectBegin: {
        stack.push({ ctm, lineWidth });
        const matrix = fn === ops.paintFormXObjectBegin ? (argsArray[i] as unknown[] | undefined)?.[0] : undefined;
        if (Array.isArray(matrix) || ArrayBuffer.isView(matrix)) ctm = multiply(matrix as number[], ctm);
        break;
      }
      case ops.restore:
      case ops.paintFormXObjectEnd: {
        const state = stack.pop();
        if (state) ({ ctm, lineWidth } = state);
        break;
      }
      case ops.transform:
        ctm = multiply(argsArray[i] as number[], ctm);
        break;
      case ops.setLineWidth:
        lineWidth = Number((argsArray[i] as number[])[0]) || 0;
        break;
      case ops.constructPath: {
        const [paint, , box] = argsArray[i] as [number, unknown, ArrayLike<number> | null];
        if (paint === ops.endPath || !box) break;
        const rule = ruleOf(box, ctm, strokes.has(paint) ? lineWidth : undefined);
        if (rule) rules.push(rule);
        break;
      }
    }
  }
  return rules;
}

/** The rule a path with this local box draws, if it is thin and horizontal on the page (`strokeWidth`: a stroked path's line width, in the box's space). */
export function ruleOf(box: ArrayLike<number>, ctm: Matrix, strokeWidth: number | undefined): Rule | undefined {
  const [minX = 0, minY = 0, maxX = 0, maxY = 0] = Array.from(box);
  if (!Number.isFinite(minX) || !Number.isFinite(maxY)) return undefined;
  const [a, b, c, d, e, f] = ctm;
  // Only axis-aligned transforms (no rotation): the common case in letters.
  if (Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6) return undefined;
  const xs = [a * minX + e, a * maxX + e];
  const ys = [d * minY + f, d * maxY + f];
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const thickness = strokeWidth === undefined ? y1 - y0 : y1 - y0 + strokeWidth * Math.abs(d);
  if (strokeWidth !== undefined && y1 - y0 > 0.5) return undefined;
  if (thickness > MAX_THICKNESS || x1 - x0 <= 2 || x1 - x0 < 3 * thickness) return undefined;
  return { x0, x1, y: (y0 + y1) / 2 };
}

/**
 * Which items a rule underlines: the rule lies just below the item's baseline (within 0.45 of
 * its height, not above the baseline by more than 0.05) and covers at least 70% of its width.
 * A rule reaching well beyond the text on its baseline (a table border, a separator under the
 * letterhead) underlines nothing: it may overhang the items it covers by at most one text height.
 * @param items text item boxes of one page
 * @param rules the page's rules (from findRules)
 * @returns one flag per item
 */
export function underlinedItems(items: readonly ItemBox[], rules: readonly Rule[]): boolean[] {
  const flags = items.map(() => false);
  for (const rule of rules) {
    const hit: number[] = [];
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    let height = 0;
    items.forEach((item, k) => {
      const below = item.y - rule.y;
      if (below < -0.05 * item.height || below > 0.45 * item.height) return;
      const overlap = Math.min(rule.x1, item.x + item.width) - Math.max(rule.x0, item.x);
      if (item.width <= 0 || overlap < 0.7 * item.width) return;
      hit.push(k);
      left = Math.min(left, item.x);
      right = Math.max(right, item.x + item.width);
      height = Math.max(height, item.height);
    });
    if (hit.length === 0 || rule.x0 < left - height || rule.x1 > right + height) continue;
    for (const k of hit) flags[k] = true;
  }
  return flags;
}
