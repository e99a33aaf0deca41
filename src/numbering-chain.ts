// Owns the one algorithm that picks a letter's comment numbering (1, 2, 3 … in reading order) among
// numbered candidates: used on classified lines (assemble/comment-chain.ts) and on the word tokens
// of flattened text (load/flat/comment-numbers.ts), each scoring its own candidates from its own evidence.

/** A place that could start comment `number`, with how comment-like it looks (the caller's evidence). */
export interface NumberedCandidate {
  /** Where it stands: a line or token index, ascending over the candidates. */
  at: number;
  number: number;
  score: number;
  /** Its words speak of the writer, not to the company: maybe a point of the company's own list (flattened text: comment-numbers.ts). */
  ownVoice?: boolean;
  /** It follows a colon: a list's first point after its lead-in ("… in the following context: 1. Are the cloud features …"). */
  afterColon?: boolean;
}

/** Numbers a chain may skip between two links ("1, 2, 4": one skipped). */
const MAX_GAP = 3;
/** What each skipped number costs. */
const GAP_COST = 1.5;
/** What a link costs when the letter labels its responses and no label stands between its two numbers (a numbered list inside a response). */
const NO_LABEL_BETWEEN_COST = 2.5;

/** Whether a letter labels its responses ("Response:"), so that a label is expected between two comments: two labels or more. */
export function usesResponseLabels(labels: readonly number[]): boolean {
  return labels.length >= 2;
}

/** What a candidate costs when the letter labels its responses and another candidate comes before any label after it. */
export const UNANSWERED_COST = 2;

/**
 * Which candidates a response label follows before the next candidate (the last one always): a
 * repeated comment is answered before any other numbered paragraph, a list item inside an answer is
 * not (the 1-2-3 list inside response 1 of 2019-starbucks-10q-corresp).
 * @param labels the response labels' places, ascending
 */
export function answeredByLabel(candidates: readonly { at: number }[], labels: readonly number[]): boolean[] {
  let next = 0;
  return candidates.map((c, i) => {
    const following = candidates[i + 1];
    while (next < labels.length && (labels[next] as number) <= c.at) next++;
    const label = labels[next];
    return following === undefined || (label !== undefined && following.at >= label);
  });
}

/**
 * Whether linking candidate j to candidate i passes over the candidate right before i when that one has the number before
 * i's, and i's words are the writer's own: "2. The Company needed …" after "1. The transaction was subject …" inside answer
 * 1 goes on that list, not the comments (c1116 flattened).
 */
function jumpsOverList(candidates: readonly NumberedCandidate[], j: number, i: number): boolean {
  const right = candidates[i - 1];
  const c = candidates[i] as NumberedCandidate;
  // The next comment after a list in an answer speaks to the company: only a point in the writer's own voice goes on a list.
  return i - 1 !== j && right !== undefined && right.number === c.number - 1 && c.ownVoice === true;
}

/**
 * Whether the list a link passes over (jumpsOverList) opens after a colon: the candidates right before i are numbered 1 … up to
 * i's number less one, the first after a lead-in's colon ("We considered this guidance in the following context: 1. Are the cloud
 * features unique …? … 2. What are the gains …?" inside answer 1, c0897 flattened): a list of the writer's, surely.
 */
function listAfterColon(candidates: readonly NumberedCandidate[], i: number): boolean {
  let k = i - 1;
  let n = (candidates[i] as NumberedCandidate).number - 1;
  while (n > 1 && candidates[k]?.number === n) {
    k--;
    n--;
  }
  return n === 1 && candidates[k]?.number === 1 && candidates[k]?.afterColon === true;
}

/**
 * The highest number a comment may have: every reader of a comment's number reads up to three digits. Real letters stop far
 * below (the longest of the 1,195 corpus and fixture letters has 35 comments), but a lower cap folded every comment past it
 * into the last one's text without a word (300 did so to a letter of 450); a number past 300 joins a chain only where the 300
 * numbers before it did.
 */
export const MAX_COMMENT_NUMBER = 999;

/**
 * How many times a letter's numbering may start again at 1 under another filing's or letter's heading (comment-chain.ts and
 * flat.ts restartedChain): each look reads every later candidate, and a bound keeps a letter of 100,000 "1."s linear.
 */
export const MAX_RESTARTS = 4;

/** A chain starting at 1 costs nothing; one starting later costs more the later it starts (at most 3). */
function startCost(number: number): number {
  return number === 1 ? 0 : Math.min(3, 1 + 0.25 * (number - 1));
}

/** Per number: the best chain ends among its candidates, kept apart by whether a label follows them. */
interface BestEnds {
  /** Over every candidate of the number. */
  any: number;
  /** Over those a response label follows (before the candidate now being linked). */
  separated: number;
  /** The best of those not yet known to have a label after them. */
  pending: number;
  /** Labels at or before the `pending` candidates. */
  pendingLabels: number;
}

/**
 * The letter's numbering chain: the indices (ascending) of the candidates numbered 1, 2, 3 … in
 * reading order whose chain has the best total score; none when no chain scores above 0.
 * A link may skip up to MAX_GAP numbers, at GAP_COST each; where the letter uses response labels
 * (usesResponseLabels), a link with no label strictly between its two candidates costs
 * NO_LABEL_BETWEEN_COST. On equal scores the earlier candidate wins, and starting afresh wins over a link.
 * One pass in reading order with a few lookups per candidate (linear: comparing every pair was
 * quadratic on a document of 100,000 numbers).
 * @param candidates in reading order
 * @param labels the response labels' places (same index space as `at`), ascending
 * @param lastUnansweredCost see flatBlocks
 * @param listJumpCost what a link costs that passes over the number just before its own, standing right before it
 *   (jumpsOverList): where nothing but the words tell a list inside an answer from the comments (flattened text)
 */
export function bestNumberingChain(candidates: readonly NumberedCandidate[], labels: readonly number[], lastUnansweredCost = 0, listJumpCost = 0): number[] {
  if (candidates.length === 0) return [];
  const usesLabels = usesResponseLabels(labels);
  const best = new Float64Array(candidates.length);
  const previous = new Int32Array(candidates.length);
  const byNumber = new Map<number, BestEnds>();
  // A pending candidate becomes separated once a label past it is passed.
  const settle = (ends: BestEnds, labelsBefore: number) => {
    if (ends.pendingLabels < labelsBefore && ends.pending >= 0) {
      if (ends.separated < 0 || (best[ends.pending] as number) > (best[ends.separated] as number)) ends.separated = ends.pending;
      ends.pending = -1;
    }
    ends.pendingLabels = Math.max(ends.pendingLabels, labelsBefore);
  };
  let before = 0;
  candidates.forEach((c, i) => {
    while (before < labels.length && (labels[before] as number) < c.at) before++;
    let through = before;
    while (through < labels.length && (labels[through] as number) <= c.at) through++;
    best[i] = c.score - startCost(c.number);
    previous[i] = -1;
    for (let gap = 0; gap <= MAX_GAP; gap++) {
      const ends = byNumber.get(c.number - 1 - gap);
      if (ends === undefined) continue;
      settle(ends, before);
      const options: [number, number][] = usesLabels ? [[ends.separated, 0], [ends.any, NO_LABEL_BETWEEN_COST]] : [[ends.any, 0]];
      for (const [j, cost] of options) {
        if (j < 0) continue;
        // Passing over a list that opens after a colon costs twice as much.
        const jump = listJumpCost > 0 && jumpsOverList(candidates, j, i) ? listJumpCost * (listAfterColon(candidates, i) ? 2 : 1) : 0;
        const value = (best[j] as number) + c.score - gap * GAP_COST - cost - jump;
        if (value > (best[i] as number) || (value === best[i] && previous[i] !== -1 && j < (previous[i] as number))) {
          best[i] = value;
          previous[i] = j;
        }
      }
    }
    const ends = byNumber.get(c.number) ?? { any: -1, separated: -1, pending: -1, pendingLabels: through };
    settle(ends, through);
    if (ends.any < 0 || (best[i] as number) > (best[ends.any] as number)) ends.any = i;
    if (ends.pending < 0 || (best[i] as number) > (best[ends.pending] as number)) ends.pending = i;
    byNumber.set(c.number, ends);
  });
  // Where labels mark the answers, a chain that ends on a candidate no label follows may cost more (lastUnansweredCost).
  const lastLabel = labels.at(-1) ?? -1;
  const ending = (i: number) => (best[i] as number) - (usesLabels && lastLabel <= (candidates[i] as NumberedCandidate).at ? lastUnansweredCost : 0);
  let end = 0;
  for (let i = 1; i < candidates.length; i++) if (ending(i) > ending(end)) end = i;
  if (ending(end) <= 0) return [];
  const chain: number[] = [];
  for (let i = end; i >= 0; i = previous[i] as number) chain.push(i);
  return chain.reverse();
}
