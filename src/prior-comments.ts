// Owns reading which comments of an earlier letter a text refers to: one reading for the comments' references (assemble)
// and for linking a conversation's letters (thread).

/** A list of comment numbers as letters print it: "4", "2 and 3", "4, 5 and 6", "Nos. 1 & 2", "7 through 9", "3-5". */
const NUMBER_LIST = String.raw`(?:nos?\.?\s*|numbers?\s+)?\d{1,3}(?:\s*(?:,\s*and|,|and|&|through|to|-|–)\s*(?:nos?\.?\s*)?\d{1,3})*`;

/**
 * A reference to comments of an earlier letter: "prior comment 3", "previous comments 4 and 5", "earlier comments 7
 * through 9", "comment 5 in our letter dated March 30, 2012", "comments 2 and 3 of our letter …": not "comment 3 above"
 * (this letter's own), nor "comment 4 of your letter" (in a response, the letter it answers).
 */
const PRIOR_REFERENCE = new RegExp(
  String.raw`\b(?:prior|previous|earlier)\s+comments?\s+(${NUMBER_LIST})|\bcomments?\s+(${NUMBER_LIST})\s+(?:of|in|from)\s+our\s+(?:\w+\s+){0,2}letter\b`,
  'gi',
);

/** The widest range a reference may name: "comments 1 through 12"; past it, its ends alone. */
const WIDEST_RANGE = 50;

/** The numbers of the earlier letter's comments a text refers to, ascending, each once. */
export function priorCommentNumbers(text: string): number[] {
  const out = new Set<number>();
  for (const m of text.matchAll(PRIOR_REFERENCE)) {
    const list = m[1] ?? m[2] ?? '';
    // Each number, and the range it closes ("7 through 9", "3-5").
    let previous: number | undefined;
    for (const part of list.matchAll(/(through|to|-|–)?\s*(?:nos?\.?\s*)?(\d{1,3})/gi)) {
      const n = Number(part[2]);
      if (part[1] !== undefined && previous !== undefined && n > previous && n - previous <= WIDEST_RANGE) for (let k = previous + 1; k < n; k++) out.add(k);
      out.add(n);
      previous = n;
    }
  }
  return [...out].filter((n) => n > 0).sort((a, b) => a - b);
}
