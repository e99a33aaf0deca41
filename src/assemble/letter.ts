// Owns assembling the output Letter from the classified lines and the planned structure.
import { analyzeComment } from '../analyze/comment.js';
import { priorCommentNumbers } from '../prior-comments.js';
import { letterContext } from '../analyze/citations.js';
import type { Classified, ClassifiedLine } from '../classify/index.js';
import { isDateAlone, SIGNATURE_START } from '../classify/letter-parts.js';
import { pageRefOf } from '../classify/heading.js';
import { type Warning, WarningCode } from '../errors.js';
import type { CommentJson, LetterJson } from '../schema.js';
import type { Source } from '../source.js';
import { CURRENT_REPORT_FORMS, EDGAR_DOCUMENT_HEADER, PERIODIC_FORMS, RE_IN_RUNNING_TEXT, SALUTATION_IN_RUNNING_TEXT } from '../vocabulary.js';
import { answersCommentLetter, decideCategory, decideKind, isOrder, supplementsReview, type LetterKind } from './kind.js';
import {
  readCompany, readDate, readFileNumbers, readFilings, readFollowedUp, readInReplyTo, readOffice, readRunningHeaderDate, readStaffContacts, subjectLines,
} from './metadata.js';
import { readCc, readHeadCc, readSignatories, withLetterheadTitles } from './signature-block.js';
import { type ChainHeading, joinWrappedHeadings, nestHeadings, printedHeadings, styleHierarchy } from './heading-chain.js';
import { joinPieces, joinTexts, type LinePiece, wholeLines } from './paragraphs.js';
import { type CommentPlan, planStructure, type Structure } from './structure.js';

/** What the caller knows about the input that the text does not say. */
export interface BuildInput {
  file: string;
  sha256: string;
  version: string;
}

/**
 * Build the output letter.
 * @param classified classified lines of the normalised text
 * @param source the loaded source (format, pages, EDGAR header)
 */
export function buildLetter(classified: Classified, source: Source, input: BuildInput): LetterJson {
  const lines = classified.lines;
  const whole = planLetter(classified, source);
  const { next } = whole;
  // Another letter in the file: this letter ends where the other's head begins, so that neither the other's comments nor its
  // answers' labels (which vote for who wrote this one) are read as this one's.
  const cut = next !== undefined ? headStartAbove(lines, next) : lines.length;
  const { votes, structure } = cut > classified.bodyStart && cut < lines.length ? planLetter({ ...classified, lines: lines.slice(0, cut) }, source) : whole;
  const warnings: Warning[] = [];

  const head = lines.slice(0, structure.bodyStart);
  const subject = subjectLines(lines, structure.bodyStart);
  const preambleText = joinPieces(lines, [...wholeLines(structure.bodyStart, structure.preambleEnd - 1), ...(structure.leadIn ? wholeLines(structure.leadIn.from, structure.leadIn.to) : [])]);
  const attachmentStarts = findAttachments(lines, structure.closingStart);
  // A title read as a running header (printed again over each page of its document) is the document's title where it opens it:
  // words of the output, no longer page furniture (verify.ts checks the output against the lines that are not).
  for (const start of attachmentStarts) if ((lines[start] as ClassifiedLine).furniture) lines[start] = { ...(lines[start] as ClassifiedLine), furniture: false };
  const closingEnd = attachmentStarts[0] ?? lines.length;
  // The letter's own closing, where its signature and copies are: not another letter's head and signature after it (its words are
  // still the closing's text: nothing lost).
  const ownClosingEnd = Math.min(closingEnd, Math.max(cut, structure.closingStart));
  const closingLines = lines.slice(structure.closingStart, ownClosingEnd);
  const bodyText = lines.slice(structure.bodyStart, structure.closingStart + 4).map((l) => l.line.text).join('\n');
  const hasComments = structure.comments.length > 0;
  let kind: LetterKind = votes.response > votes.staff ? 'response' : votes.staff > votes.response ? 'staff' : 'unknown';
  const decided = decideCategory(hasComments, bodyText);
  // A response with no numbered comments answers the staff's letter only when it says so, or supplements the staff's review (a plain
  // company letter is unknown).
  const answersUnnumbered = !hasComments && kind === 'response' && decided === 'other' && answersCommentLetter(preambleText);
  const category = answersUnnumbered ? 'comments' : decided;
  if (!hasComments && kind === 'response' && !answersUnnumbered && !(decided === 'other' && supplementsReview(preambleText))) kind = 'unknown';
  if (!hasComments && kind === 'staff' && category === 'other' && (votes.staff < 4 || isOrder(bodyText))) kind = 'unknown';

  if (!structure.numbered) {
    warnings.push({ code: WarningCode.UNNUMBERED, message: `the letter does not number its comments; ${structure.comments.length} numbered in order` });
  }
  const filings = readFilings(subject);
  const comments = buildComments(classified, structure.comments, kind === 'response', filings, warnings);
  const date = readDate(head) ?? readRunningHeaderDate(lines);
  const salutationLine = head.findLast((l) => l.salutation);
  // Without a Re: block, the "File No." lines of the head (a Commission order's caption, 2020-carrier-staffaction).
  // (Not from page furniture: a browser's stamp prints the letter's web address, "edgar/data/1234567/…".)
  const fileNumbers = readFileNumbers(subject.length > 0 ? subject : head.filter((l) => !l.furniture).map((l) => l.line.text));
  for (const n of source.edgar?.fileNumbers ?? []) if (fileNumbers.length === 0) fileNumbers.push(n);
  const signatories = withLetterheadTitles(readSignatories(closingLines, kind === 'staff'), head);
  const closingText = joinPieces(lines, wholeLines(structure.closingStart, closingEnd - 1));
  const attachments = attachmentStarts.map((start, k) => ({
    title: (lines[start] as ClassifiedLine).line.text.trim(),
    text: joinPieces(lines, wholeLines(start + 1, (attachmentStarts[k + 1] ?? lines.length) - 1)),
  }));
  const ownClosingText = ownClosingEnd === closingEnd ? closingText : joinPieces(lines, wholeLines(structure.closingStart, ownClosingEnd - 1));
  const staffContacts = kind === 'staff' ? readStaffContacts([ownClosingText, preambleText], signatories[0]?.name ?? null) : [];
  if (next !== undefined) {
    const where = next.line < structure.closingStart ? "this letter's comments" : attachmentStarts[0] !== undefined && next.line >= attachmentStarts[0] ? 'the attachments' : 'the closing';
    warnings.push({
      code: WarningCode.SEVERAL_LETTERS,
      message: `the file holds another letter ("${next.salutation}"): its words are in ${where}, its comments are not read`,
      offset: lineOf(lines, next.line).start + next.at,
    });
  }

  return {
    schemaVersion: 1,
    source: {
      file: input.file,
      format: source.format,
      container: source.edgar ? 'edgar' : null,
      sha256: input.sha256,
      pages: source.pages ?? lines.reduce((most, l) => Math.max(most, l.page), 1),
      edgar: source.edgar
        ? {
            cik: source.edgar.cik ?? null,
            accession: source.edgar.accession ?? null,
            formType: source.edgar.formType ?? null,
            filedOn: source.edgar.filedOn ?? null,
          }
        : null,
    },
    letter: {
      kind,
      category,
      date,
      company: readCompany(subject, head, preambleText) ?? source.edgar?.company ?? null,
      subject: subject.length > 0 ? subject.join('\n') : null,
      filings,
      fileNumbers,
      // A staff letter's first comments may name the letter it follows up where its preamble does not: the heading over them
      // ("Response Dated May 13, 2019", c0551, blind round 122), else their words (c1163).
      // A staff letter's Re: block line "Response dated July 29, 2016" names it before the preamble's "our references to prior comments
      // are to comments in our June 30, 2016 letter" (c1152, blind round 127).
      inReplyTo:
        (kind === 'staff' ? readInReplyTo(subject.filter((line) => CORRESPONDENCE_HEADING.test(line.trim()))) : null) ??
        readInReplyTo([preambleText, subject.join(' ')]) ??
        (kind === 'staff' ? (readInReplyTo((comments[0]?.headings ?? []).filter((h) => CORRESPONDENCE_HEADING.test(h))) ?? readFollowedUp(comments.slice(0, 3).map((c) => c.text), date)) : null),
      salutation: salutationLine ? salutationLine.line.text : null,
      signatories,
      office: readOffice(head, closingLines, kind === 'staff'),
      staffContacts,
      cc: [...readHeadCc(head), ...readCc(closingLines, kind === 'staff')],
      head: joinPieces(lines, wholeLines(0, structure.bodyStart - 1)),
    },
    preamble: preambleText,
    comments,
    closing: closingText,
    attachments,
    parser: { name: 'corresp', version: input.version },
    warnings: warnings.map((w) => ({ ...w })),
  };
}

/**
 * The title line of a document appended to a letter: "Exhibit A", "EXHIBIT B", "Attachment 1 – Revised Disclosure", "Annex A:
 * Proposed Disclosure" (the word, its letter or number, then the line ends or a dash or colon gives its name), not a line that
 * only lists it ("Exhibit A attached for proposed disclosure enhancements", c1129); "Appendix:" alone over its document (c0740);
 * "ACKNOWLEDGEMENT" over the company's signed acknowledgement, appended to a law firm's response (before 2016). Not a filing's
 * exhibit named by its dotted number ("Exhibit 96.1 - Table 19.3 -- LOM Plan Summary", a table's caption inside an appendix, c0527).
 */
const ATTACHMENT_TITLE = /^(?:Exhibit|Attachment|Annex|Appendix|Schedule|Enclosure|Tab)\s+(?:[A-Z]|\d{1,2}(?!\.\d)|[IVX]{1,4})(?:\s*(?:[:.\-–—]\s*\S.{0,100})?)$|^(?:Appendix|Annex):?$|^(?:(?:The\s+)?Company['’]s\s+)?Acknowledge?ment(?:\s+Letter)?$/i;

/**
 * Where the documents appended after the letter's sign-off start ("Sincerely, … cc: …", then "Exhibit A" over proposed
 * disclosure: c1129, c0702, c0819): each title line after the first sign-off of the closing. None without a sign-off.
 */
function findAttachments(lines: readonly ClassifiedLine[], closingStart: number): number[] {
  const signOff = signOffAt(lines, closingStart);
  if (signOff < 0) return [];
  const out: number[] = [];
  const titled = new Set<string>();
  /** The title of the document being read. */
  let current: string | undefined;
  for (let i = signOff + 1; i < lines.length; i++) {
    const entry = lines[i] as ClassifiedLine;
    const title = entry.line.text.trim();
    if (!ATTACHMENT_TITLE.test(title)) continue;
    // A title printed again at the top of each of its document's pages is read as a running header: its first printing opens the
    // document ("Appendix A" over a table, then over each page of it, c0527), the others stay the pages' furniture; not read so
    // (flattened, blind round 115), a printing right under the document it titles is that document's words still.
    const key = title.toLowerCase();
    if (titled.has(key) && (entry.furniture || key === current)) continue;
    titled.add(key);
    current = key;
    out.push(i);
  }
  return out;
}

/** Who wrote the letter, by votes, and its layout; where another letter starts in it, if one does (nextLetterAt). */
function planLetter(classified: Classified, source: Source): { votes: { staff: number; response: number }; structure: Structure; next: NextLetter | undefined } {
  const lines = classified.lines;
  const labels = lines.filter((l, i) => i >= classified.bodyStart && l.responseLabel && !l.furniture).length;
  const votes = decideKind(classified, source.edgar, labels);
  const answersComments = votes.response > votes.staff;
  const structure = planStructure(classified, answersComments);
  const greeted = lines.slice(0, structure.bodyStart).some((l) => l.salutation);
  return { votes, structure, next: nextLetterAt(lines, structure.bodyStart, structure.closingStart, greeted) };
}

/** The longest line of a letter's head above its salutation (a date, an addressee's line, a Re: block's). */
const HEAD_LINE_CHARS = 160;

/**
 * Where the head of another letter begins: where the loader found it (Line.letterStart: flattened text, its head opened by an EDGAR
 * document header, the staff logo text or its date); else its salutation's line where the salutation is inside a line, else the
 * first of the short lines right above it (addressee, Re: block), at most RE_LINE_REACH of them, up to its date.
 */
function headStartAbove(lines: readonly ClassifiedLine[], next: NextLetter): number {
  for (let i = next.line; i >= 0; i--) if ((lines[i] as ClassifiedLine).line.letterStart === true) return i;
  if ((lines[next.line] as ClassifiedLine).line.text.slice(0, next.at).trim() !== '') return next.line;
  let start = next.line;
  while (start > next.line - RE_LINE_REACH && start > 0) {
    const above = lines[start - 1] as ClassifiedLine;
    // Not into the letter before: its sign-off or its copies ("cc: Jenifer Broder" right above the next letter's date).
    if (above.line.text.length > HEAD_LINE_CHARS || above.signOff || above.cc) break;
    start--;
    // A head opens with its date, or with an EDGAR document header or the staff template's mail stop a few lines above it.
    if (isDateAlone(above.line.text.trim())) return headOpeningAbove(lines, start) ?? start;
  }
  return start;
}

/** A line that opens a letter's head above its date: an EDGAR document header ("CORRESP 1 filename1.htm"), the staff template's "Mail Stop 4628". */
const HEAD_OPENING_LINE = new RegExp(String.raw`^(?:${EDGAR_DOCUMENT_HEADER}|Mail\s+Stop\s+\d{3,4})$`, 'i');
/** How many lines above its date a head's opening may stand (a company's letterhead: its name and address). */
const HEAD_OPENING_REACH = 6;

/** The head's opening line above its date line (HEAD_OPENING_LINE), not past the letter before's sign-off or copies; undefined: none. */
function headOpeningAbove(lines: readonly ClassifiedLine[], date: number): number | undefined {
  for (let i = date - 1; i >= Math.max(0, date - HEAD_OPENING_REACH); i--) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.signOff || entry.cc) return undefined;
    if (HEAD_OPENING_LINE.test(entry.line.text.trim())) return i;
  }
  return undefined;
}

/**
 * The closing's first sign-off line (-1: none). A company's signature block may have no sign-off: "MARSH & McLENNAN COMPANIES,
 * INC." / "By: /s/ Stacy Mills" (c0132): its signature then.
 */
function signOffAt(lines: readonly ClassifiedLine[], closingStart: number): number {
  return lines.findIndex((entry, i) => i >= closingStart && !entry.furniture && (entry.signOff || SIGNATURE_START.test(entry.line.text.trim())));
}

/** A salutation inside a line, as a flattened letter prints the next letter's (vocabulary.ts SALUTATION_IN_RUNNING_TEXT). */
const SALUTATION_IN_LINE = new RegExp(SALUTATION_IN_RUNNING_TEXT, 'u');

/** Where another letter starts: its salutation's line, the salutation's place in it, and the salutation. */
interface NextLetter {
  line: number;
  at: number;
  salutation: string;
}

/** A Re: block's word inside a flattened line (vocabulary.ts RE_IN_RUNNING_TEXT). */
const RE_BEFORE = new RegExp(RE_IN_RUNNING_TEXT);

/** How far above a salutation a letter's Re: line may stand (its subject block, the addressee's lines). */
const RE_LINE_REACH = 12;

/**
 * Where another letter starts in this one: a salutation that greets a reader again (a file holding two letters, or an earlier
 * letter appended as an exhibit, c0819). A letter greets its reader once, above its body; its closing and appendices do not, so
 * any salutation there is another letter's. In the body, where another letter may run on from the last answer (a response then
 * another response), only one under a Re: line (in its line, or within RE_LINE_REACH lines above): a letter's head, not a
 * greeting quoted in proposed disclosure ("Dear Fellow Stockholders:"). (The closing is read from its start, not its sign-off: a
 * flattened letter's sign-off runs on in one line with the next letter's head.)
 * @param greeted the letter's head holds its salutation
 * @returns the salutation's line and its place in the line, if any
 */
function nextLetterAt(lines: readonly ClassifiedLine[], bodyStart: number, closingStart: number, greeted: boolean): NextLetter | undefined {
  // A letter whose head was read without its salutation meets it first in the body (a head read short, or run on in one line with
  // the first paragraphs: c1112 dumped by html2text): that one is its own.
  let ownAhead = !greeted;
  let reLine = Number.NEGATIVE_INFINITY;
  for (let i = bodyStart; i < lines.length; i++) {
    const entry = lines[i] as ClassifiedLine;
    const text = entry.line.text;
    // Where the loader found another letter (Line.letterStart), named by its salutation, or by its first words where it greets nobody.
    if (entry.line.letterStart === true && i > 0) return greetingFrom(lines, i);
    if (entry.reLine) reLine = i;
    const headAbove = i >= closingStart || i - reLine <= RE_LINE_REACH;
    let found: NextLetter | undefined;
    // A salutation printed twice is read as page furniture (a letter filed twice over in one file): still a letter's.
    if (entry.salutation && headAbove) found = greetingLine(i, text);
    const inLine = found !== undefined || entry.furniture ? null : SALUTATION_IN_LINE.exec(text);
    if (inLine && (headAbove || RE_BEFORE.test(text.slice(0, inLine.index)))) found = greetingMatched(i, inLine);
    if (found === undefined) continue;
    if (!ownAhead) return found;
    ownAhead = false;
  }
  return undefined;
}

/** The other letter that starts at line `start`: at its salutation (within its head's reach), else at its first line, named by its words. */
function greetingFrom(lines: readonly ClassifiedLine[], start: number): NextLetter {
  for (let i = start; i < Math.min(lines.length, start + 2 * RE_LINE_REACH); i++) {
    const text = (lines[i] as ClassifiedLine).line.text;
    if ((lines[i] as ClassifiedLine).salutation) return greetingLine(i, text);
    const inLine = SALUTATION_IN_LINE.exec(text);
    if (inLine) return greetingMatched(i, inLine);
  }
  const first = (lines[start] as ClassifiedLine).line.text.trim();
  return { line: start, at: 0, salutation: first.length > 60 ? `${first.slice(0, 60)}…` : first };
}

/** Line `i`, a salutation of its own, as another letter's start. */
function greetingLine(i: number, text: string): NextLetter {
  return { line: i, at: text.length - text.trimStart().length, salutation: text.trim() };
}

/** The salutation SALUTATION_IN_LINE found inside line `i`, as another letter's start. */
function greetingMatched(i: number, m: RegExpExecArray): NextLetter {
  const salutation = m[1] as string;
  return { line: i, at: m.index + m[0].length - salutation.length, salutation };
}

/** A heading that names the company's letter a staff letter's comments follow up: "Response Dated May 13, 2019", "Response Letter Dated …". */
const CORRESPONDENCE_HEADING = /^(?:Response|Letter|Correspondence)\b[^.]{0,40}\bdated\b/i;

/** A report already filed, periodic or current, not its amendment: "10-K", "8-K", not "10-K/A". */
const FILED_REPORT = new RegExp(String.raw`^(?:${PERIODIC_FORMS}|${CURRENT_REPORT_FORMS})\b(?!\/A)`, 'i');

/** The letter reviews only reports already filed (annual, quarterly, current), not a registration or proxy statement still being amended. */
export function reviewsReports(filings: readonly { form: string | null }[]): boolean {
  return filings.length > 0 && filings.every((f) => f.form !== null && FILED_REPORT.test(f.form));
}

/** The words above a comment's number and those after it: one sentence when it runs on in lower case across the number and the page break. */
function joinAcrossNumber(above: string, after: string): string {
  if (above === '' || after === '') return above + after;
  return /^\p{Ll}/u.test(after) && !/[.?!:]["”’)]*$/.test(above) ? `${above} ${after}` : `${above}\n\n${after}`;
}

function buildComments(classified: Classified, plans: readonly CommentPlan[], answers: boolean, filings: readonly { form: string | null }[], warnings: Warning[]): CommentJson[] {
  const reports = reviewsReports(filings);
  const lines = classified.lines;
  const out: CommentJson[] = [];
  let chain: ChainHeading[] = [];
  const printed = plans.map((plan) => joinWrappedHeadings(plan.headingLines.flatMap((i) => printedHeadings(lineOf(lines, i)))));
  const outer = styleHierarchy(printed.map((group) => group.map((h) => h.style)));
  // A citation may need what another part of the letter says (the C&DI set named once, cited bare after) and which schedule it reviews.
  const letter = letterContext(classified.text.value, filings.map((f) => f.form));
  plans.forEach((plan, k) => {
    const previous = plans[k - 1];
    if (plan.unnumbered) {
      warnings.push({ code: WarningCode.UNNUMBERED, message: `comment ${plan.number} has no number in the letter: numbered by its place`, offset: lineOf(lines, plan.line).start });
    }
    // Numbered afresh under another filing's or letter's heading (comment-chain.ts restartedChain): numbers repeat.
    if (previous && plan.number === 1) {
      warnings.push({ code: WarningCode.NUMBER_RESTART, message: `the comments are numbered from 1 again after comment ${previous.number}`, offset: lineOf(lines, plan.line).start });
    } else if (previous && plan.number !== previous.number + 1) {
      warnings.push({ code: WarningCode.NUMBER_GAP, message: `comment ${plan.number} follows comment ${previous.number}`, offset: lineOf(lines, plan.line).start });
    } else if (!previous && plan.number !== 1) {
      warnings.push({ code: WarningCode.NUMBER_START, message: `the first comment is numbered ${plan.number}`, offset: lineOf(lines, plan.line).start });
    }
    const printedAbove = printed[k] ?? [];
    // A heading run in before the words (structure.ts runInHeading) heads its own paragraph only: the next comment goes on under the chain without it.
    const newHeadings = plan.runIn ? [...printedAbove, { text: plan.runIn.text, style: plan.runIn.style }] : printedAbove;
    const own = nestHeadings(chain, newHeadings, outer);
    chain = plan.runIn ? nestHeadings(chain, printedAbove, outer) : own;
    const commentEnd = plan.response ? plan.response.line - 1 : plan.regionEnd;
    // Words above the number (textAbove) come first; the number's own line is its label.
    const above = plan.textAbove !== undefined ? wholeLines(plan.textAbove, plan.line - 1) : [];
    const textPieces: LinePiece[] = [...above, { index: plan.textLine, from: plan.textStart }, ...wholeLines(plan.textLine + 1, commentEnd)];
    const partsOut = plan.response && plan.parts ? answeredParts(lines, plan, textPieces) : undefined;
    const marker = lineOf(lines, plan.line).text;
    // A heading run in before the words (structure.ts runInHeading) is no part of the label.
    const labelEnd = plan.runIn?.labelEnd ?? plan.textStart;
    let label = plan.textLine === plan.line ? marker.slice(0, labelEnd).trim() : labelOf(marker, lineOf(lines, plan.textLine).text.slice(0, labelEnd));
    if (plan.labelAbove !== undefined) label = labelOf(lineOf(lines, plan.labelAbove).text, label);
    // An answer under its numbered label, the comment not repeated ("Response to Comment 4:"): the label is the answer's.
    const answerLabelled = plan.notRepeated === true && lines[plan.line]?.responseLabel !== undefined;
    if (answerLabelled) label = '';
    const text = plan.notRepeated
      ? ''
      : partsOut
        ? joinTexts(partsOut.map((part) => part.text))
        : above.length > 0
          ? joinAcrossNumber(joinPieces(lines, above), joinPieces(lines, textPieces.slice(above.length)))
          : joinPieces(lines, textPieces);
    const headings = own.map((h) => h.text);
    const r = plan.response;
    const responseText = partsOut ? joinTexts(partsOut.map((part) => part.response.text)) : r ? joinPieces(lines, [{ index: r.line, from: r.textStart }, ...wholeLines(r.line + 1, plan.regionEnd)]) : null;
    const analysis = analyzeComment({ headings, text, response: responseText }, reports, letter);
    let response: CommentJson['response'] = null;
    if (r && responseText !== null && analysis.response) {
      const responseLine = lineOf(lines, r.line);
      response = {
        // An answer by number has no label of its own: the number is the comment's.
        label: r.textStart > 0 && (!plan.notRepeated || answerLabelled) ? responseLine.text.slice(0, r.textStart).trim() : null,
        text: responseText,
        references: { citations: analysis.response.citations },
        actions: analysis.response.actions,
      };
    } else if (answers) {
      warnings.push({ code: WarningCode.NO_RESPONSE, message: `no response found for comment ${plan.number}`, offset: lineOf(lines, plan.line).start });
    }
    const pageRef = [...own].reverse().map((h) => pageRefOf(h.text)).find((p) => p !== undefined) ?? null;
    // The region is contiguous, so it covers every page from its first line's to its last's (a page
    // holding only a part of a long quotation may show no line of its own when pages are counted from footers).
    let firstPage = Infinity;
    let lastPage = 0;
    for (let i = plan.regionStart; i <= plan.regionEnd; i++) {
      if (lines[i]?.furniture) continue;
      const page = (lines[i] as ClassifiedLine).page;
      firstPage = Math.min(firstPage, page);
      lastPage = Math.max(lastPage, page);
    }
    const pages = lastPage === 0 ? [] : Array.from({ length: Math.min(lastPage - firstPage + 1, 10_000) }, (_, k) => firstPage + k);
    out.push({
      number: plan.number,
      label,
      headings,
      pageRef,
      text,
      ...(partsOut ? { parts: partsOut } : {}),
      response,
      topics: analysis.topics,
      references: { priorComments: priorCommentNumbers(`${text}\n${response?.text ?? ''}`), citations: analysis.citations },
      location: {
        start: lineOf(lines, plan.regionStart).start,
        end: lineOf(lines, plan.regionEnd).end,
        pages,
        newHeadings: newHeadings.length,
      },
    });
  });
  return out;
}

/** A label printed in pieces ("Comment #1:" / "1.", "Staff Comment" / "1."), joined by a space, empty pieces left out. */
function labelOf(...pieces: string[]): string {
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '').join(' ');
}

/**
 * The parts of a comment the company answers one by one (structure.ts findAnsweredParts), in print
 * order: each part's staff words and its answer, the first part being the comment's opening.
 */
function answeredParts(lines: readonly ClassifiedLine[], plan: CommentPlan, firstText: readonly LinePiece[]): NonNullable<CommentJson['parts']> {
  const r = plan.response as NonNullable<CommentPlan['response']>;
  const later = plan.parts ?? [];
  const starts = [{ text: firstText, response: r }, ...later.map((part) => ({ text: wholeLines(part.line, part.response.line - 1), response: part.response }))];
  return starts.map((part, k) => {
    const end = (later[k]?.line ?? plan.regionEnd + 1) - 1;
    const labelLine = lineOf(lines, part.response.line);
    return {
      text: joinPieces(lines, part.text),
      response: {
        label: part.response.textStart > 0 ? labelLine.text.slice(0, part.response.textStart).trim() : null,
        text: joinPieces(lines, [{ index: part.response.line, from: part.response.textStart }, ...wholeLines(part.response.line + 1, end)]),
      },
    };
  });
}

function lineOf(lines: readonly ClassifiedLine[], index: number) {
  const entry = lines[index];
  if (entry === undefined) throw new Error(`corresp internal error: no line ${index}`);
  return entry.line;
}
