// Owns the "nothing lost" invariant: every word of the letter body lands in exactly one output field.
import type { ClassifiedLine } from './classify/index.js';
import type { LetterJson } from './schema.js';

// Compared as characters without white space, so "1.Please" splits into label "1." and text "Please";
// colons are left out because headings are emitted without their trailing colon (DESIGN.md).
const squeeze = (text: string) => text.replace(/[\s:]+/g, '');

/** Result of checking that the output covers the letter's text. */
export interface CoverageReport {
  ok: boolean;
  /** First region where the words differ, for the warning message. */
  problem?: string;
}

/**
 * Check that the output fields hold exactly the words of the normalised text, page furniture
 * aside: head, preamble, each comment (its new headings, label, text, response label and
 * text) and closing, region by region in order; inside a comment region the label may print
 * before, after or among its new headings (2017-marriott-corresp: "Comment #1:", then "General").
 * @param lines the classified lines the letter was built from
 */
export function checkCoverage(letter: LetterJson, lines: readonly ClassifiedLine[]): CoverageReport {
  const bodyText = (from: number, to: number) => {
    let out = '';
    for (const entry of lines) {
      if (entry.furniture || entry.line.end <= from || entry.line.start >= to) continue;
      out += squeeze(entry.line.text);
    }
    return out;
  };
  const regions: { name: string; from: number; to: number; outputs: string[] }[] = [];
  const firstComment = letter.comments[0];
  const closingFrom = letter.comments.at(-1)?.location.end ?? undefined;
  const regionStart = firstComment?.location.start ?? Number.POSITIVE_INFINITY;
  // Head and preamble together run up to the first comment (or to the closing).
  const headAndPreamble = squeeze(letter.letter.head) + squeeze(letter.preamble);
  const closing = squeeze(letter.closing);
  if (firstComment === undefined) {
    regions.push({ name: 'head, preamble and closing', from: 0, to: Number.POSITIVE_INFINITY, outputs: [headAndPreamble + closing] });
  } else {
    regions.push({ name: 'head and preamble', from: 0, to: regionStart, outputs: [headAndPreamble] });
    for (const c of letter.comments) {
      const own = c.headings.slice(c.headings.length - c.location.newHeadings).map(squeeze);
      const rest = squeeze(c.text) + squeeze(c.response?.label ?? '') + squeeze(c.response?.text ?? '');
      const label = squeeze(c.label);
      // New headings print above the number, or between a bare label and the text, or some of each.
      const outputs = own.map((_, k) => own.slice(0, k).join('') + label + own.slice(k).join('') + rest);
      outputs.unshift(own.join('') + label + rest);
      regions.push({ name: `comment ${c.number}`, from: c.location.start, to: c.location.end, outputs });
    }
    regions.push({ name: 'closing', from: closingFrom ?? 0, to: Number.POSITIVE_INFINITY, outputs: [closing] });
  }
  for (const region of regions) {
    const expected = bodyText(region.from, region.to);
    if (!region.outputs.includes(expected)) {
      const output = region.outputs[0] ?? '';
      let at = 0;
      while (at < expected.length && expected[at] === output[at]) at++;
      return { ok: false, problem: `${region.name}: output differs from the text at character ${at} ("${expected.slice(at, at + 30)}" vs "${output.slice(at, at + 30)}")` };
    }
  }
  return { ok: true };
}
