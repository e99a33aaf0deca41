// Owns comment-number markers at the start of a paragraph: "1.", "1.Your", "Comment #1:", "1. Comment:".
import { BULLET_CHARACTERS } from '../vocabulary.js';
import { MAX_COMMENT_NUMBER } from '../numbering-chain.js';

/** A comment number found at the start of a line. */
export interface CommentMarker {
  number: number;
  /** Offset in the line where the comment's own words begin (after number and label). */
  textStart: number;
  /** Shape of the marker, used to tell comments from numbered lists of another shape. */
  form: 'dot' | 'paren' | 'label';
  /** The number alone on its line, its words on the next (matchBareCommentNumber). */
  bare?: true;
}

/**
 * "Comment 1:", "Comment #1:", "Comment No. 1", "Staff Comment 1.", "SEC Oral Comment #1:" (c1056). Each run of white space has one
 * place to go: `\s*(?:no\.?\s*)?#?\s*` split a run between its two `\s*` every possible way before
 * failing, so "Comment" and 40,000 blanks (U+2028 survives normalising) took 2 s.
 */
const LABELLED = /^(?:(?:staff|SEC)(?:'s|’s)?\s+)?(?:oral\s+)?comment\s*(?:(?:no\.?|number)\s*)?(?:#\s*)?(\d{1,3})\s*[:.)\-–—]?[\s\t]*/i;
/** A number after a comment's label, which may be the label's number again ("Comment No. 1 1. We note …"). */
const NUMBER_AGAIN = /^\s*(\d{1,3})[.)]\s+(?=\S)/;
/** "1. Text", "1.\tText", "1.Your" (no space), "- 5. Tell us" (2017-21vianet-corresp), "1) Text". */
const DOTTED = new RegExp(String.raw`^(?:[${BULLET_CHARACTERS}\-–—]\s*)?(\d{1,3})\s*([.)])(?=[\s\t]|[A-Z“"‘'(\[])[\s\t]*`);
/** "(1) Text": usually a list item, kept as a weaker candidate. */
const PARENTHESISED = /^\((\d{1,3})\)[\s\t]+/;
/** A "Comment:" label after the number ("1.\tComment: We note", 2020-adm-10k-corresp). */
const INNER_LABEL = /^(?:staff(?:'s|’s)?\s+)?comments?\s*:[\s\t]*/i;

/**
 * Match a comment-number marker at the start of a line.
 * @param text the line text
 * @returns the marker, or undefined when the line does not start with one
 */
export function matchCommentNumber(text: string): CommentMarker | undefined {
  const labelled = LABELLED.exec(text);
  if (labelled) {
    // The comment's own number printed again after its label, on the same line once flattened ("Comment No. 1 1. We note …", c0687): part of the label.
    const again = NUMBER_AGAIN.exec(text.slice(labelled[0].length));
    return marker(labelled[1], labelled[0].length + (again !== null && again[1] === labelled[1] ? again[0].length : 0), 'label', text);
  }
  const dotted = DOTTED.exec(text);
  if (dotted) {
    let end = dotted[0].length;
    const inner = INNER_LABEL.exec(text.slice(end));
    if (inner) end += inner[0].length;
    return marker(dotted[1], end, dotted[2] === ')' ? 'paren' : 'dot', text);
  }
  const paren = PARENTHESISED.exec(text);
  if (paren) return marker(paren[1], paren[0].length, 'paren', text);
  return undefined;
}

/**
 * A number alone on its line, "1.": the comment's words on the next line (an HTML letter that floats the
 * number beside its paragraph, corpus c1013; a layout that prints the number in a column of its own).
 */
const BARE_DOTTED = /^\s*(\d{1,3})\.\s*$/;

/**
 * Match a comment number that stands alone on its line ("1."); matchCommentNumber refuses it (a bare
 * number is rarely a comment's), and the comment chain takes it only when words follow on the next line.
 * @param text the line text
 */
export function matchBareCommentNumber(text: string): CommentMarker | undefined {
  const m = BARE_DOTTED.exec(text);
  const number = Number(m?.[1]);
  if (!m || !isCommentNumber(number)) return undefined;
  return { number, textStart: text.length, form: 'dot', bare: true };
}

/** Letters number their comments from 1. */
function isCommentNumber(number: number): boolean {
  return Number.isInteger(number) && number >= 1 && number <= MAX_COMMENT_NUMBER;
}

function marker(digits: string | undefined, textStart: number, form: CommentMarker['form'], text: string): CommentMarker | undefined {
  const number = Number(digits);
  if (!isCommentNumber(number)) return undefined;
  // "2016. Revenue" style years are not comment numbers; neither is a bare number.
  if (form !== 'label' && text.slice(textStart).trim() === '') return undefined;
  return { number, textStart, form };
}
