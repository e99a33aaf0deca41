// Owns response labels: "Response:", "RESPONSE:", "Response", "Company Response:", "Response to Comment 1", "Response No. 1:", "Answer:".
import { RESPONSE_LABEL_TAIL } from '../vocabulary.js';

/** A response label at the start of a line. */
export interface ResponseLabel {
  /** Offset in the line where the answer's own words begin. */
  textStart: number;
}

/**
 * A company's name may stand before the label word ("ITW Response:"), not a sentence's opening ("We note your response to
 * comment 3.", the staff's follow-up, c0820 flattened; "In your response to …").
 * Each run of white space has one place to go (`\s*#?\s*` split a run between its two `\s*` every
 * possible way before failing: "Response" and 40,000 blanks took 1.8 s).
 */
const LABEL = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:company|registrant|issuer|management|our|(?!(?:we|you|your|in|see|per|please|refer|this|that|as|for)\b)[A-Z][\w&.,'’ -]{0,40}?)(?:'s|’s)?\s+)?(?:response|answer|reply)(?:s)?${RESPONSE_LABEL_TAIL}(?:\s*(?:[:.\-–—]|\t|$)|(?<=\d)(?=\s))[\s\t]*`,
  'i',
);

/** The label word joined to another by "and", "or", "&": "Questions and Answers". */
const JOINED_TO_ANOTHER_WORD = /\b(?:and|or|&)\s+(?:response|answer|reply)s?\b/i;

/**
 * Match a response label at the start of a line.
 * Bare "Response" counts only when it stands alone or is followed by a colon, dash or tab,
 * so sentences that begin with the word are not labels.
 * @param text the line text
 */
export function matchResponseLabel(text: string): ResponseLabel | undefined {
  const m = LABEL.exec(text);
  if (!m) return undefined;
  const label = m[0];
  // A label of more than a few words is a sentence, not a label ("Response times were …").
  const words = label.replace(/[:.\-–—\t]/g, ' ').trim().split(/\s+/);
  if (words.length > 8) return undefined;
  // "Questions and Answers": a section of the filing (a proxy statement's Q&A) that a heading names (c0574).
  if (JOINED_TO_ANOTHER_WORD.test(label)) return undefined;
  // Ends with a colon, dash or tab (and white space): read from the end, as /[:\-–—\t]\s*$/ tried every tab of a run.
  const body = label.trimEnd();
  const ends = (body !== '' && ':-–—'.includes(body.charAt(body.length - 1))) || label.slice(body.length).includes('\t');
  const whole = label.trim().length === text.trim().length;
  // A numbered label needs no colon where the answer's first sentence follows it on the line ("Response 1 We will revise …");
  // "Response to Comments 1 and 2:" goes on past its first number, no label there.
  const numbered = /\d$/.test(body);
  if (numbered && !ends && !whole && !/^[A-Z“"‘]/.test(text.slice(label.length))) return undefined;
  const separated = ends || numbered || whole || /\bcomments?\b/i.test(label);
  if (!separated) return undefined;
  return { textStart: label.length };
}
