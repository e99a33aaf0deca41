// Owns the letter's layout: where the preamble, each comment (headings, text, response) and the closing lie.
import type { Classified, ClassifiedLine } from '../classify/index.js';
import type { Line } from '../normalize.js';
import { isHeadingLike, isNumberedNoteTitle } from '../classify/heading.js';
import { BULLET_CHARACTERS, BULLET_START, SPEAKS_AS_WE, commentsBesideAnswersHeader, ENDS_ON_JOINING_WORD, FOLLOWING_COMMENTS, LIST_ITEM_MARK, opensInStaffVoice, OWN_WORDS_POINTED, PART_REQUEST, RESPONSE_OPENER, RULE_ALONE, STAFF_OFFICE, STAFF_REQUEST_WORDS, STAFF_VOICE, WITHHELD_ANSWER } from '../vocabulary.js';
import { type CommentStart, chooseCommentChain, findUnnumberedComments, findUnnumberedStaffComments, nextTextLine, opensAsAnswer } from './comment-chain.js';

/** Where one comment lies, as line indices (inclusive) into the classified lines. */
export interface CommentPlan extends CommentStart {
  /** Lines that open new headings for this comment, in order. */
  headingLines: number[];
  /** First line of the comment's region (first new heading, or the number). */
  regionStart: number;
  /** Last line of the region (end of the response, or of the comment in a staff letter). */
  regionEnd: number;
  /** Where the response begins, if the letter answers the comment. */
  response?: { line: number; textStart: number };
  /** A label line right above the number ("COMMENT", "SEC Comment"): part of the label, not a heading. */
  labelAbove?: number;
  /**
   * The first line of the comment's words when they start above its number: a number printed in the margin
   * of a page's last comment and read out at the page's end (flattened text), the comment's headings above those words.
   */
  textAbove?: number;
  /**
   * The comment's later parts when the company answers them one by one (findAnsweredParts): where the
   * staff's words of each start, and where their answer does. The first part is the comment's text and response.
   */
  parts?: { line: number; response: { line: number; textStart: number } }[];
  /** The letter answers by number or numbered label without repeating the comment (answersByNumber, answersByNumberedLabel): the whole region is the answer. */
  notRepeated?: true;
  /** The letter printed no number for this comment: it fills the one number the numbering skips (fillNumberGaps). */
  unnumbered?: true;
  /** A heading run in at the start of the comment's words (runInHeading): its text and formatting, and where the label before it ends (the words start after it). */
  runIn?: { text: string; style: string; labelEnd: number };
}

/** The start of a comment's words that names its place as a heading does, then a stop: "Description of Index Warrants, page 49. We note …". */
const RUN_IN_HEADING = /^(\s*)(\S[^\n]{2,150}?,\s*pages?\s+[A-Z]{0,2}-?\d{1,4}[A-Za-z]?(?:\s*(?:-|–|and|through|to)\s*[A-Z]{0,2}-?\d{1,4})?)\s*[.:]\s+(?=[\p{Lu}“"])/u;

/**
 * A heading printed at the start of a comment's first paragraph, in a formatting the words after it do not share
 * ("<u>Description of Index Warrants, page 49</u>. We note …", underlined in a bold paragraph: 2017-citigroup-s3-corresp):
 * the comment's heading, its words after the stop. Only a heading that names its page, set apart by its print, or in
 * plain text by its words: a title, then the staff's request.
 */
function runInHeading(line: Line, textStart: number): { text: string; style: string; textStart: number } | undefined {
  const m = RUN_IN_HEADING.exec(line.text.slice(textStart));
  if (m === null) return undefined;
  const from = textStart + (m[1] as string).length;
  const to = from + (m[2] as string).length;
  const after = textStart + m[0].length;
  // A style every letter of the heading has and the first word after it lacks.
  const styled = (key: 'bold' | 'italic' | 'underline', a: number, b: number) => line.spans.every((span) => span.end <= a || span.start >= b || span[key] || !/\p{L}/u.test(line.text.slice(Math.max(a, span.start), Math.min(b, span.end))));
  const wordEnd = after + (/^\S+/.exec(line.text.slice(after))?.[0].length ?? 0);
  const key = (['underline', 'bold', 'italic'] as const).find((k) => styled(k, from, to) && !styled(k, after, wordEnd));
  const heading = line.text.slice(from, to);
  if (key !== undefined) return { text: heading, style: key[0] as string, textStart: after };
  // Plain text (laid out, flattened): a heading's words, none of the staff's ("Refer to Note 5, page F-12." is its request), then the staff's.
  const plain = line.bold === 0 && line.italic === 0 && line.underline === 0;
  if (plain && isHeadingLike(line, heading) && !STAFF_VOICE.test(heading) && STAFF_VOICE.test(line.text.slice(after, after + 200))) return { text: heading, style: '', textStart: after };
  return undefined;
}

/**
 * A number alone on its line right before a page break, the number of the page's last comment read out at
 * the page's end (flattened text): a sentence may run across it ("… to the combined" / "2." / "July 15, 2024
 * Page 2" / "company revenue synergies …", c0833, c0299), or it may follow the comment's last sentence ("… and
 * explain the differences." / "7." / "September 19, 2025 Page 3" / "This comment also applies …", c0700). The
 * comment starts at the words after the last heading above the number, since the comment before: those
 * headings are its own (words under a heading with no number before the next one are a comment's). Undefined
 * when the number is no such one, or no heading stands between (the comment then starts at its number).
 */
function wordsAboveNumber(lines: readonly ClassifiedLine[], start: CommentStart, lowerBound: number): { headingLines: number[]; textAbove: number } | undefined {
  const marker = lines[start.line] as ClassifiedLine;
  if (marker.commentMarker !== undefined && !marker.commentMarker.bare) return wordsBesideNumber(lines, start, lowerBound);
  if (!marker.commentMarker?.bare || start.textLine <= start.line + 1 || !(lines[start.line + 1] as ClassifiedLine).furniture) return undefined;
  let i = start.line - 1;
  while (i >= lowerBound && lines[i]?.furniture) i--;
  if (i < lowerBound) return undefined;
  // Up over the comment's words to the nearest heading; the run of headings it ends. Or to where the loader found the comment's
  // first words with no heading above them (Line.commentStart: "… of Regulation S-K. The net earnings (loss) amounts …
  // attributable" / "2." / "August 9, 2024 Page 2" / "to Berkshire Hathaway shareholders …", c1065 flattened).
  while (i >= lowerBound && (lines[i]?.furniture || !(lines[i] as ClassifiedLine).headingLike)) {
    if ((lines[i] as ClassifiedLine).commentMarker || (lines[i] as ClassifiedLine).responseLabel) return undefined;
    if ((lines[i] as ClassifiedLine).line.commentStart === true) return { headingLines: [], textAbove: i };
    i--;
  }
  if (i < lowerBound) return undefined;
  const textAbove = i + 1;
  // A numbered heading heads them too ("Notes to Consolidated Financial Statements" / "2. Significant Accounting Policies, page 45" /
  // "We note your response to comment 3. …" / "1." / "September 20, 2024 Page 2", c0820 flattened).
  return { headingLines: headingRunAbove(lines, textAbove, lowerBound, (entry) => entry.headingLike && numberedLineIsHeading(entry)), textAbove };
}

/** The run of headings right above line `below` (page furniture passed over), top first: the lines `isHeading` takes. */
function headingRunAbove(lines: readonly ClassifiedLine[], below: number, lowerBound: number, isHeading: (entry: ClassifiedLine) => boolean): number[] {
  const run: number[] = [];
  for (let i = below - 1; i >= lowerBound && (lines[i]?.furniture || isHeading(lines[i] as ClassifiedLine)); i--) if (!lines[i]?.furniture) run.push(i);
  return run.reverse();
}

/** The most lines a number in the margin stands below its comment's first line: half a cell's height. */
const WORDS_BESIDE_LINES = 8;

/**
 * A number set in a cell of its own beside its comment, which a text browser centres on the cell's height (`w3m -dump`,
 * `html2text`): the comment's first lines stand above the number's, their sentence running on after it ("… and that the last
 * test" / "1. performed was in 2020. Please tell us …", c0013). The lines right above, to the last sentence's end, are the
 * comment's first words, the headings above them the comment's. Undefined when the words after the number open a sentence
 * (a capital not after a joining word) or the line above ends one.
 */
function wordsBesideNumber(lines: readonly ClassifiedLine[], start: CommentStart, lowerBound: number): { headingLines: number[]; textAbove: number } | undefined {
  const words = (lines[start.textLine] as ClassifiedLine).line.text.slice(start.textStart).trimStart();
  if (words === '') return undefined;
  // In capitals only after a joining word: a name goes on the sentence ("… in any securities of the" / "1. Participants’ associates …", c0005 dumped by html2text).
  if (/^[\p{Lu}"“‘(]/u.test(words) && !ENDS_ON_JOINING_WORD.test((lines[start.line - 1] as ClassifiedLine | undefined)?.line.text ?? '')) return undefined;
  // Up over the lines of one sentence: none ends one (unwrapped text keeps a paragraph's lines apart).
  const goesOn = (i: number) => {
    const entry = lines[i];
    return i >= lowerBound && entry !== undefined && !entry.furniture && !entry.headingLike && !entry.commentMarker && !entry.responseLabel && !/[.?!:;]["”’)]*$/.test(entry.line.text.trimEnd());
  };
  let first = start.line;
  while (first > start.line - WORDS_BESIDE_LINES && goesOn(first - 1)) first--;
  if (first === start.line) return undefined;
  // A heading numbered as no comment near this one is a heading still ("(14) Reserves for Losses and Loss Expenses, page 73", c0067).
  const heading = (entry: ClassifiedLine) => entry.headingLike && (entry.commentMarker === undefined || Math.abs(entry.commentMarker.number - start.number) > 1);
  return { headingLines: headingRunAbove(lines, first, lowerBound, heading), textAbove: first };
}

/** A line that only says "this is the staff's comment" (corpus c0321, c0083). */
const COMMENT_LABEL_LINE = /^(?:(?:SEC|Staff)(?:['’]s)?\s+)?Comments?\s*[:.]?$/i;

/**
 * The label line of a comment set above it, taken out of its new headings: right above the number
 * ("COMMENT" / "1."), or above the headings it introduces ("Staff Comment" / "Form 10-K …" / "Note 3.
 * Revenues, page 66" / "1.", c0878, c1129): a label of the letter's own parts, not a heading of the filing.
 */
function takeLabelAbove(lines: readonly ClassifiedLine[], headingLines: number[], numberLine: number): number | undefined {
  const isLabel = (i: number | undefined) => i !== undefined && COMMENT_LABEL_LINE.test((lines[i] as ClassifiedLine).line.text.trim());
  const last = headingLines.at(-1);
  if (last === numberLine - 1 && isLabel(last)) return headingLines.pop();
  if (isLabel(headingLines[0])) return headingLines.shift();
  // Or the line right above the headings, printed plain ("Staff comment:" / "Form 10-K …" / "Item 7. …" / "1. …", c1104 flattened).
  const first = headingLines[0];
  if (first !== undefined && first > 0 && !(lines[first - 1] as ClassifiedLine).furniture && isLabel(first - 1)) return first - 1;
  return undefined;
}

/** The letter's layout. `preambleEnd` and `closingStart` are exclusive/inclusive line indices. */
export interface Structure {
  bodyStart: number;
  preambleEnd: number;
  /** The lines of a lead-in printed under the first comment's headings (leadInAbove): the preamble's too. */
  leadIn?: { from: number; to: number };
  comments: CommentPlan[];
  closingStart: number;
  /** False when the letter does not number its comments and they were numbered in order. */
  numbered: boolean;
}

/**
 * Lay out a classified letter.
 * @param classified the classified lines
 * @param answersComments whether the letter is a response (each comment is followed by its answer)
 */
export function planStructure(classified: Classified, answersComments: boolean): Structure {
  const lines = classified.lines;
  const bodyStart = classified.bodyStart;
  const bodyEnd = findSignOff(lines, bodyStart);
  let chain = chooseCommentChain(lines, bodyStart, bodyEnd, answersComments);
  let numbered = true;
  // Labels that carry the comment's number with only answers between them ("Response to Comment 4:"): the letter answers by number.
  const byLabel = chain.length === 0 && answersComments ? answersByNumberedLabel(lines, bodyStart, bodyEnd) : [];
  if (byLabel.length > 0) chain = byLabel;
  else if (chain.length === 0) {
    chain = answersComments ? findUnnumberedComments(lines, bodyStart, bodyEnd) : findUnnumberedStaffComments(lines, bodyStart, findClosing(lines, bodyStart, bodyEnd));
    numbered = chain.length === 0;
  }
  const plans: CommentPlan[] = [];
  let lowerBound = bodyStart;
  // A lead-in under the first comment's headings ("… and have the following comments related to …", c0633): the preamble's.
  let leadIn: { from: number; to: number } | undefined;
  for (const start of chain) {
    let headingLines = headingsAbove(lines, start.line, lowerBound);
    if (plans.length === 0 && headingLines.length === 0) {
      leadIn = leadInAbove(lines, start.line, lowerBound);
      if (leadIn) headingLines = headingsAbove(lines, leadIn.from, lowerBound);
      if (headingLines.length === 0) leadIn = undefined;
    }
    let textLine = start.textLine;
    let textStart = start.textStart;
    // "Comment #1:" alone, then the heading "General", then the text (2017-marriott-corresp).
    if (lines[textLine]?.line.text.slice(textStart).trim() === '') {
      let i = textLine + 1;
      const between: number[] = [];
      while (i < bodyEnd && (lines[i]?.furniture || (lines[i]?.headingLike && !lines[i]?.commentMarker))) {
        if (!lines[i]?.furniture) between.push(i);
        i++;
      }
      // Only when text follows (not the next comment's number): else these lines are the comment's
      // text, not its headings (counted once).
      if (i > textLine + 1 && i < bodyEnd && !lines[i]?.commentMarker) {
        // One by one: push(...between) overflows the call stack on some 100,000 heading lines.
        for (const k of between) headingLines.push(k);
        textLine = i;
        textStart = 0;
      }
    }
    const labelEnd = textStart;
    const runIn = runInHeading((lines[textLine] as ClassifiedLine).line, textStart);
    if (runIn !== undefined) textStart = runIn.textStart;
    const above = headingLines.length === 0 ? wordsAboveNumber(lines, start, lowerBound) : undefined;
    if (above) for (const k of above.headingLines) headingLines.push(k);
    const labelAbove = takeLabelAbove(lines, headingLines, start.line);
    const plan: CommentPlan = {
      ...start,
      textLine,
      textStart,
      headingLines,
      regionStart: Math.min(headingLines[0] ?? above?.textAbove ?? start.line, labelAbove ?? start.line),
      regionEnd: start.line,
    };
    if (labelAbove !== undefined) plan.labelAbove = labelAbove;
    if (runIn !== undefined) plan.runIn = { text: runIn.text, style: runIn.style, labelEnd };
    if (above) plan.textAbove = above.textAbove;
    const previous = plans.at(-1);
    if (previous) previous.regionEnd = plan.regionStart - 1;
    plans.push(plan);
    lowerBound = textLine + 1;
  }
  const last = plans.at(-1);
  let closingStart: number;
  if (last) {
    last.regionEnd = bodyEnd - 1;
    if (answersComments) findResponse(lines, last);
    closingStart = findClosing(lines, (last.response?.line ?? last.textLine) + 1, bodyEnd);
    // A heading right above the closing heads what follows it, the closing ("General" / "As requested, we acknowledge that:", c0272), not the last answer.
    // The last answer keeps its words: those on its label's line, else its first line after it.
    const keep = last.response ? last.response.line + (answersOnLabelLine(lines[last.response.line] as ClassifiedLine, last.response.textStart) ? 0 : 1) : last.textLine + 1;
    while (closingStart < bodyEnd && closingStart - 1 > keep && headsTheClosing(lines[closingStart - 1] as ClassifiedLine)) closingStart--;
    last.regionEnd = closingStart - 1;
  } else {
    closingStart = findClosing(lines, bodyStart, bodyEnd);
  }
  if (answersComments && numbered && (byLabel.length > 0 || answersByNumber(lines, plans, bodyStart, bodyEnd))) {
    for (const plan of plans) {
      plan.response = { line: plan.textLine, textStart: plan.textStart };
      plan.notRepeated = true;
    }
  } else if (answersComments) {
    for (const plan of plans.slice(0, -1)) findResponse(lines, plan);
    fillNumberGaps(lines, plans);
    for (const plan of plans) findAnsweredParts(lines, plan);
  }
  return { bodyStart, preambleEnd: plans[0]?.regionStart ?? closingStart, ...(leadIn ? { leadIn } : {}), comments: plans, closingStart, numbered };
}

/**
 * A response that answers by number without repeating the staff's comments ("1. The Company has revised
 * the disclosure …", "2. We respectfully advise the Staff …": "our responses are numbered to correspond
 * to the numbered comments in your letter"), the common form of older letters: no response label in the
 * body, and every numbered paragraph opens in the company's voice, where a repeated comment opens in the staff's.
 */
function answersByNumber(lines: readonly ClassifiedLine[], plans: readonly CommentPlan[], from: number, to: number): boolean {
  if (plans.length === 0) return false;
  for (let i = from; i < to; i++) if ((lines[i] as ClassifiedLine).responseLabel && !(lines[i] as ClassifiedLine).furniture) return false;
  return plans.every((plan) => plan.textAbove === undefined && opensAsAnswer(lines, plan));
}

/**
 * A comment the letter forgot to number, where the numbering skips just its number ("1.", then "3."): inside the answer
 * before, after words of that answer, paragraphs in the staff's voice ("Please tell us …") over a response label of their
 * own. It becomes the comment the numbering skips (`unnumbered`: no number printed, read from its place).
 */
function fillNumberGaps(lines: readonly ClassifiedLine[], plans: CommentPlan[]): void {
  // Built anew, not spliced in place: a splice per gap was quadratic on a letter numbered 1, 3, 5 … 99,999.
  const filled: CommentPlan[] = [];
  plans.forEach((plan, k) => {
    filled.push(plan);
    const gap = gapComment(lines, plan, plans[k + 1]);
    if (gap !== undefined) filled.push(gap);
  });
  if (filled.length === plans.length) return;
  // One by one: a spread of some 100,000 plans overflows the call stack.
  plans.length = 0;
  for (const plan of filled) plans.push(plan);
}

/** The comment fillNumberGaps finds inside `plan`'s answer, the number before `next`'s; its region taken off `plan`'s. */
function gapComment(lines: readonly ClassifiedLine[], plan: CommentPlan, next: CommentPlan | undefined): CommentPlan | undefined {
  const r = plan.response;
  if (next === undefined || next.number !== plan.number + 2 || r === undefined || !(lines[r.line] as ClassifiedLine).responseLabel) return undefined;
  let answered = answersOnLabelLine(lines[r.line] as ClassifiedLine, r.textStart);
  for (let i = r.line + 1; i <= plan.regionEnd; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture || entry.line.text.trim() === '') continue;
    if (!entry.responseLabel) {
      answered ||= !opensInStaffVoice(entry.line.text);
      continue;
    }
    // Up over the staff's paragraphs right above this label, to the answer's last words.
    let start = i;
    for (let j = i - 1; j > r.line; j--) {
      const above = lines[j] as ClassifiedLine;
      if (above.furniture) continue;
      if (!opensInStaffVoice(above.line.text) || above.headingLike) break;
      start = j;
    }
    if (start === i || !answered || !anyWordsBetween(lines, r.line, start)) return undefined;
    const gap: CommentPlan = { number: plan.number + 1, line: start, textLine: start, textStart: 0, headingLines: [], regionStart: start, regionEnd: plan.regionEnd, response: { line: i, textStart: entry.responseLabel.textStart }, unnumbered: true };
    plan.regionEnd = start - 1;
    return gap;
  }
  return undefined;
}

/** Whether some line strictly between two holds words (the answer before the gap's comment has some). */
function anyWordsBetween(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!(lines[i] as ClassifiedLine).furniture && (lines[i] as ClassifiedLine).line.text.trim() !== '') return true;
  return answersOnLabelLine(lines[from] as ClassifiedLine, (lines[from] as ClassifiedLine).responseLabel?.textStart ?? 0);
}

/** The comment number a response label carries: "Response to Comment 4:", "Response No. 2", "Response #3". */
const LABEL_NUMBER = /(\d{1,3})\D*$/;

/**
 * A response whose labels carry the comments' numbers, 1, 2, 3 … in order, with only answers and headings between them
 * ("Response to Comment 4:" over the answer, the comment not repeated): each label starts its comment, whose text is empty.
 * Not when a paragraph between the labels, or the one right above the first, asks as the staff does or is printed as a
 * repeated comment is (bold, italics): the comments are repeated, unnumbered (findUnnumberedComments).
 * @returns the comment starts (the label lines), or none
 */
function answersByNumberedLabel(lines: readonly ClassifiedLine[], from: number, to: number): CommentStart[] {
  const out: CommentStart[] = [];
  let above = -1;
  for (let i = from; i < to; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture || entry.line.text.trim() === '') continue;
    const label = entry.responseLabel;
    if (label === undefined) {
      if (entry.headingLike) continue;
      if (out.length > 0 && asksOrRepeats(entry)) return [];
      above = i;
      continue;
    }
    const number = Number(LABEL_NUMBER.exec(entry.line.text.slice(0, label.textStart))?.[1]);
    if (number !== out.length + 1) return [];
    if (out.length === 0 && above >= 0 && asksOrRepeats(lines[above] as ClassifiedLine)) return [];
    out.push({ number, line: i, textLine: i, textStart: label.textStart });
  }
  return out;
}

/** A paragraph of a repeated comment: it asks as the staff does, or is printed in bold or italics. */
function asksOrRepeats(entry: ClassifiedLine): boolean {
  return entry.line.bold >= 0.6 || entry.line.italic >= 0.6 || STAFF_REQUEST.test(entry.line.text);
}

/** The header row of a table that sets each comment beside its answer ("Staff Comment" | "Company Response"): the table's, not a heading of the filing. */
const COLUMN_LABELS = commentsBesideAnswersHeader(String.raw`\s*\t+\s*`);

/** Headings directly above a comment number: heading-like lines with nothing else between. */
function headingsAbove(lines: readonly ClassifiedLine[], markerLine: number, lowerBound: number): number[] {
  const found: number[] = [];
  for (let i = markerLine - 1; i >= lowerBound; i--) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture) continue;
    if (!entry.headingLike || entry.responseLabel || entry.closingOpener || entry.salutation || entry.continuesAbove || COLUMN_LABELS.test(entry.line.text)) break;
    if (!numberedLineIsHeading(entry)) break;
    found.push(i);
  }
  // A heading block never swallows the whole previous response: keep at least its first paragraph.
  // Collected bottom up and turned once (unshift per line was quadratic in a run of heading lines).
  return found.reverse();
}

/** A line with no comment number, or a numbered one that is a heading: its words are one without the number, or it names a note ("6. Unpaid losses and loss expenses"). */
function numberedLineIsHeading(entry: ClassifiedLine): boolean {
  return entry.commentMarker === undefined || isHeadingLike(entry.line, entry.line.text.slice(entry.commentMarker.textStart)) || isNumberedNoteTitle(entry.line.text);
}

/**
 * A lead-in paragraph right above the first comment's number, saying the comments follow, with headings above it
 * ("Form 10-K …" / "Financial Statements" / "Note 2. …" / "We have reviewed your responses … and have the following comments
 * related to …" / "1. We note …", c0633): the headings are the comment's, the lead-in (at most LEAD_IN_LINES lines) is the
 * preamble's, as it would be printed above the headings. Undefined when there is no such paragraph.
 */
function leadInAbove(lines: readonly ClassifiedLine[], markerLine: number, lowerBound: number): { from: number; to: number } | undefined {
  let to = markerLine - 1;
  while (to >= lowerBound && lines[to]?.furniture) to--;
  let from = to;
  let says = false;
  for (let i = to; i >= lowerBound && to - i < LEAD_IN_LINES; i--) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture) continue;
    if (entry.headingLike || entry.commentMarker || entry.responseLabel || entry.salutation) break;
    from = i;
    says ||= FOLLOWING_COMMENTS.test(entry.line.text);
  }
  return says && from > lowerBound && from <= to ? { from, to } : undefined;
}

/** The most lines a lead-in above the first comment runs to (leadInAbove). */
const LEAD_IN_LINES = 3;

/** Split a comment's region into the comment and the answer: a label first, then a change of formatting, then wording. */
function findResponse(lines: readonly ClassifiedLine[], plan: CommentPlan): void {
  for (let i = plan.textLine + 1; i <= plan.regionEnd; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (!entry.furniture && entry.responseLabel) {
      plan.response = { line: i, textStart: entry.responseLabel.textStart };
      return;
    }
  }
  const first = (lines[plan.textLine] as ClassifiedLine).line;
  const style = printedStyle(first);
  if (style !== undefined) {
    // The answer's own sub-heading may share the comment's style and add another ("Overview of the Company's Contacts …",
    // italic and underlined under an italic comment, the plain answer after it: c0172): the answer starts there.
    const extra = (['bold', 'italic', 'underline'] as const).filter((s) => first[s] < 0.5);
    for (let i = plan.textLine + 1; i <= plan.regionEnd; i++) {
      const entry = lines[i] as ClassifiedLine;
      if (entry.furniture || entry.continuesAbove) continue;
      const ownHeading = entry.headingLike && extra.some((s) => entry.line[s] >= 0.8) && nextLineIsPlain(lines, i, plan.regionEnd, style);
      if (entry.line[style] < 0.5 || ownHeading) {
        plan.response = { line: i, textStart: 0 };
        return;
      }
    }
    return;
  }
  // Plain text (laid-out or flattened, or a letter printed without formatting): the answer starts at the
  // first paragraph in the company's voice, after the staff's, which speaks to "you" or asks.
  let previous = first.text;
  for (let i = plan.textLine + 1; i <= plan.regionEnd; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture || entry.continuesAbove) continue;
    const text = entry.line.text;
    // A separator ("* * *") belongs to neither; nor does a rule alone (a text browser's <hr> where a page ended, c0653 dumped by lynx).
    if (SEPARATOR.test(text) || RULE_ALONE.test(text)) continue;
    if (RESPONSE_OPENER.test(text) || WITHHELD_ANSWER.test(text)) {
      plan.response = { line: i, textStart: 0 };
      return;
    }
    // The answer's own heading right above its opener ("Overview of the Company's Contacts with Sudan and Syria" / "In response
    // to the Staff's Comment Letter, …", c0172 laid out) starts it.
    if (isHeadingLike(entry.line) && !STAFF_VOICE.test(text) && RESPONSE_OPENER.test(nextText(lines, i, plan.regionEnd))) {
      plan.response = { line: i, textStart: 0 };
      return;
    }
    // A lead-in ("For example:") belongs with the staff's list that follows it, unless the company speaks in it ("we responded to the following comment:").
    if (/:\s*$/.test(text) && !SPEAKS_AS_WE.test(text) && STAFF_VOICE.test(nextText(lines, i, plan.regionEnd))) {
      previous = text;
      continue;
    }
    // So are its items where their marks were lost, as their punctuation tells: each after the lead-in ends in ";" or "; and", the
    // last after a "; and" ("… provide the following disclosures:" / "The percentage by which fair value exceeded carrying value …;" /
    // … / "A description of potential events …", c0493 dumped by w3m, its bullets gone: the answer had started at the first); not a
    // last item in the company's words (html2text runs an item and the answer under it together: "… sources of energy. The Company
    // has not identified …", c0799).
    const listGoesOn =
      (LIST_ITEM.test(text) && (/:\s*$/.test(previous) || LIST_ITEM.test(previous))) ||
      (/[:;]\s*$/.test(previous) && LIST_ITEM_GOES_ON.test(text)) ||
      (LIST_ITEM_BEFORE_LAST.test(previous) && !companySpeaks(text));
    if (!listGoesOn && !STAFF_VOICE.test(openingOf(text)) && !isHeadingLike(entry.line)) {
      // A paragraph that speaks in no one's voice may still be the staff's, when the staff asks again after it.
      // (The staff's "tell us" is no company speaking: "… Finally, tell us whether any contacts involve dual use products", c1007 flattened.)
      const neutral = !SPEAKS_AS_WE.test(text.replace(STAFF_ASKS_US, ''));
      plan.response = { line: (neutral ? askedAgain(lines, i, plan.regionEnd) : undefined) ?? i, textStart: 0 };
      return;
    }
    previous = text;
  }
}

/**
 * Where the answer starts when the staff asks again after the first paragraph out of its voice: that
 * paragraph was still the comment's ("In addition, the percentage change … can differ." then "Please
 * confirm that you will present …"), and the answer starts at the company's opener after the request
 * ("In response to your request, we confirm …", c0573 flattened). Undefined: the first paragraph stands
 * (a company opener comes before any request, or none comes after one).
 */
function askedAgain(lines: readonly ClassifiedLine[], from: number, end: number): number | undefined {
  let asked = false;
  let askedAsStaff = false;
  // The paragraph itself may ask after its opening ("In addition, within the existing chart … Identify the shareholders … or advise.", c0888 flattened).
  for (let i = from; i <= end; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture || entry.continuesAbove) continue;
    const text = entry.line.text;
    // The staff's further example is still the comment ("An additional example, on page 27 … disclose assuming free cash flow
    // conversion of 90% by 2020." then "In response to the Staff’s comment, we have revised …", c0821 flattened).
    if (i > from && RESPONSE_OPENER.test(text)) return asked || STAFF_EXAMPLE.test((lines[from] as ClassifiedLine).line.text) ? i : undefined;
    // After the request, the first paragraph out of the staff's voice that speaks of the company ("… Finally, tell us whether any
    // contacts involve dual use products." then "For each of the last three fiscal years …, Eaton has had no assets …", c1007 flattened).
    // (Asked by a paragraph that speaks only as the staff: a company's own "Please promptly inform the undersigned …" beside
    // its "we" asks nothing of it, c0829.)
    if (i > from && askedAsStaff && !STAFF_VOICE.test(openingOf(text)) && !isHeadingLike(entry.line)) return i;
    if (STAFF_REQUEST.test(text)) {
      asked = true;
      askedAsStaff ||= !SPEAKS_AS_WE.test(text.replace(STAFF_ASKS_US, ''));
    }
  }
  return undefined;
}

/** A paragraph that gives the staff's example: "An additional example, …", "Another example is …", "As an example, …". */
const STAFF_EXAMPLE = /^(?:An(?:other)? (?:additional |further )?example|As an(?:other)? example|One (?:such )?example)\b/i;

/** The staff asking the company to write to it: "tell us", "provide us with". */
const STAFF_ASKS_US = /\b(?:tell|advise|provide|show|send|furnish|give)\s+us\b/gi;

/** A sentence of the staff's request in a paragraph, after a lead-in ("As such, explain why …", c0821): what no sentence of a company's answer opens with ("Please see …" it may). */
const STAFF_REQUEST = new RegExp(String.raw`(?:^|[.?!]["”’)]*\s+)(?:[${BULLET_CHARACTERS}\-–—*]\s*)?${STAFF_REQUEST_WORDS}`, 'i');

/**
 * A comment whose parts (bullets, questions) the company answers one by one: the staff's words printed
 * as the comment is (bold, italic, underlined), the answers not. With labels, each further label with
 * the staff's words right above it starts a part (c0027, c1020); a label with no such words above it
 * ("Response (continued):") is the same answer's. Without labels, each further run of the comment's
 * formatting that asks as the staff does ("• Please tell us …", "We note …", "… you …") and is no heading
 * starts a part, its answer at the plain line after it (c0379); the company's own bold sub-headings,
 * list items and table notes do not.
 */
function findAnsweredParts(lines: readonly ClassifiedLine[], plan: CommentPlan): void {
  const r = plan.response;
  if (r === undefined) return;
  const first = (lines[plan.textLine] as ClassifiedLine).line;
  const style = printedStyle(first);
  if (style === undefined) return findPlainAnsweredParts(lines, plan, r);
  const formatted = (entry: ClassifiedLine) => entry.line[style] >= 0.5;
  const labelled = (lines[r.line] as ClassifiedLine).responseLabel !== undefined;
  const parts: NonNullable<CommentPlan['parts']> = [];
  let after = r.line;
  // The last plain line met so far: the answer before a label has words of its own when one stands after that answer's label.
  let lastPlain = -1;
  for (let i = r.line + 1; i <= plan.regionEnd; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture) continue;
    if (labelled) {
      if (entry.responseLabel === undefined) {
        if (!formatted(entry)) lastPlain = i;
        continue;
      }
      let start = i;
      for (let k = i - 1; k > after; k--) {
        const above = lines[k] as ClassifiedLine;
        // A page's footnote between the part and its label ("1 The 4.5% amount was derived …" above the page break, c0666) is passed over.
        if (above.furniture || (start === i && pageFootnote(lines, k))) continue;
        if (!formatted(above) || above.responseLabel) break;
        start = k;
      }
      // The answer before must have words of its own (on its label's line or after): formatted lines right under a label are the staff's only if plain ones came first.
      const labelLine = lines[after] as ClassifiedLine;
      const answered = answersOnLabelLine(labelLine, labelLine.responseLabel?.textStart ?? labelLine.line.text.length) || lastPlain > after;
      if (start === i || !answered) continue;
      parts.push({ line: start, response: { line: i, textStart: entry.responseLabel.textStart } });
      after = i;
    } else {
      // A run of the comment's formatting that asks as the staff does, after plain answer lines, then a plain line: a part and its answer.
      if (!formatted(entry) || !STAFF_VOICE.test(entry.line.text) || isHeadingLike(entry.line)) continue;
      const answered = anyPlain(lines, after, i, formatted);
      let answer = i + 1;
      while (answer <= plan.regionEnd && ((lines[answer] as ClassifiedLine).furniture || formatted(lines[answer] as ClassifiedLine))) answer++;
      // No plain line after it: none after any later part either.
      if (answer > plan.regionEnd) break;
      if (!answered) continue;
      parts.push({ line: i, response: { line: answer, textStart: 0 } });
      after = answer;
      i = answer;
    }
  }
  if (parts.length > 0) plan.parts = parts;
}

/**
 * The words of a paragraph that tell whose voice it is: all of it, or the first sentence of a long one (a flattened
 * answer runs on for pages and quotes "your comment" somewhere: "We have been using the non-GAAP financial measures …", c0396).
 */
function openingOf(text: string): string {
  if (text.length <= LONG_PARAGRAPH) return text;
  const end = /[.?!]["”’)]*\s+(?=[\p{Lu}“"])/u.exec(text.slice(0, OPENING_SENTENCE));
  return end === null ? text.slice(0, OPENING_SENTENCE) : text.slice(0, end.index + 1);
}
/** A paragraph longer than this is a flattened page or more, not one paragraph as printed. */
const LONG_PARAGRAPH = 1200;
/** How much of a long paragraph reads as its opening sentence at most. */
const OPENING_SENTENCE = 400;

/** Line k is a footnote at the foot of a page: a small number, then its note, with the page's furniture right after it. */
function pageFootnote(lines: readonly ClassifiedLine[], k: number): boolean {
  return /^\d{1,2}\s+\S/.test((lines[k] as ClassifiedLine).line.text) && (lines[k + 1] as ClassifiedLine | undefined)?.furniture === true;
}

/** The style a comment's opening line is printed in throughout (most of it), if any: what tells the staff's words from the answer. */
function printedStyle(line: ClassifiedLine['line']): 'bold' | 'italic' | 'underline' | undefined {
  return line.bold >= 0.6 ? 'bold' : line.italic >= 0.6 ? 'italic' : line.underline >= 0.6 ? 'underline' : undefined;
}

/**
 * findAnsweredParts for a comment printed plain (a text or flattened letter, an unformatted one): no print tells the staff's
 * words from the answers, so only labels mark the parts. Each further label right under a paragraph that opens as a part of
 * the staff's (PART_REQUEST: "• Tell us …", "b. Please provide …") starts a part at that paragraph (c0027, c0886 flattened),
 * when the answer before has words of its own and the comment's own words hold the part before it (a bullet; "a." before
 * "b.").
 */
function findPlainAnsweredParts(lines: readonly ClassifiedLine[], plan: CommentPlan, r: NonNullable<CommentPlan['response']>): void {
  const firstLabel = (lines[r.line] as ClassifiedLine).responseLabel;
  if (firstLabel === undefined) return findUnlabelledPlainParts(lines, plan, r);
  const parts: NonNullable<CommentPlan['parts']> = [];
  let after = r.line;
  for (let i = r.line + 1; i <= plan.regionEnd; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture || entry.responseLabel === undefined) continue;
    // The paragraph right above the label, from its first line: a part's words wrap over a few lines at most.
    let start = -1;
    for (let k = i - 1, seen = 0; k > after && seen < PART_LINES; k--) {
      const above = lines[k] as ClassifiedLine;
      if (above.furniture) continue;
      seen++;
      const words = above.line.text.trimStart();
      if (opensPart(words)) start = k;
      if (start >= 0 || LIST_ITEM_START.test(words)) break;
    }
    const labelLine = lines[after] as ClassifiedLine;
    const answered = answersOnLabelLine(labelLine, labelLine.responseLabel?.textStart ?? labelLine.line.text.length) || anyText(lines, after + 1, start);
    if (start < 0 || !answered) continue;
    if (parts.length === 0 && !markedBefore(lines, plan.textLine, r.line, (lines[start] as ClassifiedLine).line.text.trimStart())) return;
    parts.push({ line: start, response: { line: i, textStart: entry.responseLabel.textStart } });
    after = i;
  }
  if (parts.length > 0) plan.parts = parts;
}

/**
 * findPlainAnsweredParts where the answers have no labels (c0311, c0593, c0983 flattened): each bulleted request of the
 * staff's ("• Provide us …", "· Tell us how …": PART_REQUEST, not only the staff's voice, since no label vouches for it)
 * after the answer's own words, whose paragraph ends and is followed by words that do not open in the staff's voice (its
 * answer), starts a part; the first only when the comment's own words hold a bullet too.
 */
function findUnlabelledPlainParts(lines: readonly ClassifiedLine[], plan: CommentPlan, r: NonNullable<CommentPlan['response']>): void {
  const parts: NonNullable<CommentPlan['parts']> = [];
  for (let i = r.line + 1; i <= plan.regionEnd; i++) {
    const entry = lines[i] as ClassifiedLine;
    const words = entry.line.text.trimStart();
    if (entry.furniture || !BULLET_START.test(words) || !(PART_REQUEST.test(words) || LEAD_IN_REQUEST.test(words))) continue;
    // The part's paragraph: to the line that ends a sentence, a few lines at most.
    let end = i;
    for (let seen = 0; end < plan.regionEnd && seen < PART_LINES && !PARAGRAPH_END.test((lines[end] as ClassifiedLine).line.text.trimEnd()); end++) if (!(lines[end + 1] as ClassifiedLine).furniture) seen++;
    let answer = end + 1;
    while (answer <= plan.regionEnd && (lines[answer] as ClassifiedLine).furniture) answer++;
    if (answer > plan.regionEnd) break;
    const reply = (lines[answer] as ClassifiedLine).line.text.trimStart();
    if (!PARAGRAPH_END.test((lines[end] as ClassifiedLine).line.text.trimEnd()) || LIST_ITEM_START.test(reply) || (opensInStaffVoice(reply) && !OWN_WORDS_POINTED.test(reply))) continue;
    const before = parts.at(-1)?.response.line ?? r.line;
    if (!anyText(lines, before, i)) continue;
    if (parts.length === 0 && !markedBefore(lines, plan.textLine, r.line, words)) return;
    parts.push({ line: i, response: { line: answer, textStart: 0 } });
    i = answer;
  }
  if (parts.length > 0) plan.parts = parts;
}
/**
 * A bullet whose first sentence asks after a lead-in clause: "• Assuming that you used a discounted cash flow methodology …,
 * please tell us the amount …" (c0379 flattened): the request, not only the staff's voice, as PART_REQUEST asks.
 */
const LEAD_IN_REQUEST = new RegExp(`^[${BULLET_CHARACTERS}]\\s*[^.?!]{0,300}?,\\s*please\\s+(?:tell|provide|explain|describe|quantify|clarify|disclose|revise|confirm|discuss|identify)\\b`, 'i');

/** A line that ends a paragraph's sentence. */
const PARAGRAPH_END = /[.?!:]["”’)]*$/;

/**
 * Whether a line opens a part of the staff's: a marked request (PART_REQUEST), or a bullet whose first sentence is in the
 * staff's voice ("• To the extent that you …", "• It appears from your …", "• For each revision, provide us …").
 */
function opensPart(words: string): boolean {
  return PART_REQUEST.test(words) || (BULLET_START.test(words) && STAFF_VOICE.test(/^.*?[.?!](?=\s|$)/.exec(words)?.[0] ?? words));
}

/** The most lines of one part of a comment printed plain (findPlainAnsweredParts). */
const PART_LINES = 8;
const LIST_ITEM_START = new RegExp(`^${LIST_ITEM_MARK}`);

/** Whether a line in [from, to) is no furniture. */
function anyText(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(lines[k] as ClassifiedLine).furniture) return true;
  return false;
}

/**
 * Whether the comment's own words, lines [from, to), hold the part before the one that opens `part`: a bullet before a bulleted
 * part, the letter or number before its mark ("a." or "(a)" before "b.", "(1)" before "(2)"); a first mark ("a.", "1.") has none.
 */
function markedBefore(lines: readonly ClassifiedLine[], from: number, to: number, part: string): boolean {
  const mark = /^\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)]/i.exec(part)?.[1]?.toLowerCase();
  let before: RegExp;
  if (mark === undefined) before = new RegExp(`[${BULLET_CHARACTERS}]`);
  else {
    // "v." follows "iv." or "u.": either will do.
    const previous: string[] = [];
    if (/^\d+$/.test(mark)) previous.push(String(Number(mark) - 1));
    const roman = ROMAN_BEFORE[mark];
    if (roman !== undefined) previous.push(roman);
    if (/^[b-z]$/.test(mark)) previous.push(String.fromCharCode(mark.charCodeAt(0) - 1));
    if (previous.length === 0 || previous[0] === '0') return false;
    before = new RegExp(String.raw`(?:^|\s)\(?(?:${previous.join('|')})[.)]\s`, 'i');
  }
  for (let k = from; k < to; k++) if (!(lines[k] as ClassifiedLine).furniture && before.test((lines[k] as ClassifiedLine).line.text)) return true;
  return false;
}
const ROMAN_BEFORE: Record<string, string> = { ii: 'i', iii: 'ii', iv: 'iii', v: 'iv', vi: 'v', vii: 'vi', viii: 'vii', ix: 'viii', x: 'ix' };

/** Whether a response label's line goes on with the answer's words after the label ("Response: We will revise …"). */
function answersOnLabelLine(entry: ClassifiedLine, textStart: number): boolean {
  return entry.line.text.slice(textStart).trim() !== '';
}

/** Whether a line in [from, to) that is not furniture is printed plain (not `formatted`). */
function anyPlain(lines: readonly ClassifiedLine[], from: number, to: number, formatted: (entry: ClassifiedLine) => boolean): boolean {
  for (let k = from; k < to; k++) {
    const entry = lines[k] as ClassifiedLine;
    if (!entry.furniture && !formatted(entry)) return true;
  }
  return false;
}

/** Whether the first line after `i` (up to `last`) that is not furniture is printed without `style`. */
function nextLineIsPlain(lines: readonly ClassifiedLine[], i: number, last: number, style: 'bold' | 'italic' | 'underline'): boolean {
  const next = nextTextLine(lines, i);
  return next <= last && next < lines.length && (lines[next] as ClassifiedLine).line[style] < 0.5;
}

/** Three asterisks or more alone, as set a passage off: "* * *", "*****" (a lone "*" is a note's mark). */
const ASTERISKS = /^\s*(?:\*\s*){3,}$/;

/** A line of asterisks or bullets alone: "* * *", "*	*". */
const SEPARATOR = new RegExp(String.raw`^[*${BULLET_CHARACTERS}\s]+$`);

/** The text of the next line that is not page furniture, up to `last`. */
function nextText(lines: readonly ClassifiedLine[], from: number, last: number): string {
  const next = nextTextLine(lines, from);
  return next <= last && next < lines.length ? (lines[next] as ClassifiedLine).line.text : '';
}

/** A list item: a bullet, "(a)", "i.", "1)". */
const LIST_ITEM = new RegExp(`^${LIST_ITEM_MARK}`);
/** A list item with more after it: it ends in ";" or "; and" / "; or". */
const LIST_ITEM_GOES_ON = /;(?:\s*(?:and|or))?\s*$/;
/** The item before a list's last: it ends in "; and" / "; or". */
const LIST_ITEM_BEFORE_LAST = /;\s*(?:and|or)\s*$/;
/** The company speaking of itself: as "we" (SPEAKS_AS_WE) or by name. */
const companySpeaks = (text: string) => SPEAKS_AS_WE.test(text) || /\bthe Company\b/i.test(text);

/** A heading the letter prints above its closing: formatted or ending in a colon ("General", "Harris Acknowledgement:"), no table row. */
function headsTheClosing(entry: ClassifiedLine): boolean {
  const line = entry.line;
  const formatted = line.bold >= 0.5 || line.underline >= 0.5 || line.italic >= 0.5 || /:\s*$/.test(line.text);
  return entry.headingLike && formatted && !entry.furniture && !entry.responseLabel && !line.inTable && !line.text.includes('\t') && !/\d/.test(line.text);
}

/** The first sign-off ("Sincerely,") or cc line after the body start; the body ends there at the latest. */
function findSignOff(lines: readonly ClassifiedLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (!entry.furniture && (entry.signOff || entry.cc)) return i;
  }
  return lines.length;
}

/**
 * A separator at `at` that opens a passage the next separator closes, no closing sentence between: the disclosure an answer
 * sets off with "* * *" above and below ("… will revise the disclosure set forth in …" / "* * *" / "Reality Labs Products" /
 * "Many of our …" / "* * *", c0020), not the line that ends the answers.
 */
function enclosesDisclosure(lines: readonly ClassifiedLine[], at: number, bodyEnd: number): boolean {
  if (!ASTERISKS.test((lines[at] as ClassifiedLine).line.text)) return false;
  let words = 0;
  for (let i = at + 1; i < bodyEnd; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (ASTERISKS.test(entry.line.text)) return words > 0;
    if (entry.furniture) continue;
    if (entry.closingOpener) return false;
    words++;
  }
  return false;
}

/** The closing starts at the first closing sentence after `from`, else at the sign-off. */
function findClosing(lines: readonly ClassifiedLine[], from: number, bodyEnd: number): number {
  let previous = from > 0 ? (lines[from - 1] as ClassifiedLine).line.text : '';
  let quoting = false;
  for (let i = from; i < bodyEnd; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture) continue;
    // "… set forth below …:" then "* * *": the asterisks open the disclosure the answer quotes (c0570), and the
    // next ones close it; neither opens the closing.
    const separator = SEPARATOR.test(entry.line.text);
    const quoteMark = separator && (quoting || /:\s*$/.test(previous) || enclosesDisclosure(lines, i, bodyEnd));
    if (quoteMark) quoting = !quoting;
    if (entry.closingOpener && !quoteMark) return i;
    previous = entry.line.text;
  }
  return divisionSignatureAtEnd(lines, from, bodyEnd) ?? bodyEnd;
}

/**
 * Where a staff letter with no sign-off ends on the Division's signature ("… We remind you that the company and its management are
 * responsible …" / "Division of Corporation Finance" / "Office of Healthcare & Insurance", c0546, blind round 81): its closing is
 * that block, which names the office. Only the letter's last lines: the Division named alone anywhere else is no signature.
 */
function divisionSignatureAtEnd(lines: readonly ClassifiedLine[], from: number, bodyEnd: number): number | undefined {
  let i = bodyEnd - 1;
  const text = (k: number) => (lines[k] as ClassifiedLine).line.text.trim();
  // The office's name may wrap onto a line of its own ("Office of Manufacturing and" / "Construction", c0637, blind round 122).
  const wrappedOffice = (k: number) => k - 1 >= from && WRAPPED_OFFICE_END.test(text(k)) && DIVISION_OFFICE_LINE.test(text(k - 1)) && /(?:\band|&|,)$/.test(text(k - 1));
  while (i >= from && ((lines[i] as ClassifiedLine).furniture || DIVISION_OFFICE_LINE.test(text(i)) || wrappedOffice(i))) i--;
  return i >= from && DIVISION_LINE.test(text(i)) ? i : undefined;
}
/** The words an office's name wraps onto: "Construction", "Commodities", "& Commodities". */
const WRAPPED_OFFICE_END = /^&?\s*\p{Lu}[\p{L}&,\s]{0,40}$/u;
const DIVISION_LINE = /^Division of Corporation Finance$/i;
const DIVISION_OFFICE_LINE = new RegExp(String.raw`^(?:${STAFF_OFFICE})$`, 'u');
