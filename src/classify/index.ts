// Owns line classification: runs every classifier over the normalised lines and records what each line can be.
import type { Line, NormalText } from '../normalize.js';
import { type CommentMarker, matchBareCommentNumber, matchCommentNumber } from './comment-number.js';
import { findFurniture } from './furniture.js';
import { isHeadingLike, PAGE_REF } from './heading.js';
import { isTitleCase } from '../chars.js';
import { ACKNOWLEDGED_POINTS, ACKNOWLEDGES, ENDS_ON_LOWER_CASE_WORD, JOINING_WORDS, LIST_ITEM_MARK, NAMED_SALUTATION } from '../vocabulary.js';
import { CC_LINE, CLOSING_OPENERS, RE_LINE, SALUTATION, SIGN_OFF } from './letter-parts.js';
import { matchResponseLabel, type ResponseLabel } from './response-label.js';

/** What the classifiers found on one line. Later stages pick among these candidates. */
export interface ClassifiedLine {
  line: Line;
  /** 1-based page (source pages, or counted page markers in HTML/text). */
  page: number;
  furniture: boolean;
  /** The line continues the paragraph cut by page furniture above it. */
  continuesAbove: boolean;
  commentMarker?: CommentMarker;
  responseLabel?: ResponseLabel;
  headingLike: boolean;
  salutation: boolean;
  reLine: boolean;
  signOff: boolean;
  cc: boolean;
  closingOpener: boolean;
}

/** The classified letter: lines plus where the head (letterhead … salutation) ends. */
export interface Classified {
  text: NormalText;
  lines: ClassifiedLine[];
  /** Index of the first line after the head (the salutation, or the Re: block when there is none). */
  bodyStart: number;
}

/**
 * Classify every line of a normalised letter.
 * Precedence (furniture, then markers, then headings) is applied by the builder, which sees all candidates.
 */
export function classify(text: NormalText): Classified {
  const lines = text.lines;
  const bodyStart = findBodyStart(lines);
  const { furniture, pages } = findFurniture(lines, bodyStart);
  const classified = lines.map((line, i): ClassifiedLine => {
    const salutation = SALUTATION.test(line.text) || (i === bodyStart - 1 && NAMED_SALUTATION.test(line.text.trim()));
    const entry: ClassifiedLine = {
      line,
      page: pages[i] ?? 1,
      // A salutation is never a page's running header, though printed twice: a second letter's in the file, greeting the same
      // people (c1017's appended letter; a letter filed twice over in one file).
      furniture: (furniture[i] === true && !salutation) || line.furniture,
      continuesAbove: false,
      headingLike: isHeadingLike(line),
      salutation,
      reLine: RE_LINE.test(line.text),
      signOff: SIGN_OFF.test(line.text.replace(/\t.*$/, '')),
      cc: CC_LINE.test(line.text),
      closingOpener: CLOSING_OPENERS.test(line.text),
    };
    const marker = matchCommentNumber(line.text) ?? matchBareCommentNumber(line.text);
    if (marker) entry.commentMarker = marker;
    const label = matchResponseLabel(line.text);
    if (label) entry.responseLabel = label;
    return entry;
  });
  markContinuations(classified);
  markWrappedHeadings(classified);
  markQuestionCaptions(classified);
  markAcknowledgements(classified);
  return { text, lines: classified, bodyStart };
}

/**
 * The company's acknowledgement of the staff's three points (letters of 2016 and before: "Occidental
 * acknowledges that:", "As requested, we acknowledge that:", "In responding to your comments, Lennar
 * acknowledges that (i) Lennar is responsible for the adequacy and accuracy …") opens the closing:
 * its line, when the points' words come within a few hundred characters of its start, on it or the next
 * three lines (a flattened answer is one long line: "We acknowledge that the tables … differ …" is an
 * answer, though the acknowledgement follows it, c0940).
 */
/** How far into an acknowledgement its points' words come: the intro ("In responding to your comments, Lennar acknowledges that (i) …") and the first point. */
const ACKNOWLEDGEMENT_REACH = 500;
function markAcknowledgements(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture || entry.closingOpener || !ACKNOWLEDGES.test(entry.line.text)) continue;
    const next = lines
      .slice(i, i + 4)
      .map((l) => l.line.text)
      .join(' ')
      .slice(0, ACKNOWLEDGEMENT_REACH);
    if (ACKNOWLEDGED_POINTS.test(next)) entry.closingOpener = true;
  }
}

/** The body starts after the salutation; failing that, after the Re: block; failing that, at the top. */
function findBodyStart(lines: readonly Line[]): number {
  // Not in another letter of the file, which the loader found (Line.letterStart): a first letter that greets nobody (a Commission
  // order, a request for acceleration) does not take the next one's salutation for its own.
  const another = lines.findIndex((line) => line.letterStart === true);
  const limit = Math.min(another >= 0 ? another : lines.length, 120);
  for (let i = 0; i < limit; i++) if (SALUTATION.test((lines[i] as Line).text)) return i + 1;
  for (let i = 0; i < limit; i++) {
    if (RE_LINE.test((lines[i] as Line).text)) {
      // A salutation without "Dear" below the Re: block: "Mr. Rosenberg and Ms. Torney," (c1148).
      for (let k = i + 1; k < Math.min(lines.length, i + 15); k++) if (NAMED_SALUTATION.test((lines[k] as Line).text.trim())) return k + 1;
      let j = i + 1;
      while (j < lines.length && (lines[j] as Line).text.length < 120 && !/[.;]$/.test((lines[j] as Line).text)) j++;
      return j;
    }
  }
  // Neither: a caption (a Commission order: "In the Matter of …", 2020-carrier-staffaction) runs to the first paragraph of prose,
  // which ends a sentence, or holds the end of one where flattened text runs the order's paragraphs together (c1165 flattened).
  for (let i = 1; i < Math.min(limit, 40); i++) {
    const text = (lines[i] as Line).text;
    if (text.split(/\s+/).length >= 12 && (/[.:]$/.test(text) || /(?:[a-z]{3}|\))[.:]\s+\p{Lu}/u.test(text))) return /In the Matter of/i.test(lines.slice(0, i).map((l) => l.text).join('\n')) ? i : 0;
  }
  return 0;
}

/**
 * The second line of a heading wrapped in print is the heading's too, though it starts in lower case: "Management’s Discussion
 * and Analysis of Financial Condition" / "and Results of Operations, page 42" (c0533), or in a capital after a title stopped
 * on a joining word ("… Human Capital Management Strategy on" / "Shareholder Value and Future Growth, page 5", c0465 laid
 * out; title case both). It ends in the page the heading names, and the line above is a heading that ends no sentence.
 */
function markWrappedHeadings(lines: ClassifiedLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const entry = lines[i] as ClassifiedLine;
    const above = lines[i - 1] as ClassifiedLine;
    const text = entry.line.text.trim();
    if (entry.headingLike || entry.furniture || entry.commentMarker || text.length > 120 || !(PAGE_REF.test(text) || /^pages?\s+[\w-]+$/.test(text))) continue;
    if (!/^\p{Ll}/u.test(text) && !titleWrappedOnJoiningWord(above.line.text.trim(), text)) continue;
    if (above.furniture || above.commentMarker || above.responseLabel || /[.:;?!]["”’)]*$/.test(above.line.text.trim())) continue;
    if (above.headingLike) entry.headingLike = true;
    // A caption in sentence case wrapped onto two lines is a heading whole ("We are exposed to geopolitical, … and other risks" /
    // "associated with our global sales and operations, page 15", c0920 laid out); a heading's page alone after its comma too
    // ("… Third Party Collection Costs," / "page 109", c0827 laid out).
    else if (above.line.text.length <= 200 && isHeadingLike(above.line, `${above.line.text.trim()} ${text}`)) {
      above.headingLike = true;
      entry.headingLike = true;
      // Its two lines are one heading's (joinWrappedHeadings), not a paragraph going on.
      entry.continuesAbove = false;
    }
  }
}

/**
 * A question standing between a heading and a comment's number is a caption of the question-and-answer section the comment is
 * about ("Questions and Answers, page iv" / "What am I being asked to vote on and why is this approval necessary?" / "3. Based
 * on …", c0194 laid out), though it ends with a question mark: in print it is bold or italic, in plain text nothing says so.
 */
function markQuestionCaptions(lines: ClassifiedLine[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const entry = lines[i] as ClassifiedLine;
    const above = lines[i - 1] as ClassifiedLine;
    const below = lines[i + 1] as ClassifiedLine;
    if (entry.headingLike || entry.furniture || entry.commentMarker || entry.continuesAbove || !QUESTION_CAPTION.test(entry.line.text.trim())) continue;
    if (above.headingLike && !above.commentMarker && !above.furniture && below.commentMarker !== undefined) entry.headingLike = true;
  }
}
/** A question of a few words opened by its interrogative word: "What am I being asked to vote on …?", "How will the merger affect …?" */
const QUESTION_CAPTION = /^(?:Q[:.]\s*)?(?:What|How|Why|When|Who|Whom|Where|Which|Will|Would|Can|Could|Do|Does|Did|Is|Are|Am|Should|Shall|May|Has|Have)\b[^?]{5,160}\?$/;

/** A title-case title stopped on a joining word ("of", "and", "on" …), going on in title case to its page below. */
function titleWrappedOnJoiningWord(above: string, text: string): boolean {
  return STOPS_ON_JOINING_WORD.test(above) && /^\p{Lu}/u.test(text) && isTitleCase(`${above} ${text.replace(PAGE_REF, '')}`);
}
const STOPS_ON_JOINING_WORD = new RegExp(String.raw`\b(?:${JOINING_WORDS})$`, 'i');

/**
 * A paragraph cut by a page break resumes in lower case after the furniture (2016-ajg-10k-corresp) or at the next page's top;
 * one cut by the source's own markup with no page between resumes in lower case after a lower-case word (brokenSentence).
 */
function markContinuations(lines: ClassifiedLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const entry = lines[i] as ClassifiedLine;
    const above = lines[i - 1] as ClassifiedLine;
    if (brokenSentence(above, entry)) {
      // Lines of one sentence are no headings: a short comment line that runs on ("1. We note … pursuant to", c0157) neither.
      entry.continuesAbove = true;
      entry.headingLike = false;
      above.headingLike = false;
      continue;
    }
    // After the page's furniture, or at the top of a page whose furniture the loader left out already (c0676).
    if (entry.furniture || (!(lines[i - 1] as ClassifiedLine).furniture && !entry.line.pageTop)) continue;
    let j = i - 1;
    while (j >= 0 && (lines[j] as ClassifiedLine).furniture) j--;
    const before = lines[j];
    if (before === undefined) continue;
    // A heading above the page break is no cut paragraph ("Notes to consolidate financial statements, page F-20" / "(3) Real estate …", c0528).
    // Nor a sign-off, or a cc line under it ("Sincerely," / page furniture / "cc:", c0001 as pdftotext reads it).
    const cut = !/[.:;?!"”)\]]$/.test(before.line.text) && !(before.headingLike && !before.commentMarker) && !before.signOff && !entry.cc;
    if (cut && (/^[\p{Ll}(]/u.test(entry.line.text) || goesOnInCapitals(before, entry))) entry.continuesAbove = true;
  }
}

/**
 * A sentence the source breaks into two paragraphs with nothing between: an HTML letter that prints each line as an element
 * of its own ("… as of the date" / "of the most recent impairment test …", c0834), a <br> in mid-sentence ("… contingent on
 * the transfer" / "of other performance obligations …", c1094). The line above stops on a lower-case word and is no heading;
 * the line below starts in lower case and is no list item, label, table cell or part of the letter's frame ("cc:").
 */
function brokenSentence(above: ClassifiedLine, entry: ClassifiedLine): boolean {
  const text = entry.line.text;
  if (entry.furniture || above.furniture || entry.line.pageTop || entry.line.inTable || (above.headingLike && !above.commentMarker)) return false;
  if (entry.commentMarker || entry.responseLabel || entry.cc || entry.signOff || entry.closingOpener || LIST_ITEM.test(text) || /^o\s/.test(text)) return false;
  const before = above.line.text.trimEnd();
  if (/^\p{Ll}/u.test(text)) return !entry.headingLike && ENDS_ON_LOWER_CASE_WORD.test(before.slice(-100));
  // A full line that cannot end where it stops goes on in capitals too, in the same type, with a sentence's length, heading-like
  // or not ("1. We note … pursuant to" / "Item 402(v)(2)(vi) of Regulation S-K. Please include …", italic lines, c0157).
  // Read at the lines' ends only: a line may be a whole flattened letter.
  return before.length >= FULL_LINE && GOES_ON.test(before.slice(-40)) && sameType(above.line, entry.line) && /^\p{Lu}/u.test(text) && text.slice(0, 300).split(/\s+/).length >= 6;
}

/** Two lines in the same type: bold, italic and underline alike. */
function sameType(a: Line, b: Line): boolean {
  return Math.abs(a.bold - b.bold) < 0.5 && Math.abs(a.italic - b.italic) < 0.5 && Math.abs(a.underline - b.underline) < 0.5;
}

/**
 * A full line cut off mid-phrase above a page break, its sentence going on with a capitalised word below ("… the Codification
 * of Financial" / "Reporting Releases regarding …", c1156): the line above is long and ends in a word, the line below no heading,
 * label, number or list item.
 */
function goesOnInCapitals(before: ClassifiedLine, entry: ClassifiedLine): boolean {
  const above = before.line.text.trim();
  const text = entry.line.text.trim();
  // A list item may end without a stop ("• They receive an item that does not match the listing description", c0619): one goes on only after a word that cannot end it.
  const listItem = !before.commentMarker && LIST_ITEM.test(above);
  return above.length >= FULL_LINE && /\p{L}$/u.test(above) && (!listItem || GOES_ON.test(above)) && !entry.headingLike && !entry.commentMarker && !entry.responseLabel && /^\p{Lu}\p{Ll}/u.test(text) && text.split(/\s+/).length >= 6;
}
/** A list item's mark (vocabulary.ts), as structure.ts reads one. */
const LIST_ITEM = new RegExp(`^${LIST_ITEM_MARK}`);
/** A last word that cannot end a sentence: an article, a preposition, a conjunction, a possessive. */
const GOES_ON = /\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|as|that|which|our|its|their|your|between|under|than|is|are|was|were|be|been)$/i;
/** A line this long is a full line of a paragraph, not its last. */
const FULL_LINE = 60;
