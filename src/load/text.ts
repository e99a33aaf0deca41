// Owns plain-text letters: lines to paragraphs, unwrapping hard-wrapped text.
import { isTitleCase } from '../chars.js';
import { type Block, Format, plainRun, type Source } from '../source.js';
import { foldSpaces, isFlatText, joinPages, loadFlatText, pageTopOf, unwrappedFlatText } from './flat.js';
import { NUMBER_ABBREVIATION, NUMBERED_THING } from './flat/sentences.js';
import { ABBREVIATED_LEGAL_FORM, ANSWER_OPENING, BULLET_CHARACTERS, CLOSING_SENTENCES, COMPLETE_SECTION_TITLE, COPY_TO_LABEL, COURTESY_TITLE, ENDS_ON_JOINING_WORD, FILING_TITLE_START, FIRM_FORM, JOINING_WORDS, MAIL_MERGE_FIELDS, MDNA_FULL_TITLE, MONTH_DAY_YEAR, NOTE_TITLE, PAGE_NUMBER_MARKER, PERIOD_COMPARISON, RULE_ALONE, SALUTATION_PHRASES, SIGN_OFF_WORDS, SIGNATURE_MARK, SPEAKS_AS_WE } from '../vocabulary.js';

/**
 * A line that opens a list item, a numbered comment or a label never continues the line above. A label is capitalised: a
 * wrapped sentence's last word "response." on a line of its own goes on from the line above (c0845 laid out).
 */
// (A number's stop with a figure after it is a decimal point: "31.4% to 28.9% in fiscal 2005" goes on with the line above.)
const NEVER_CONTINUES_LINE_ABOVE = new RegExp(String.raw`^\s*(?:[${BULLET_CHARACTERS}\-*o]\s|\(?[0-9]{1,3}[.)](?!\d)\s*\S|\(?[a-zA-Z]{1,3}\)\s|(?:Comment|COMMENT|Response|RESPONSE)\b|\p{Lu}[\w&’'.]*\s+(?:Response|RESPONSE)\s*:)`, 'u');

/**
 * Read a plain-text letter.
 * Lines separated by blank lines are paragraphs; a hard-wrapped letter (most lines of
 * about the same width) has its wrapped lines joined, while short lines (addresses,
 * headings) stay apart. A flattened letter (line breaks collapsed into spaces) is cut back
 * into paragraphs first (see flat.ts).
 * @param text decoded text
 */
export function loadText(text: string): Source {
  const flatAsIs = isFlatText(text);
  const unwrapped = flatAsIs ? undefined : unwrappedFlatText(text);
  if (flatAsIs || unwrapped !== undefined) {
    const flat = foldSpaces(unwrapped ?? text);
    // A page a line, each opening with the letterhead (an HTML letter's hidden text layer laid out as text, c1112 laid out): those are page furniture.
    const lines = flat.split(/\r\n?|\n|\f/).filter((line) => line.trim() !== '');
    const top = pageTopOf(lines);
    if (top === undefined) return loadFlatText(flat);
    const pages = joinPages(lines, top);
    return loadFlatText(pages.text, pages.pageTops);
  }
  return { format: Format.text, blocks: textBlocks(text) };
}

/**
 * A page's lines in the order the letter is read: two columns' lines apart, a "Re:" or "cc:" label at its block's top, a comment's number
 * after the bullets' items it was read out among (the only two moves the loader makes; --verify reads the text so, inReadingOrder).
 */
function readingOrderLines(pageText: string): string[] {
  return numbersAfterTheirBullets(numbersAtBlockTop(labelsAtBlockTop(pageText.split(/\r\n?|\n/).flatMap(apartColumns))));
}

/** A plain-text letter's text as the loader reads it, page by page (readingOrderLines): what --verify compares the loaded lines with. */
export function inReadingOrder(text: string): string {
  return text
    .split('\f')
    .map((page) => readingOrderLines(page).join('\n'))
    .join('\f');
}

/** Split plain text into paragraph blocks; form feeds start a new page. */
export function textBlocks(text: string): Block[] {
  const pages = text.split('\f');
  const blocks: Block[] = [];
  // Above the salutation a letter is set line by line (letterhead, addressee, the Re: block's filings): nothing there is
  // wrapped prose to join, as in a PDF or HTML letter (c0799 laid out: "Form 10-K for Fiscal Year …" / "Filed February 14, 2022").
  let inHead = SALUTATION_LINE.test(text);
  const sharp = wrapsSharply(text.split(/\r\n?|\n|\f/));
  pages.forEach((pageText, pageIndex) => {
    const lines = readingOrderLines(pageText).map(labelUnderlined);
    // The width the page was wrapped at; else the body's under the salutation: a short letter's letterhead and addressee, set
    // line by line, are most of its lines ("… have no further comments at this time. If you have any questions," / "please contact …").
    const wrapWidth = detectWrapWidth(lines) || bodyWrapWidth(lines);
    let current: string[] = [];
    // The block being gathered is underlined by a rule line under it (a plain-text letter's way to underline a heading).
    let underlined = false;
    // The column a numbered block's text hangs at ("1. We note …" / "   goes on here"; -1: the block opens with no number).
    let hangingColumn = -1;
    const flush = () => {
      if (current.length > 0) {
        const block: Block = { runs: [{ ...plainRun(current.join(' ')), underline: underlined }] };
        if (pages.length > 1) block.page = pageIndex + 1;
        blocks.push(block);
      }
      current = [];
      underlined = false;
      hangingColumn = -1;
    };
    let previous = '';
    // From a "cc:" line on, the page's lines are copies' names and titles, a line each, set line by line as the head is
    // ("cc:   Curtis A. Morgan, Vistra Energy Corp." / "      Stephanie Moore, Vistra Energy Corp.", c0240 laid out).
    let inCopies = false;
    // The indent of a sign-off set to the right ("Sincerely,"): the signature's lines under it are set line by line
    // ("Senior Assistant Chief Accountant" / "Office of Technology"), however far they reach.
    let signOffIndent = -1;
    // Whether the line above came after a blank line or the page's top: a paragraph's first line.
    let previousAfterBlank = false;
    let afterBlank = true;
    // The copies are set apart by blank lines: a line of one that no blank line parts from the next was wrapped (wrappedAtTheWidth).
    let copiesParted = false;
    // A bullet alone on its line, its item's words under it (a list set as a table, a cell a line: c0766 dumped by lynx): the
    // item's first line opens with it. Not a number's or a label's line, which opens its own paragraph.
    let bullet: string | undefined;
    // An html2text underlined line that ran to the width: its next line of underscore-joined words goes on with it.
    let underlineGoesOn = false;
    // That line opened its paragraph (a blank line or the page's top above it).
    let underlineOpened = false;
    const bulletAlone = () => {
      if (bullet === undefined) return;
      flush();
      current.push(bullet);
      bullet = undefined;
      flush();
    };
    for (const [at, line] of lines.entries()) {
      // The two lines a paragraph of their own, blank lines around them, are one heading wrapped (c0131).
      const underlineWraps: boolean = underlineGoesOn && underlineWrapsOnto(previous, line, wrapWidth, underlineOpened && (lines[at + 1] ?? '').trim() === '');
      underlineGoesOn = false;
      if (line.trim() === '') {
        flush();
        previous = '';
        afterBlank = true;
        continue;
      }
      // A line underlined as html2text marks it, its words joined by underscores ("Background_to_the_Solicitation,_page_8",
      // c0005 dumped by html2text): a block of its own, underlined, its words parted again.
      // Wrapped at the width, it goes on on the next line ("Management's_Discussion_…_Results_of" / "Operations", c0035;
      // "…_Statements_of" / "Vistra_Energy", "…_Consolidated_Balance" / "Sheet,_page_61", c0012).
      if (!inHead && (underlineWraps || underlinedByUnderscores(line))) {
        if (!underlineWraps) {
          bulletAlone();
          flush();
        }
        underlineOpened = !underlineWraps && afterBlank;
        const words = line.replace(/(?<=\S)_+(?=\S)/g, ' ');
        current.push(words.trim());
        underlined = true;
        underlineGoesOn = wrapWidth > 0 && runsToTheWrap(words, wrapWidth);
        if (!underlineGoesOn) flush();
        previous = words;
        afterBlank = false;
        continue;
      }
      if (LONE_BULLET.test(line) && !inHead) {
        bulletAlone();
        flush();
        bullet = line.trim();
        previous = '';
        afterBlank = true;
        continue;
      }
      if (bullet !== undefined) {
        if (opensItsOwnParagraph(line)) bulletAlone();
        else {
          flush();
          current.push(`${bullet} ${line.trim()}`);
          bullet = undefined;
          previous = line;
          previousAfterBlank = true;
          afterBlank = false;
          continue;
        }
      }
      // A rule of dashes, underscores or equals signs right under a line of a heading's length underlines it ("Financial Statements" /
      // "--------------------"): the line is a block of its own, underlined, and the rule, no words, is not kept as text.
      if (RULE_ALONE.test(line) && current.length > 0 && !inHead && previous.trim().length <= UNDERLINED_LINE_MAX) {
        underlined = true;
        flush();
        previous = '';
        afterBlank = true;
        continue;
      }
      const continues = inCopies || inHead
        ? current.length > 0 && (sharp || (inCopies && copiesParted)) && wrappedAtTheWidth(previous, line, wrapWidth) && !(inCopies && opensAnotherCopy(previous, line))
        : !(signOffIndent >= SIGNATURE_INDENT && indentOf(line) >= signOffIndent - 2) &&
        wrapWidth > 0 &&
        current.length > 0 &&
        runsToTheWrap(previous, wrapWidth) &&
        !NEVER_CONTINUES_LINE_ABOVE.test(line) &&
        // The copies' label opens them, under the signature's last line or not ("… Principal Accounting Officer" / "cc:", c0734 dumped by lynx).
        !COPIES_LINE.test(line) &&
        // A sign-off alone on its line opens the signature ("… contact me at (202) 5513679." / "Sincerely,", c0097 as pdftotext reads it).
        !SIGN_OFF_LINE.test(line) &&
        // A signature is a line of its own, its rule after it or not ("/s/ Carey S. Roberts______" / "Carey S. Roberts", c0172 dumped by lynx).
        !SIGNED_LINE.test(previous) &&
        // A rule runs to the width but has no words to go on ("━━━…" / "Page 3 <May 9, 2017>", w3m's <hr> at a page break, c0821).
        !RULE_ALONE.test(previous) &&
        // The staff template's residue goes on from no line above (the signature's last line beside "July 3, 2023 Page 2", c0966).
        !TEMPLATE_FIELD.test(line) &&
        !isFiguresRow(previous) &&
        !isFiguresRow(line) &&
        !tableRowPastTheWrap(previous, wrapWidth) &&
        !(outdentedAfterSentence(previous, line) && !firstLineIndented(previousAfterBlank, line, wrapWidth)) &&
        !outOfHangingText(previous, line, hangingColumn) &&
        !closingAfterSentence(previous, line) &&
        !answerAfterStaffSentence(current, previous, line) &&
        !loneNumberLine(previous, line) &&
        !brokenBeforeTheWrap(previous, line, wrapWidth) &&
        !headingAfterSentence(previous, line, lines[at + 1], wrapWidth) &&
        !headingUnderNoteTitle(previous, line, wrapWidth, sharp) &&
        !headingUnderWholeTitle(previous, line);
      // A comment's or an item's number alone on its line, its words right under it (a number set in a cell of its own: "1." /
      // "general liability and other …", c0791 dumped by lynx): one paragraph, as the number beside its words prints.
      // Words, not the staff template's residue a column away ("10." / "FirstName", c0751 as pdftotext reads it).
      const underItsNumber =
        current.length === 1 &&
        LONE_NUMBER.test(current[0] as string) &&
        !inHead &&
        !inCopies &&
        /\S\s+\S/.test(line.trim()) &&
        !TEMPLATE_FIELD.test(line) &&
        !opensItsOwnParagraph(line);
      // A currency sign alone, its amount on the next line (a table's cells a line each: "$" / "154", c0217 dumped by lynx): one amount.
      const amountAfterSign = current.length === 1 && CURRENCY_ALONE.test(current[0] as string) && AMOUNT_ALONE.test(line);
      if (!continues && !underItsNumber && !amountAfterSign) flush();
      if (current.length === 0) hangingColumn = (NUMBER_BESIDE.exec(line)?.[1] ?? '').length || -1;
      current.push(line.trim());
      previous = line;
      previousAfterBlank = afterBlank;
      afterBlank = false;
      if (inHead && SALUTATION_LINE.test(line)) inHead = false;
      if (!inHead && !inCopies && COPIES_LINE.test(line)) {
        inCopies = true;
        copiesParted = blankLineParts(lines, at);
      }
      if (!inHead && SIGN_OFF_LINE.test(line)) signOffIndent = indentOf(line);
    }
    bulletAlone();
    flush();
  });
  return blocks;
}

/**
 * A line whose words underscores join, as html2text prints underlined text ("Background_to_the_Solicitation,_page_8"): more
 * joins than spaces, two words of letters among them; not an address, a link, or a file's name.
 */
function underlinedByUnderscores(line: string): boolean {
  const text = line.trim();
  if (!/[^\s_]_+[^\s_]/.test(text) || /@|:\/\/|www\.|\.(?:jpe?g|gif|png|pdf|htm)\b/i.test(text)) return false;
  const { joins, spaces } = underscoreJoins(text);
  const words = text.split(/[\s_]+/).filter((w) => /^\p{L}{2,}/u.test(w)).length;
  // One join only in a short title alone on its line, each word capitalized ("Financial_Statements", "Schedule_14A",
  // "Inflation,_page 58", c0240, c0216, c0035): not a name written with an underscore among words ("see file_name").
  if (joins === 1) return spaces <= 1 && TWO_WORD_TITLE.test(text);
  return joins >= 2 && joins > spaces && words >= 2;
}
/** How many times underscores join two words in a line's text, and how many runs of white space part its words. */
function underscoreJoins(text: string): { joins: number; spaces: number } {
  return { joins: text.match(/[^\s_]_+(?=[^\s_])/g)?.length ?? 0, spaces: text.match(/\s+/g)?.length ?? 0 };
}
const TWO_WORD_TITLE = /^\p{Lu}[\p{L}'’&.-]*,?_(?:\p{Lu}[\p{L}\d'’&.-]*|\d{1,3}(?:\.\d{1,2})?[A-Z]?|page \S{1,6})$/u;

/**
 * The rest of an html2text underlined line (its words, `above`, parted again) wrapped onto `line`: words joined by underscores,
 * as many joins as spaces or more, no number or label opening a paragraph, and a first word that would not have fitted above.
 * html2text sets one underlined paragraph under another with no blank line, and an underlined heading may reach near the
 * width ("…_Accounting_Policies" / "Consumer_Revenue,_page_F-11", c0139): a line underlined on its own goes on only from a line
 * that cannot end there, on a joining word or inside parentheses ("…_Consolidated_Balance" / "Sheet,_page_61", c0012); a tail
 * too short to be underlined on its own goes on regardless ("…_Statements_of" / "Vistra_Energy", c0012), and so do two lines that
 * are a paragraph alone, blank lines around them ("…_Event_and_Texas-based" / "Generating_Assets_Outages,_page_98", c0131).
 */
function underlineWrapsOnto(above: string, line: string, wrapWidth: number, aloneBetweenBlanks: boolean): boolean {
  const text = line.trim();
  if (!/\p{L}{2,}/u.test(text) || opensItsOwnParagraph(text)) return false;
  const { joins, spaces } = underscoreJoins(text);
  if (joins < spaces || !firstWordOverflows(above, text.replace(/_+/g, ' '), wrapWidth)) return false;
  const opened = (above.match(/\(/g)?.length ?? 0) > (above.match(/\)/g)?.length ?? 0);
  // Or the line above runs to the width, as a heading wrapped there does ("1._Business,_…_Summary_of_Significant_Accounting" /
  // "Policies_and_Revisions,_page_209", c0666 dumped by html2text, 73 of 80 columns).
  // Not one that ends as a whole title does, on a year, a page or a title notes share ("…_Form_10-12B_Submitted_December_7,_2018" /
  // "Results_of_Operations", c0130; "Note_2_-_Basis_of_Presentation_and_Summary_of_Significant_Accounting_Policies" / "Consumer_Revenue,
  // _page_F-11", c0139), nor a sentence's end (an underlined paragraph's: c0020).
  const words = above.trim().replace(/_+/g, ' ');
  const fillsTheWidth = words.length >= wrapWidth * FILLS_THE_WIDTH && !ENDS_SENTENCE.test(words) && !WHOLE_TITLE_AT_END.test(words);
  return !underlinedByUnderscores(line) || opened || STOPS_ON_JOINING_WORD.test(above) || aloneBetweenBlanks || fillsTheWidth;
}
/** The share of the width an underlined line fills when its heading wraps there. */
const FILLS_THE_WIDTH = 0.9;
/** A line that ends as a whole title does: on a year, a page, or a title notes share (NOTE_TITLE). */
const WHOLE_TITLE_AT_END = new RegExp(String.raw`(?:\b(?:19|20)\d\d|\bpage\s+\S+|\b(?:${NOTE_TITLE}))$`, 'i');

/** A signature: "/s/ Jane Doe", "By: /s/ Jane Doe". */
const SIGNED_LINE = new RegExp(String.raw`^\s*(?:By:?\s*)?${SIGNATURE_MARK}`);
/** A comment's number alone on its line: "1.", "(2)", "3)". */
const LONE_NUMBER = /^\s*\(?\d{1,3}[.)]\s*$/;
/** A currency sign alone on its line, and an amount alone on its line: "$", "(2,133)", "38,839". */
const CURRENCY_ALONE = /^\s*[$€£¥]\s*$/;
const AMOUNT_ALONE = /^\s*\(?\d[\d,.]*\)?%?\s*$/;
/**
 * A table's row as a text dump sets it: words, a gap of four blanks or more, then figures only ("Non-GAAP Underlying revenue
 * ($280/$1,400)                   20%", "Other                                     288"). A row of its own: it goes on from no
 * line above, and nothing goes on from it (rows and the heading under them set with no blank line between, c0132 dumped by
 * html2text: "… (constant currency basis)        $280" / "… ($280/$1,400)        20%" / "Consolidated Balance Sheets, Page 62").
 */
const FIGURES_ROW = /\S {4,}[$€£¥(\-–—]*\d[\d,.$€£¥%()\-–— ]*$/;
/** How much of a line's end FIGURES_ROW reads: each gap's figures may run to the end, so a long line of gaps and figures would be read again from each. */
const ROW_TAIL = 160;
const isFiguresRow = (line: string) => FIGURES_ROW.test(line.length > ROW_TAIL ? line.slice(-ROW_TAIL) : line);
/** A number of three figures or fewer alone on its line, no stop: a page's, or one the line above names ("…, page" / "37"). */
const BARE_NUMBER = /^\s*\d{1,3}\s*$/;
/** A line a bullet or a number above it never takes as its item's words: a list item, a number, a label of its own. */
const opensItsOwnParagraph = (line: string) => NEVER_CONTINUES_LINE_ABOVE.test(line) || LONE_NUMBER.test(line);
/** A bullet alone on its line. */
const LONE_BULLET = new RegExp(String.raw`^\s*[${BULLET_CHARACTERS}]\s*$`);

/** A sign-off alone on its line: "Sincerely,", "Very truly yours,". */
const SIGN_OFF_LINE = new RegExp(String.raw`^\s*(?:${SIGN_OFF_WORDS})\s*,?\s*$`, 'i');
/** How far right a sign-off stands for the lines under it to be its signature's (a block set in the page's right half). */
const SIGNATURE_INDENT = 10;

/** The longest line a rule under it underlines: a heading's, not a paragraph's last line. */
const UNDERLINED_LINE_MAX = 160;

/** A copies line: "cc:", "Copy to:", "cc" and a tab (classify's CC_LINE, blanks before it allowed). */
const COPIES_LINE = new RegExp(String.raw`^\s*${COPY_TO_LABEL}`, 'iu');

/** A salutation on its own line: "Dear Mr. Smith:", "Ladies and Gentlemen:". */
const SALUTATION_LINE = new RegExp(String.raw`^[ \t]*(?:Dear[ \t]+\S[^\n]{0,120}|${SALUTATION_PHRASES})[ \t]*[:,;]?[ \t]*$`, 'im');

/** The staff's closing paragraphs' openings ("We remind you that …", "In closing, we remind you …", "Please contact …", "You may contact …"). */
const STAFF_CLOSING = new RegExp(String.raw`^\s*(?:${CLOSING_SENTENCES.remindYou}|${CLOSING_SENTENCES.urgeAllPersons}|${CLOSING_SENTENCES.inClosing}|${CLOSING_SENTENCES.pleaseContact})`);

/** A line that finishes its sentence, a closing quotation mark or bracket after the stop or not. */
const ENDS_SENTENCE = /[.?!]["”’)]*\s*$/;
/** A line after a finished sentence's line that opens as a sentence or a title does: a capital or a figure, a quotation mark before it or not. */
const opensAfterSentence = (previous: string, line: string) => ENDS_SENTENCE.test(previous) && /^\s*["“‘']?[\p{Lu}\d]/u.test(line);

/**
 * A staff closing paragraph after a finished sentence starts a block, though laid-out text lost the blank line above it
 * ("… disclosure controls and procedures." / "We remind you that …", c0060; "… materiality of these costs." / "Please contact
 * Anna Abramson …", c0744; "… responsibilities related to them." / "In closing, we remind you …", c0606).
 */
const closingAfterSentence = (previous: string, line: string) => ENDS_SENTENCE.test(previous) && STAFF_CLOSING.test(line);

/**
 * A company's answer opening after the last sentence of the staff's words starts a block, though no blank line parts them ("…
 * could be interpreted as a quarter to consecutive quarter comparison." / "The Company respectfully advises the Staff that …", c0139
 * dumped by html2text, where the comment's lines went on at the margin past a page break): the block's last lines speak to "you",
 * not as "we".
 */
function answerAfterStaffSentence(current: readonly string[], previous: string, line: string): boolean {
  if (!ENDS_SENTENCE.test(previous) || !ANSWER_AFTER_SENTENCE.test(line)) return false;
  // The block's last lines only: a line's test stays the same size however long the block grows.
  const block = current.slice(-STAFF_LINES_READ).join(' ');
  return /\b(?:you|your|please)\b/i.test(block) && !SPEAKS_AS_WE.test(block);
}
/** The lines above an answer's opening read for the staff's voice. */
const STAFF_LINES_READ = 4;
const ANSWER_AFTER_SENTENCE = new RegExp(String.raw`^\s*(?:${ANSWER_OPENING}|The Company (?:respectfully|acknowledges|advises|confirms|notes|has|will|believes|supplementally))\b`);

/** Whether a blank line parts the lines under line `at` from a further line among the next few: a list set a copy a paragraph. */
function blankLineParts(lines: readonly string[], at: number): boolean {
  const filled = lines.slice(at, at + 1 + COPIES_LOOKED_AT).map((line) => line.trim() !== '');
  // From the first copy on ("cc:" may stand alone, a blank line under it): a blank line, then another copy.
  const blank = filled.indexOf(false, Math.max(0, filled.indexOf(true, 1)));
  return blank > 0 && filled.indexOf(true, blank) > 0;
}
/** How many lines under "cc:" tell how its copies are set. */
const COPIES_LOOKED_AT = 8;

/**
 * A line of the head or of the copies, set line by line, wrapped onto the next all the same ("cc:    E. Mark Rajkowski, Senior Vice
 * President and Chief Financial" / "Officer, Xylem Inc.", c0066 dumped by a text browser): the line above runs to the wrap and the
 * next line's first word would not have fitted on it. Read so in a list whose copies blank lines part, and in text wrapped at a
 * fixed width (wrapsSharply: "… Chief Financial" / "Officer, Morgan Stanley", c0671; the head's "Re: … Registration Statement on
 * Form" / "10-12B", c0131). A list or a head laid out from a PDF keeps its lines apart.
 */
function wrappedAtTheWidth(previous: string, line: string, wrapWidth: number): boolean {
  return wrapWidth > 0 && runsToTheWrap(previous, wrapWidth) && firstWordOverflows(previous, line, wrapWidth);
}

/**
 * A line that opens with a capital, whose first word would have fitted on the line above: the line was broken there, not
 * wrapped: a heading's end, a paragraph's ("Form 10-K for the Fiscal Year Ended December 31, 2016" / "Management's
 * Discussion and Analysis …", c0045 dumped by a text browser). A tenth of the width must be to spare: laid-out text's
 * proportional type fits fewer wide letters to a line (wrapsSharply's test passes some PDFs laid out: "… or Stephen" /
 * "Krikorian, Accounting Branch Chief", c0522).
 */
function brokenBeforeTheWrap(previous: string, line: string, wrapWidth: number): boolean {
  const words = line.trim();
  // Not a figure (the line above may name it: "… under ASC" / "606."), nor the rest of a word the line above breaks ("202-551-" / "3412").
  if (!/^["“‘(\[]?\p{Lu}/u.test(words) || /[-‐–]$/.test(previous.trimEnd())) return false;
  // Nor after a word no sentence or title ends on: the line went on, its first word bound to the next by a no-break space
  // ("… Please refer to" / "Item 303(a)(4)(i)(D) of Regulation S-K.", c0012 dumped by a text browser).
  if (ENDS_ON_JOINING_WORD.test(previous)) return false;
  const firstWord = words.split(WRAP_BREAK, 1)[0] ?? '';
  return previous.trimEnd().length + 1 + firstWord.length <= wrapWidth * 0.9;
}

/**
 * Whether the text was wrapped at a fixed width in fixed-width type (a text browser's dump, a letter typed for EDGAR): where
 * a sentence goes on below (the next line opens in lower case), the line lacked room for the next line's first word, nearly
 * always. Laid-out text of a PDF, in proportional type, wraps by the letters' widths: its lines would often have fitted the
 * next word by count. Measured: the corpus's HTML letters dumped by lynx 0.92-1.00 of such wraps (median 1.00), its PDFs
 * laid out by pdftotext median 0.83.
 */
function wrapsSharply(lines: readonly string[]): boolean {
  const width = detectWrapWidth(lines);
  if (width === 0) return false;
  let wraps = 0;
  let overflowing = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    const next = (lines[i + 1] as string).trim();
    if (!runsToTheWrap(line, width) || !/^\p{Ll}/u.test(next)) continue;
    wraps++;
    if (firstWordOverflows(line, next, width)) overflowing++;
  }
  return wraps >= SHARP_WRAPS_SEEN && overflowing >= SHARP_SHARE * wraps;
}
/** Fewest wraps a text's wrapping is told from, and the share of them that must have lacked room for the next word. */
const SHARP_WRAPS_SEEN = 10;
const SHARP_SHARE = 0.95;

/**
 * A comment's number alone on its line opens the comment, in text whose paragraphs no blank line parts ("Reserves for
 * Losses and Loss Expenses, page 73" / "1." / "Please tell us …", an HTML letter dumped by a text browser, c0067): not a
 * number the line above names ("… see Note" / "1.", "(page" / "3)", "… under ASC" / "606."), which goes on from it.
 */
function loneNumberLine(previous: string, line: string): boolean {
  // A bare number too: a page's, under a signature's last line ("… Chief Financial Officer" / "3", c0834 dumped by lynx).
  if (!LONE_NUMBER.test(line) && !BARE_NUMBER.test(line)) return false;
  // Its opening bracket or quote aside: "(page" / "3)" (c0972 laid out).
  const lastWord = (previous.trim().split(/\s+/).at(-1) ?? '').replace(/^[(“"‘']+/, '');
  // A standard's initials name their number too: "… under ASC" / "606." (c0960 laid out).
  return !NUMBERED_THING.test(lastWord.replace(/[,:]$/, '')) && !NUMBER_ABBREVIATION.test(lastWord) && !/^\p{Lu}{2,6}$/u.test(lastWord);
}

/**
 * A short title-case line after a finished sentence is a heading of its own, though the sentence's line runs to the wrap and
 * no blank line parts them ("… followed by Berkley's responses thereto." / "Notes to the Consolidated Financial Statements",
 * c0067 dumped by a text browser): a paragraph's last line under a sentence's end ends with its own sentence.
 */
function headingAfterSentence(previous: string, line: string, next: string | undefined, wrapWidth: number): boolean {
  // Short, or broken before the next line, whose first word would have fitted on it ("Definitive Proxy Statement on Schedule 14A
  // filed March 11, 2022" / "General", c0001 as pdftotext reads it: as long as a wrapped line of this page).
  const ends = !runsToTheWrap(line, wrapWidth) || (next !== undefined && brokenBeforeTheWrap(line, next, wrapWidth));
  // Or a long title wrapped once, its second line short ("Item 7. Management's Discussion and Analysis of Financial Condition and
  // Results of" / "Operations" / "Capitalization, page 87", c0227 as pdftotext reads it): the two lines are the title.
  const wrappedOnce = !ends && next !== undefined && next.trim() !== '' && !runsToTheWrap(next, wrapWidth);
  // A sentence's end, not a name's initial ("… /s/ Michael J. Tokich Michael J." / "Tokich Senior Vice President …", c0722).
  if (!ENDS_SENTENCE.test(previous) || /(?:^|\s)\p{Lu}\.\s*$/u.test(previous) || !(ends || wrappedOnce)) return false;
  const words = ends ? line.trim() : `${line.trim()} ${(next as string).trim()}`;
  // A dated filing's title is one, though its "filed" is in lower case ("Form 8-K filed January 25, 2017", c0114 as pdftotext reads it).
  // Its page aside: "page" is in lower case ("Consequences of the Merger, page 80", c0461 as pdftotext reads it).
  const title = words.replace(PAGE_AT_END, '');
  return /^["“]?[\p{Lu}(\d]/u.test(words) && !/[.?!,;]["”’)]*$/.test(words) && words.split(/\s+/).length <= 24 && (isTitleCase(title) || DATED_FILING_LINE.test(words));
}

/**
 * A note's title on a line of its own, in title case, no sentence in it: "Note 2 - Basis of Presentation and Summary of
 * Significant Accounting Policies", "1. Business, Basis of Presentation and Summary of Significant Accounting Policies".
 */
const NOTE_HEADING_LINE = /^\s*(?:Note\s+\(?\d{1,2}[A-Z]?\)?|\d{1,2}\.)\s*[-–—:.]?\s+\p{Lu}[^.;:?!]*$/u;
/** A heading's page at a line's end: ", page F-46". */
const PAGE_AT_END = /,\s*pages?\s+[A-Z]{0,3}-?\d{1,4}[A-Za-z]?\s*$/;
/** A heading with the page it names, on one line (PAGE_AT_END): "Revenue from Contracts with Customers, page F-10". */
const isPagedHeading = (line: string) => /^\s*\p{Lu}[^.;:?!]{0,150}$/u.test(line) && PAGE_AT_END.test(line);
/** A title that stops on a joining word goes on below: "… the Equity Method and" / "Variable Interest Entities, page 165". */
const STOPS_ON_JOINING_WORD = new RegExp(String.raw`\b(?:${JOINING_WORDS})\s*$`, 'i');

/**
 * A comment's heading with its page under a note's title is a heading of its own, though the title runs to the wrap
 * ("Note 2 - … Accounting Policies" / "Revenue from Contracts with Customers, page F-10", c0363 laid out; "1. Business, …
 * Policies" / "Revisions, page 209", c0767): the notes' own titles stand above the headings of the comments on them.
 */
const headingUnderNoteTitle = (previous: string, line: string, wrapWidth: number, sharp: boolean) =>
  NOTE_HEADING_LINE.test(previous) &&
  !STOPS_ON_JOINING_WORD.test(previous) &&
  isTitleCase(previous) &&
  isPagedHeading(line) &&
  isTitleCase(line.replace(PAGE_AT_END, '')) &&
  !(sharp && firstWordOverflows(previous, line, wrapWidth));

/**
 * A cc line that opens a person's entry of its own, however long the line above: a courtesy title first ("Mr.\u00a0David Korvin, …",
 * c0179 dumped by html2text), or a name and its comma under an entry ending on a company's or a firm's legal form ("… General Counsel,
 * NRG Energy,\u00a0Inc." / "David Callen, Senior Vice President …", c0256, c0782).
 */
function opensAnotherCopy(previous: string, line: string): boolean {
  return COURTESY_FIRST.test(line) || (ENDS_ON_LEGAL_FORM.test(previous) && NAME_AND_COMMA_FIRST.test(line));
}
const COURTESY_FIRST = new RegExp(String.raw`^\s*(?:${COURTESY_TITLE})\.\s`);
/** A company's legal form or a firm's ending the line, abbreviated or spelled out ("Inc.", "LLP", "Corporation"; not "Holding" or "Group", words of a title too). */
const ENDS_ON_LEGAL_FORM = new RegExp(String.raw`\b(?:(?:${ABBREVIATED_LEGAL_FORM})\.?|Incorporated|Corporation|Company|plc|PLC|${FIRM_FORM})\s*$`);
const NAME_AND_COMMA_FIRST = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},/u;

/** Where a wrapper may break a line: a space or a tab, not a no-break space, which binds the words around it ("NRG" / "Energy,\u00a0Inc.", c0702 dumped by html2text). */
const WRAP_BREAK = /[ \t]/;

/**
 * The line's first word would not have fitted on the line above: a wrap, wherever the words break ("Note 8. Reserve for
 * Property and Casualty Insurance Claims and Claims" / "Expense, page 169", c0242 dumped by a text browser).
 */
function firstWordOverflows(previous: string, line: string, wrapWidth: number): boolean {
  const firstWord = line.trim().split(WRAP_BREAK, 1)[0] ?? '';
  return wrapWidth > 0 && previous.trimEnd().length + 1 + firstWord.length > wrapWidth;
}

/**
 * A title that is whole on its line: MD&A's full title, a standard section's, or a comparison of two years ("Year Ended
 * December 31, 2024 Compared to Year Ended December 31, 2023"), an Item's label before it or not; a dated filing's title.
 */
const WHOLE_TITLE_LINE = new RegExp(
  String.raw`^\s*(?:Item\s+\d{1,2}[A-C]?\.?\s+)?(?:${MDNA_FULL_TITLE}|${COMPLETE_SECTION_TITLE}|${PERIOD_COMPARISON})\s*$`,
  'iu',
);
/** A reviewed filing's title that ends with a date, as capitalised as a title: "Form 10-K for the Fiscal Year Ended December 31, 2016", "Form 8-K filed May 7, 2021". */
const DATED_FILING_LINE = new RegExp(String.raw`^\s*(?:${FILING_TITLE_START})[^;:?!]{0,160}?${MONTH_DAY_YEAR}\s*$`, 'u');

/**
 * A heading under a title that is whole on its line starts a block of its own, though the title runs to the wrap: "Item 2.
 * Management's Discussion and Analysis of Financial Condition and Results of Operations" / "Key Operating Metrics and
 * Non-GAAP Financial Measures" (c0120 laid out; c0385, c0700, c1173); "Form 10-K for the Fiscal Year Ended December 31, 2016" /
 * "Management's Discussion …" (c0045 dumped by a text browser), not the filing's date below its title; a heading that ends with
 * its page ("… Reasons for the Transactions, page 79" / "Strategic Rationale, Stockholder Value, page 80", c1181 as pdftotext reads it).
 */
const headingUnderWholeTitle = (previous: string, line: string) =>
  (WHOLE_TITLE_LINE.test(previous) || DATED_FILING_LINE.test(previous) || isPagedHeading(previous)) && /^\s*\p{Lu}/u.test(line) && !FILED_LINE.test(line);
/** The filing's date under its title: "Filed February 23, 2017", "Furnished …", "Submitted …". */
const FILED_LINE = /^\s*(?:Filed|Furnished|Submitted)\b/i;

/**
 * A line opening with a label html2text underlined, its words joined by underscores, then the text it labels
 * ("Company’s_Response: We respectfully acknowledge …", c0733 dumped by html2text): the label's words parted again.
 */
function labelUnderlined(line: string): string {
  return line.replace(UNDERLINED_LABEL, (label) => label.replace(/_/g, ' '));
}
const UNDERLINED_LABEL = /^\s*(?:[^\s_]+_)+[^\s_]+:(?=\s)/;

/** Leading blanks of a line. */
const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * Whether a line was wrapped: it reaches near the wrap width, and holds a good part of a line's words. A few words set far
 * right (the staff's "Division of Corporation Finance" under "Sincerely," in laid-out text, c0107) are no wrapped prose
 * however far they reach; a comment's text laid out at column 56 beside its number is (c0021).
 */
const runsToTheWrap = (line: string, wrapWidth: number) => line.trimEnd().length >= wrapWidth * 0.72 && line.trim().length >= wrapWidth * 0.4;

/** The staff template's mail-merge residue ("FirstName LastNameDavid Michels", "Comapany Name…") or its date field ("May 24, 2023 Page 2"). */
const TEMPLATE_FIELD = new RegExp(String.raw`^\s*(?:(?:${MAIL_MERGE_FIELDS})|${MONTH_DAY_YEAR}\s+${PAGE_NUMBER_MARKER}\s*$)`);

/** A response label alone at a line's end after a gap: "Response:", "Company Response:", "RESPONSE". */
const LABEL_AFTER_GAP = /\S\s{6,}(?:(?:The\s+)?(?:Company|[A-Z]{2,6})(?:['’]s)?\s+)?(?:Response|RESPONSE)\s*:?\s*$/;

/**
 * A comment's number read out between a list's bullets and the list's items, the column of markers first (pdftotext's reading
 * order: "•" / "•" / "•" / "2." / "represent the board …;" / "require board …;" / "provide input …." / "Please expand upon …",
 * c0001): the number opens the paragraph after the items, and when there are as many items' lines as bullets, each bullet opens
 * its line. Only where the number's next line goes on in lower case, no comment's first words.
 */
function numbersAfterTheirBullets(lines: string[]): string[] {
  const nextText = (from: number) => {
    let k = from;
    while (k < lines.length && (lines[k] as string).trim() === '') k++;
    return k;
  };
  // Each number found, then the page's lines rebuilt once (linear however many: no splice per number).
  const moves = new Map<number, { items: string[]; paragraph: number }>();
  for (let i = 1; i < lines.length; i++) {
    if (!LONE_NUMBER.test(lines[i] as string)) continue;
    const bullets: number[] = [];
    for (let k = i - 1; k >= 0 && (LONE_BULLET.test(lines[k] as string) || (lines[k] as string).trim() === ''); k--) if ((lines[k] as string).trim() !== '') bullets.push(k);
    const first = nextText(i + 1);
    if (bullets.length === 0 || first >= lines.length || !/^\s*\p{Ll}/u.test(lines[first] as string)) continue;
    let end = first;
    while (end < lines.length && (lines[end] as string).trim() !== '') end++;
    const paragraph = nextText(end);
    if (paragraph >= lines.length || !/^\s*\p{Lu}/u.test(lines[paragraph] as string)) continue;
    const items = lines.slice(first, end);
    if (items.length === bullets.length) {
      bullets.reverse().forEach((b, n) => {
        items[n] = `${(lines[b] as string).trim()} ${(items[n] as string).trim()}`;
        lines[b] = '';
      });
    }
    moves.set(i, { items, paragraph });
    i = paragraph - 1;
  }
  if (moves.size === 0) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const move = moves.get(i);
    if (move === undefined) {
      out.push(lines[i] as string);
      continue;
    }
    out.push('', ...move.items, '', lines[i] as string, '');
    i = move.paragraph - 1;
  }
  return out;
}

/**
 * A "Re:" or "cc:" label set beside the middle or the last line of what it labels, those lines above it indented to where its text
 * starts (a table's label cell centred on its height, as w3m and html2text dump it: "    Tyler Technologies, Inc." / "    Form 10-K
 * …" / "Re: File No. 001-10485", c0359, c0389, c0131; "    Brian Curci, Esq., …" / "cc:" / "    David Callen, …", c0702): the label
 * moves to the first of them, as the letter prints it. Only a block of its own, a blank line above it, and no signature in it.
 */
function labelsAtBlockTop(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const m = LABEL_BESIDE.exec(lines[i] as string);
    if (m === null) continue;
    const label = (m[1] ?? m[3]) as string;
    // "cc:" alone on its line: its text starts where the next line's does.
    const column = (m[2] ?? m[4]) !== undefined ? label.length : indentOf(lines[i + 1] ?? '');
    if (column < label.trimEnd().length + 1) continue;
    let top = i;
    while (top > 0 && i - top < LINES_ABOVE_LABEL && indentOf(lines[top - 1] as string) === column && (lines[top - 1] as string).trim() !== '') top--;
    // Not an "Attention:" label's names ("Attention:  Jennifer Gowetski" / "            Amanda Ravitz" / "Re:         ServiceNow,
    // Inc.", c0072 dumped by w3m), nor the signature above the copies.
    if (top === i || (top > 0 && (lines[top - 1] as string).trim() !== '')) continue;
    if (lines.slice(top, i).some((line) => SIGNED_LINE.test(line) || SIGN_OFF_LINE.test(line))) continue;
    moveToBlockTop(lines, i, top, label, column);
  }
  return lines;
}

/** Moves what stands before `column` on line `from` (a label, a number: `prefix`) to line `top`, where the block it labels starts. */
function moveToBlockTop(lines: string[], from: number, top: number, prefix: string, column: number): void {
  lines[top] = prefix.padEnd(column) + (lines[top] as string).slice(column);
  lines[from] = ' '.repeat(column) + (lines[from] as string).slice(column);
}
/**
 * A comment's number set beside the middle line of its text, the text's lines above and below it indented to where its text
 * starts (a table's number cell centred on the comment's height, as w3m and html2text dump it: "   We note from your 2022 10-K
 * …" / "   … exceeded the respective carrying values." / "1. Please tell us how you considered …" / "   for the remainder …",
 * c0583, c0228, c1118): the number moves to the text's first line, as the letter prints it. Only where as many lines stand
 * above it as below (give or take one: the number is centred), and the lines above are no numbered item's hanging lines.
 * Items dumped with no blank line between them ("… reporting date." / "   Claims Mix - Pending claims …" / … / "3) a significant
 * portion of ULAE …", c0242, c0525) share one indented run: an item is then the part of the run, from a line that opens after a
 * finished sentence to one that finishes a sentence before such a line, on which the number stands centred (centredItem).
 */
function numbersAtBlockTop(lines: string[]): string[] {
  const beside = (line: string) => NUMBER_BESIDE.exec(line);
  // The last line of the item whose number moved last: the next item's lines start below it.
  let lastItemEnd = -1;
  for (let i = 1; i < lines.length; i++) {
    const m = beside(lines[i] as string);
    if (m === null) continue;
    const column = (m[1] as string).length;
    const inBlock = (k: number) => k > lastItemEnd && k < lines.length && indentOf(lines[k] as string) === column && (lines[k] as string).trim() !== '';
    let top = i;
    while (inBlock(top - 1) && i - top <= CENTRED_LINES_MAX) top--;
    if (top === i || i - top > CENTRED_LINES_MAX) continue;
    let bottom = i;
    while (inBlock(bottom + 1) && bottom - i <= CENTRED_LINES_MAX) bottom++;
    // The hanging lines of a numbered item above ("1.  Please tell us …" / "    how you …" / "2.  Next …"): that number's text.
    const above = lines[top - 1];
    if (above !== undefined && beside(above)?.[1]?.length === column) continue;
    const item = centredItem(lines, i, top, bottom);
    if (item === undefined) continue;
    moveToBlockTop(lines, i, item[0], m[1] as string, column);
    i = item[1];
    lastItemEnd = item[1];
  }
  return lines;
}

/**
 * The item around line `i` of the indented run [top, bottom] on which it stands centred (give or take a line): the whole run,
 * or else the widest part of it bounded by finished sentences (an item's first line opens after a line that ends one, with a
 * capital or a figure; its last ends one, the next line opening so: opensAfterSentence). Its first and last lines, or undefined.
 */
function centredItem(lines: readonly string[], i: number, top: number, bottom: number): [number, number] | undefined {
  if (Math.abs(i - top - (bottom - i)) <= 1) return [top, bottom];
  const finished = (k: number) => opensAfterSentence(lines[k] as string, (lines[k + 1] as string).replace(NUMBER_BESIDE, ''));
  // A number whose line opens after a finished sentence may open its item there, as printed ("… with laws and regulations." /
  // "3.    Your response to comment 3 …", c0667 laid out, under the end of comment 2 run on past the page break).
  if (finished(i - 1)) return undefined;
  const opens = (t: number) => t === top || (t < i && finished(t - 1));
  const closes = (b: number) => b === bottom || (b > i && b < bottom && finished(b));
  for (let t = top; t < i; t++) {
    if (!opens(t)) continue;
    // The bottoms that centre the number between t and them, widest first.
    for (const b of [2 * i - t + 1, 2 * i - t, 2 * i - t - 1]) if (b > i && b <= bottom && closes(b)) return [t, b];
  }
  return undefined;
}
/** A comment's number and the gap after it at the line's start, its text after them: "1. ", "1) ", "(1) ". */
const NUMBER_BESIDE = /^(\s*\(?\d{1,3}[.)]\s+)(?=\S)/;
/** The most lines of a centred number's text on either side of it. */
const CENTRED_LINES_MAX = 40;

/** A "Re:" label with its text after it, or a "cc:" label with its text or alone: the label and the gap after it, then the text's first letter. */
const LABEL_BESIDE = /^(\s*R[Ee]:\s+)(\S)|^(\s*[Cc][Cc]:\s*)(\S)?/;
/** How far above its label the labelled block's first line may stand. */
const LINES_ABOVE_LABEL = 8;

/**
 * A laid-out line that holds two columns' lines: the template's residue in the left column beside the signature block
 * ("FirstName LastNameDavid Michels      Sincerely,", "May 24, 2023 Page 2      Office of Energy & Transportation", c0107
 * laid out), or a response label set after the comment's last words: two lines.
 */
function apartColumns(line: string): string[] {
  const sideBySide = headingsSideBySide(line);
  if (sideBySide !== undefined) return sideBySide;
  const gap = /\S(\s{6,})\S/.exec(line);
  if (gap === null) return [line];
  const left = line.slice(0, gap.index + 1);
  // A label set in a column of its own after the comment's last words ("… to your registration statement.       Company Response:",
  // c0303 laid out) opens the answer's line.
  const label = LABEL_AFTER_GAP.exec(line);
  if (label !== null) return [line.slice(0, label.index + 1), line.slice(label.index + 1).trim()];
  if (!TEMPLATE_FIELD.test(left)) return [line];
  // The right column keeps its place on the line.
  return [left, ' '.repeat(left.length) + line.slice(left.length)];
}

/** One of headings set side by side: opens with a capital, a figure or a list letter ("c) "), and holds two words or more. */
const SIDE_BY_SIDE_HEADING = /^(?:[\p{Lu}\d]|[a-z]{1,3}\)\s)(?=.*\p{L}{2,}.*\s\S*\p{L}{2,})/u;

/**
 * Headings set side by side on one line, three blanks or more apart, the last naming its page: "Notes to Consolidated
 * Financial Statements    Note 7: Unpaid losses and loss expenses    c) Loss Development Tables, page F-46" (c0653 laid
 * out), a line each. Not a label and its title ("Item 7.     Management's Discussion …": "Item 7." holds one word).
 */
function headingsSideBySide(line: string): string[] | undefined {
  if (!PAGE_AT_END.test(line)) return undefined;
  const parts = line.trim().split(/\s{3,}/);
  if (parts.length < 2 || !parts.every((part) => SIDE_BY_SIDE_HEADING.test(part) && !/[.;]$/.test(part) && part.split(/\s+/).length <= 16)) return undefined;
  return parts;
}

/**
 * A line that starts well left of a finished sentence's line begins a new block: the filing heading
 * after an indented comment ("… Release 33-8350." then "Form 10-Q for the quarter ended …" at the margin), a quoted
 * caption too ("We have been subject to cybersecurity incidents . . .", page 29", c0751 laid out).
 */
function outdentedAfterSentence(previous: string, line: string): boolean {
  return indentOf(line) + 4 <= indentOf(previous) && opensAfterSentence(previous, line);
}

/**
 * A line left of a numbered block's hanging text, after a finished sentence of it, begins a new block: the answer at the margin
 * under a comment whose number hangs in a cell of its own ("2. The bullet points on page 1 present …" / "   … to prevent undue
 * prominence." / "The Company acknowledges the Staff's comment. …", c0583 dumped by html2text, with no blank line between).
 */
function outOfHangingText(previous: string, line: string, hangingColumn: number): boolean {
  return hangingColumn > 0 && indentOf(previous) === hangingColumn && indentOf(line) < hangingColumn && opensAfterSentence(previous, line);
}

/**
 * A paragraph's first line indented and the next at the margin, as wide and no title: one paragraph ("      We have reviewed
 * your filing … comments." / "Where indicated, we think you should revise …", the staff's letters as EDGAR served them as
 * text before 2011), not a block's end and a new block (outdentedAfterSentence).
 * @param previousAfterBlank the line above opens its paragraph: a blank line or the page's top above it
 */
function firstLineIndented(previousAfterBlank: boolean, line: string, wrapWidth: number): boolean {
  return previousAfterBlank && runsToTheWrap(line, wrapWidth) && !isTitleCase(line) && !isPagedHeading(line);
}

/** The wrap width of a short letter's body, the lines under its salutation (0: none, or no salutation on the page). */
function bodyWrapWidth(lines: readonly string[]): number {
  const salutation = lines.findIndex((line) => SALUTATION_LINE.test(line));
  return salutation >= 0 ? detectWrapWidth(lines.slice(salutation + 1), SHORT_BODY_LINES) : 0;
}

/** Fewest lines a page's wrap width is told from, and a short letter's body under its salutation (a few lines of prose). */
const MIN_LINES_FOR_WRAP = 8;
/** Fewest lines near the wrap that tell a wrapped text among many short lines. */
const MIN_WRAPPED_AMONG_SHORT = 20;
const SHORT_BODY_LINES = 4;

/**
 * The width a hard-wrapped text was wrapped at, or 0 when its lines are not wrapped
 * (one paragraph per line, as in 2017-21vianet-corresp.txt).
 */
function detectWrapWidth(lines: readonly string[], fewest = MIN_LINES_FOR_WRAP): number {
  const width = wrapWidthOf(lines, fewest);
  if (width > 0) return width;
  // A table wider than the text, its rows past the width (html2text leaves them unwrapped: c0155's rows of 150 characters, a
  // tenth of its lines), hides the width: read it from the other lines, those with no two wide gaps between cells.
  const prose = lines.filter((line) => !TABLE_ROW.test(line));
  return prose.length < lines.length ? wrapWidthOf(prose, fewest) : 0;
}
/** A gap between a table's cells laid out as text: three spaces (or no-break spaces) or more between words. */
const CELL_GAP = String.raw`\S[ \u00a0]{3,}\S`;
/** A table's row laid out as text: two cell gaps. */
const TABLE_ROW = new RegExp(`${CELL_GAP}.*${CELL_GAP}`);
const ONE_CELL_GAP = new RegExp(CELL_GAP);

/**
 * A table's row wider than the text: past the wrap by a fifth, a wide gap between cells (of spaces, or html2text's no-break
 * spaces). No prose wrapped there, so nothing goes on from it (c0525 dumped by w3m and html2text).
 */
const tableRowPastTheWrap = (line: string, wrapWidth: number) => line.trimEnd().length > wrapWidth * 1.2 && ONE_CELL_GAP.test(line);

/** detectWrapWidth of these lines as they are. */
function wrapWidthOf(lines: readonly string[], fewest: number): number {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < fewest) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (p90 < 40 || p90 > 160) return 0;
  const nearMax = lengths.filter((n) => n >= p90 * 0.8 && n <= p90 * 1.1).length;
  if (nearMax / lengths.length >= 0.3) return p90;
  // Many short lines (a table's rows, headings, an address) among the wrapped ones: the wrapped lines still fill most of the
  // lines of more than half the width (c0066 dumped by lynx: 56 of 289 lines near the wrap, 56 of 67 beyond half of it).
  const halfWide = lengths.filter((n) => n >= p90 * 0.5).length;
  return nearMax >= MIN_WRAPPED_AMONG_SHORT && nearMax / halfWide >= 0.6 ? p90 : 0;
}
