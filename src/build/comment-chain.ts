// Owns choosing which numbered lines are the letter's comments: the best consecutive numbering chain.
import type { ClassifiedLine } from '../classify/index.js';
import { isHeadingLike, PAGE_REF } from '../classify/heading.js';

/** A line chosen as the start of comment `number`. */
export interface CommentStart {
  number: number;
  /** Index of the line holding the number. */
  line: number;
  /** Index of the line where the comment's words begin (the next line after a bare "Comment No. 1" label). */
  textLine: number;
  /** Offset in `textLine` where the comment's words begin. */
  textStart: number;
}

interface Candidate extends CommentStart {
  score: number;
  signature: string;
}

const MAX_GAP = 3;

/**
 * Pick the comment starts among all numbered lines.
 * Numbered lists inside comments or responses and headings that begin with a number
 * ("15. Insurance Operations, page 91", 2016-ajg-10k-upload) compete with real comment
 * numbers; the winner is the chain of consecutive numbers that best agrees with the
 * letter's own evidence: one marker shape and formatting for all comments, a response
 * label between comments where the letter uses labels, no heading-like text.
 * @param lines classified lines
 * @param from first body line
 * @param to end of the body (exclusive)
 */
export function chooseCommentChain(lines: readonly ClassifiedLine[], from: number, to: number): CommentStart[] {
  const candidates = collectCandidates(lines, from, to);
  if (candidates.length === 0) return [];
  rewardCommonSignature(candidates);
  const labelLines = lines.map((l, i) => (l.responseLabel && !l.furniture && i >= from && i < to ? i : -1)).filter((i) => i >= 0);
  const usesLabels = labelLines.length >= 2;
  const labelBetween = (a: number, b: number) => labelLines.some((i) => i > a && i < b);
  if (usesLabels) {
    // A repeated comment is followed by its response label before any other numbered paragraph;
    // a list item is not (the 1-2-3 list inside response 1 of 2019-starbucks-10q-corresp).
    candidates.forEach((c, i) => {
      const next = candidates[i + 1];
      const label = labelLines.find((l) => l > c.line);
      if (next !== undefined && (label === undefined || next.line < label)) c.score -= 2;
    });
  }

  const best: number[] = [];
  const previous: number[] = [];
  candidates.forEach((c, i) => {
    best[i] = c.score - startPenalty(c.number);
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      const p = candidates[j] as Candidate;
      const gap = c.number - p.number - 1;
      if (gap < 0 || gap > MAX_GAP || p.line >= c.line) continue;
      let value = (best[j] as number) + c.score - gap * 1.5;
      if (usesLabels && !labelBetween(p.line, c.line)) value -= 2.5;
      if (value > (best[i] as number)) {
        best[i] = value;
        previous[i] = j;
      }
    }
  });
  let end = -1;
  candidates.forEach((_, i) => {
    if (end < 0 || (best[i] as number) > (best[end] as number)) end = i;
  });
  if (end < 0 || (best[end] as number) <= 0) return [];
  const chain: CommentStart[] = [];
  for (let i = end; i >= 0; i = previous[i] as number) {
    const { number, line, textLine, textStart } = candidates[i] as Candidate;
    chain.unshift({ number, line, textLine, textStart });
  }
  return chain;
}

function startPenalty(number: number): number {
  return number === 1 ? 0 : Math.min(3, 1 + 0.25 * (number - 1));
}

function collectCandidates(lines: readonly ClassifiedLine[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const entry = lines[i] as ClassifiedLine;
    const marker = entry.commentMarker;
    if (!marker || entry.furniture) continue;
    let textLine = i;
    let textStart = marker.textStart;
    // "Comment No. 1" alone, then "1.Please …" on the next line (2022-bxp-def14a-corresp).
    if (marker.form === 'label' && entry.line.text.slice(textStart).trim() === '') {
      const next = lines[i + 1];
      if (next?.commentMarker?.number === marker.number && next.commentMarker.form !== 'label') {
        textLine = i + 1;
        textStart = next.commentMarker.textStart;
      }
    }
    const previousCandidate = out.at(-1);
    if (previousCandidate && previousCandidate.textLine === i && previousCandidate.number === marker.number) continue;
    const textLineEntry = lines[textLine] as ClassifiedLine;
    const words = textLineEntry.line.text.slice(textStart);
    let score = 2;
    if (words.trim() !== '' && isHeadingLike(textLineEntry.line, words) && (PAGE_REF.test(words) || !/[.?!:]["”’)]*$/.test(words.trim()))) score -= 4;
    if (marker.form === 'label') score += 1.5;
    if (marker.form === 'paren') score -= 1;
    if (/^\p{Ll}/u.test(words.trim())) score -= 1.5;
    const line = textLineEntry.line;
    const signature = [
      marker.form,
      line.bold >= 0.5 ? 'B' : '-',
      line.italic >= 0.5 ? 'I' : '-',
      line.inTable ? 'T' : '-',
    ].join('');
    out.push({ number: marker.number, line: i, textLine, textStart, score, signature });
  }
  return out;
}

/**
 * The marker shape and formatting that carries the longest run 1, 2, 3 … is the letter's
 * comment style; candidates of that style gain, others lose a little.
 */
function rewardCommonSignature(candidates: Candidate[]): void {
  const bySignature = new Map<string, Candidate[]>();
  for (const c of candidates) bySignature.set(c.signature, [...(bySignature.get(c.signature) ?? []), c]);
  let bestSignature = '';
  let bestLength = 0;
  for (const [signature, group] of bySignature) {
    let expected = Math.min(...group.map((c) => c.number));
    let length = 0;
    for (const c of group) {
      if (c.number === expected) {
        length++;
        expected++;
      }
    }
    if (length > bestLength) {
      bestLength = length;
      bestSignature = signature;
    }
  }
  if (bestLength < 2) return;
  for (const c of candidates) c.score += c.signature === bestSignature ? 1.5 : -0.5;
}

/** "Comment:", "COMMENT:", "Staff Comment:", "Staff's comment :" opening an unnumbered comment. */
const UNNUMBERED_LABEL = /^(?:the\s+)?(?:staff(?:'s|’s)?\s+)?comments?\s*:[\s\t]*/i;

/**
 * Comments of a response letter that does not number them: each response label answers the
 * paragraphs just above it, back to a "Comment:" label, or over the formatted (bold/italic)
 * paragraphs that repeat the staff's words, or else the one paragraph above the label
 * (corpus letters with "Comment:"/"Response:" pairs or italic comments under headings).
 * They are numbered in order of appearance.
 */
export function findUnnumberedComments(lines: readonly ClassifiedLine[], from: number, to: number): CommentStart[] {
  const out: CommentStart[] = [];
  // A response letter opens with at least one paragraph of its own before the first comment.
  let floor = from + 1;
  for (let i = from; i < to; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture || !entry.responseLabel) continue;
    let start = -1;
    // Back over the repeated comment: a "Comment:" label wins; else formatted paragraphs; else one paragraph.
    for (let j = i - 1; j >= floor; j--) {
      const above = lines[j] as ClassifiedLine;
      if (above.furniture) continue;
      if (UNNUMBERED_LABEL.test(above.line.text)) {
        start = j;
        break;
      }
      const styled = above.line.bold >= 0.6 || above.line.italic >= 0.6;
      if (above.headingLike || above.responseLabel) break;
      if (styled) start = j;
      else {
        // Every line passed so far set `start`, so an unset one means this is the paragraph right above the label.
        if (start < 0) start = j;
        break;
      }
    }
    if (start < 0) continue;
    const label = UNNUMBERED_LABEL.exec((lines[start] as ClassifiedLine).line.text);
    out.push({ number: out.length + 1, line: start, textLine: start, textStart: label ? label[0].length : 0 });
    floor = i + 1;
  }
  return out;
}
