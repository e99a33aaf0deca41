// Owns the closing of a flattened letter: the closing sentences after the last comment, the acknowledgement, the sign-off and the signature block.
import { ABBREVIATED_LEGAL_FORM, ACKNOWLEDGED_POINTS, APPENDED_DOCUMENT_WORD, ACKNOWLEDGEMENT_INTRO, ACKNOWLEDGES, CLOSING_SENTENCES, COPY_TO_WORDS, SIGN_OFF_WORDS, SIGNATURE_MARK } from '../../vocabulary.js';
import type { Marks, Tokens } from './tokens.js';
import { endsSentence, RESPONSE_SENTENCE } from './sentences.js';
import { splitSignatureLines } from './signature-lines.js';

/**
 * Closing sentences (vocabulary.ts) that flattened text leaves out: with no line starts, a staff
 * comment's "Please address the following" or the preamble's "Please respond to this letter within ten
 * business days" (c0087, c0237: no comment found, the search starts at the body) would open the closing.
 */
const NOT_CLOSING_IN_FLAT_TEXT: ReadonlySet<keyof typeof CLOSING_SENTENCES> = new Set(['pleaseAddress', 'pleaseRespond']);
/** Opening words of a letter's closing sentences, case as printed (a capital starts the sentence). */
const CLOSING_SENTENCE = new RegExp(
  `^(?:${Object.entries(CLOSING_SENTENCES)
    .filter(([name]) => !NOT_CLOSING_IN_FLAT_TEXT.has(name as keyof typeof CLOSING_SENTENCES))
    .map(([, piece]) => piece)
    .join('|')})`,
);

/**
 * Closing sentences that open with an answer's words ("We will …", RESPONSE_SENTENCE) but answer nothing: "We will be pleased to
 * respond promptly to any requests …" (c0083), "We will be reaching out to … to see if the Staff would like to discuss …" (c0224).
 */
const CLOSING_IN_ANSWER_WORDS = new RegExp(`^(?:${CLOSING_SENTENCES.wouldBePleased}|${CLOSING_SENTENCES.willReachOut})`);

/** A token of asterisks only: "*", "***". */
const STARS = /^\*+$/;

/** Where the run of asterisk tokens from `i` ends: the first token after it (`i` when token `i` is none). */
function starsEnd(tokens: Tokens, i: number): number {
  let j = i;
  while (j < tokens.length && STARS.test(tokens.text(j))) j++;
  return j;
}

/** A separator starts at `i`: three asterisks or more, as one token or several ("***", "* * *"), not a footnote's "*" (c1154). */
function separatorAt(tokens: Tokens, i: number): boolean {
  if (!STARS.test(tokens.text(i)) || STARS.test(tokens.text(i - 1))) return false;
  let stars = 0;
  const end = starsEnd(tokens, i);
  for (let j = i; j < end; j++) stars += tokens.text(j).length;
  return stars >= 3;
}

/**
 * A run of asterisks at `at` that opens a passage the next run closes, no closing sentence between: the disclosure an answer
 * sets off with "* * *" above and below ("… under “Item 1. Business.” * * * Reality Labs Products Many of our … * * *", c0020),
 * as the line rules read it (structure.ts enclosesDisclosure).
 */
function enclosesDisclosure(text: string, tokens: Tokens, at: number): boolean {
  let words = 0;
  for (let i = starsEnd(tokens, at); i < tokens.length; i++, words++) {
    if (separatorAt(tokens, i)) return words > 0;
    const sentenceStart = words === 0 || endsSentence(tokens.text(i - 1));
    if (sentenceStart && (closingSentence(text.slice(tokens.start(i), tokens.start(i) + 160)) || acknowledgement(text, tokens.start(i), ACKNOWLEDGES))) return false;
  }
  return false;
}

/** A sentence at `rest` opens the closing: a closing sentence, not an answer's first words. */
function closingSentence(rest: string): boolean {
  return CLOSING_SENTENCE.test(rest) && (!RESPONSE_SENTENCE.test(rest) || CLOSING_IN_ANSWER_WORDS.test(rest));
}

/** The label over a company's acknowledgement, as a line of its own: "Harris Acknowledgement :", "Acknowledgements:" (c1071). */
const ACKNOWLEDGEMENT_LABEL = /^(?:[A-Z][\w&.’'-]*\s+){0,3}(?:Acknowledge?ments?|ACKNOWLEDGE?MENTS?)\s*:$/;
/** The most words such a label runs to. */
const ACKNOWLEDGEMENT_LABEL_WORDS = 5;

/** Where a label over the acknowledgement that starts at token i starts, after a finished sentence (the longest such label); undefined: none there. */
function acknowledgementLabelBefore(tokens: Tokens, i: number): number | undefined {
  for (let k = Math.max(1, i - ACKNOWLEDGEMENT_LABEL_WORDS); k < i; k++) {
    if (ENDS_SENTENCE.test(tokens.text(k - 1)) && ACKNOWLEDGEMENT_LABEL.test(tokens.texts.slice(k, i).join(' '))) return k;
  }
  return undefined;
}

/**
 * Not at a sentence start: only the company's name before the words ("The company acknowledges that:", "BB&T acknowledges that:"),
 * after the lead-in a letter may give it ("… NM Not Meaningful In connection with the Company’s response to your comments, the
 * Company acknowledges that: …", c0066).
 */
const ACKNOWLEDGES_AFTER_TABLE = new RegExp(
  String.raw`^(?:In connection with [^,.]{1,80},\s+)?(?:[Tt]he\s+)?(?:[Cc]ompany|[A-Z][\w&’'-]*)(?:\s+(?:${ABBREVIATED_LEGAL_FORM})\.|\s+[A-Z][\w&’'-]*){0,3}\s+(?:hereby\s+)?${ACKNOWLEDGEMENT_INTRO}`,
);
/** The company's acknowledgement of the staff's three points starts at `start` (vocabulary.ts). */
function acknowledgement(text: string, start: number, opening: RegExp): boolean {
  const sentence = text.slice(start, start + 400);
  return opening.test(sentence) && ACKNOWLEDGED_POINTS.test(sentence);
}

/**
 * The staff's contact paragraph, a staff member's number at the Commission ((202) 551-…): the closing's, wherever the sentence before
 * ends ("… Equals: Goodwill recognized at the acquisition date ASC 805-30-30-1 You may contact Bonnie Baynes, Staff Accountant, at
 * (202) 551-4924 …", after a table a comment quotes, c0144).
 */
const STAFF_CONTACT = new RegExp(String.raw`^(?:${CLOSING_SENTENCES.pleaseContact}).{0,120}?\(?202\)?[\s.-]{0,2}551[\s.-]`);
/** The staff's own closing paragraphs, in words no comment or answer uses: they open the closing after a comment whose last sentence has no full stop ("… Disclosure Interpretations In closing, we remind you …", c0721). */
const STAFF_CLOSING = new RegExp(String.raw`^(?:${CLOSING_SENTENCES.inClosing}|${CLOSING_SENTENCES.urgeAllPersons})`);
/** A table's last cell: a figure, a dash or a currency sign ("$ -", "1,054", "(273)", "0.2%"), a percent sign printed apart ("10.5 %", c0969). */
const TABLE_CELL = /^(?:[-–—$%]|\(?[$]?\d[\d,.]*\)?%?)$/;

/**
 * A table's last row ending in footnote marks, two cells of "*" after a label ("… Total financial assets under management * *
 * Please contact …", c0041), not the row of three asterisks that opens a closing.
 */
function footnoteMarkCells(tokens: Tokens, i: number): boolean {
  return tokens.text(i - 1) === '*' && tokens.text(i - 2) === '*' && tokens.text(i - 3) !== '*' && !/[.?!:]["”’)]*$/.test(tokens.text(i - 3));
}

/**
 * A sign-off between words of flattened text: only those that are nothing else ("Sincerely,"), case as printed, and a name or
 * "/s/" after it, not a sentence going on in lower case ("CATERPILLAR RESPONSE: Respectfully, we do not believe …", c0480).
 */
export const SIGN_OFF_IN_TEXT = new RegExp(`(?<=^|\\s)(?:${SIGN_OFF_WORDS})\\s*[,.]?(?=\\s|$)(?!\\s*\\p{Ll})`, 'gu');

/**
 * The sign-off of an order or a letter signed under delegated authority, whole: "For the Commission, by the Division of Corporation
 * Finance, pursuant to delegated authority." (c0283; its first words alone are ordinary words, SIGN_OFF_ON_ITS_OWN_LINE).
 */
export const SIGNED_FOR_THE_COMMISSION = /(?<=^|\s)For the Commission, by the Division of [^.]{1,120}?, pursuant to delegated authority\.(?=\s|$)/g;

/** A rule to sign on: five or more dots, ellipses or underscores; or a text dump's rule, of equals signs, dashes or box-drawing lines (html2text's "=====" after the copies, c1008). */
const SIGNATURE_RULE = /^(?:[._…]{5,}|={5,}|-{5,}|[─━═]{5,})$/;

/** A signature with no sign-off above it: "By: /s/", "/s/" (matched empty: the signature's first line starts there). */
const SIGNED_BY = new RegExp(String.raw`(?<=^|\s)(?=(?:By:?\s+)?${SIGNATURE_MARK})`, 'g');

/**
 * What starts a line of the signature block: "/s/", the staff's "Division of Corporation Finance" and "Office of …" (as offices were
 * named until about 2012: "AD Office 11 – Telecommunications", c0533), a copy-to list, "Enclosures", "Attachments:".
 */
const SIGNATURE_BLOCK_PART = new RegExp(
  // "By: /s/" is one line, "By:" its start (a signature block of several companies: "… Title: Managing Director BOFA SECURITIES, INC.
  // By: /s/ …", c0621).
  String.raw`(?<=\s)(?:By:?(?=\s+${SIGNATURE_MARK})|(?<!\bBy:?\s+)${SIGNATURE_MARK}|Division of Corporation Finance|Office of|AD Office\s+\d{1,2}|Disclosure Review Program|(?:${COPY_TO_WORDS})\s*:|Enclosures?\s*:?|Attachments?\s*:)(?=\s|$)` +
    // A page's bracketed legend ("[Signature Page to Acceleration Request]", c0079) and a telephone number after a title ("… General Counsel (972) 891-7076", c0321): lines of their own, as printed.
    String.raw`|(?<=\s)\[\s*Signature\s+Page\b|(?<=\s)\(\d{3}\)\s?\d{3}-\d{4}(?=\s|$)` +
    // A delivery legend after the copies, a page's footer ("… Meta Platforms, Inc. VIA EDGAR December 29, 2021", c0410): a line of its own.
    String.raw`|(?<=\s)(?:VIA|Via) EDGAR\b`,
  'gi',
);

/** A word that ends a sentence: a full stop, a question or an exclamation mark, or the ellipsis that ends a quoted excerpt ("… improved comparability of underlying operating results…", c0386). */
const ENDS_SENTENCE = /[.?!…]["”’)]*$/;

/** The staff's signature without a sign-off above it: "… with any questions. Division of Corporation Finance Office of …" (c0078). */
const SIGNED_BY_THE_DIVISION = /(?<=[.?!]["”’)]*\s+)(?=Division of Corporation Finance\b)/g;

/**
 * The closing: closing sentences after the last comment, the sign-off, "/s/" signatures,
 * the staff's "Division of Corporation Finance" / "Office of …" lines and "cc:".
 */
export function splitClosing(text: string, tokens: Tokens, at: (offset: number) => number, from: number, splits: Marks): void {
  const fromOffset = from < tokens.length ? tokens.start(from) : text.length;
  let quoting = false;
  for (let i = from + 1; i < tokens.length; i++) {
    const start = tokens.start(i);
    // "… under “Item 2. Management’s Discussion …”:" then "* * *": the asterisks open the disclosure the answer quotes and the
    // next ones close it; neither opens the closing (c0570), as the line rules read them (structure.ts findClosing).
    if (separatorAt(tokens, i) && (quoting || /:["”’)]*$/.test(tokens.text(i - 1)) || enclosesDisclosure(text, tokens, i))) {
      quoting = !quoting;
      i = starsEnd(tokens, i) - 1;
      continue;
    }
    // A rule of underscores before the closing's first sentence opens the closing, a line of its own ("… green shading.
    // ______ If you have any questions …", c0527), as the asterisks do.
    if (/^_{10,}$/.test(tokens.text(i)) && i + 1 < tokens.length && ENDS_SENTENCE.test(tokens.text(i - 1)) && CLOSING_SENTENCE.test(text.slice(tokens.start(i + 1), tokens.start(i + 1) + 80))) {
      splits.add(i);
      splits.add(i + 1);
      break;
    }
    const rest = text.slice(start, start + 160);
    // A page's number between the last answer's full stop and the closing's first words ("… Growth Investments. 7 We hope that
    // the foregoing has been responsive …", c0983): the number a line of its own, the closing after it.
    if (/^\d{1,3}$/.test(tokens.text(i - 1)) && ENDS_SENTENCE.test(tokens.text(i - 2)) && /^\p{Lu}/u.test(tokens.text(i)) && closingSentence(rest)) {
      splits.add(i - 1);
      splits.add(i);
      break;
    }
    // After a table the sentence before has no full stop: the acknowledgement's own words mark its start, and a closing
    // sentence's after a table's last cells ("… Net Sales $ - $ - We appreciate the Staff’s time and attention …", c0496;
    // not after a running header's "Page 3").
    if (!ENDS_SENTENCE.test(tokens.text(i - 1)) && tokens.text(i) !== '*') {
      // The staff's contact paragraph or closing paragraph after words that end no sentence (a table's, a running header's, a
      // comment's last sentence printed without its full stop) is the closing's; the sentences after it are read on, as its
      // paragraphs may be.
      if (STAFF_CONTACT.test(rest) || STAFF_CLOSING.test(rest)) {
        splits.add(i);
        continue;
      }
      if (acknowledgement(text, start, ACKNOWLEDGES_AFTER_TABLE) || ((TABLE_CELL.test(tokens.text(i - 1)) && TABLE_CELL.test(tokens.text(i - 2))) || footnoteMarkCells(tokens, i)) && closingSentence(rest)) {
        splits.add(acknowledgementLabelBefore(tokens, i) ?? i);
        splits.add(i);
        break;
      }
      continue;
    }
    // An answer may open with closing-like words ("Thank you for your comment."): the closing starts after it, as in the line rules.
    if (closingSentence(rest) || acknowledgement(text, start, ACKNOWLEDGES)) {
      splits.add(i);
      // A page's number printed before the closing's first words, after the asterisks or not ("***** 4 Should the Staff …", c0664;
      // "… future earnings releases. 3 General As requested, we acknowledge that:", c0272): a line of its own.
      const after = starsEnd(tokens, i);
      if (/^\d{1,3}$/.test(tokens.text(after)) && /^\p{Lu}/u.test(tokens.text(after + 1))) {
        splits.add(after);
        splits.add(after + 1);
      }
      break;
    }
  }
  /** The sign-off at `start` and its signature block up to `end`: the sign-off a line of its own, the block's parts ("By:", "Name:", "Title:") each too. */
  const splitSignOff = (start: number, length: number, end: number) => {
    splits.add(at(start));
    if (length > 0) splits.add(at(start + length));
    for (const m of text.slice(start, end).matchAll(SIGNATURE_BLOCK_PART)) {
      const i = at(start + m.index);
      if (i < tokens.length) splits.add(i);
    }
  };
  const signOffs = [...text.slice(fromOffset).matchAll(SIGN_OFF_IN_TEXT)];
  let last: RegExpExecArray | undefined = signOffs.at(-1);
  // Two parties signing one after the other, each under its own sign-off ("Very truly yours, CITIGROUP INC. By: /s/ Barbara Politi
  // Name: … Title: … Very truly yours, CITIGROUP GLOBAL MARKETS HOLDINGS INC. By: /s/ Alexia Breuvart …", c0543, blind round 105):
  // the block under an earlier sign-off, a signature's words only up to the next, is split as the last one is, its lines read up to the next.
  signOffs.forEach((m, k) => {
    const next = signOffs[k + 1];
    if (next === undefined) return;
    const start = fromOffset + m.index;
    const end = fromOffset + next.index;
    const block = text.slice(start + m[0].length, end);
    if (block.length > STACKED_SIGNATURE_CHARS || !/\/s\/|\bBy:/.test(block)) return;
    splitSignOff(start, m[0].length, end);
    splitSignatureLines(tokens, at(start + m[0].length), splits, at(end));
  });
  // A letter appended after the signature and cc list signs off too (an earlier response attached as "Exhibit C", c0819; the
  // target's own response as "ANNEX A", c1017, both flattened): the letter's sign-off is the last before the first appended
  // document's title after a sign-off, the appended letter's stays in its document.
  const first = signOffs[0];
  const firstAppended = first !== undefined && signOffs.length > 1 ? appendedTitleAfter(text.slice(fromOffset), first.index) : undefined;
  if (firstAppended !== undefined && last !== undefined && last.index > firstAppended) last = signOffs.filter((m) => m.index < firstAppended).at(-1);
  for (const m of text.slice(fromOffset).matchAll(SIGNED_FOR_THE_COMMISSION)) if (last === undefined || m.index > last.index) last = m;
  // No sign-off: a company's "By: /s/ … Name: … Title: …" block alone (c0370, c0718, c1170) starts at its last "By:" or "/s/".
  if (last === undefined) {
    for (const m of text.slice(fromOffset).matchAll(SIGNED_BY)) last = m;
    if (last === undefined) for (const m of text.slice(fromOffset).matchAll(SIGNED_BY_THE_DIVISION)) last = m;
    if (last === undefined) return;
  }
  const signStart = fromOffset + last.index;
  splitSignOff(signStart, last[0].length, text.length);
  const tail = text.slice(signStart);
  // The rule a signature is written on, of dots or underscores, is a line of its own, as printed ("Very truly yours, ResMed Inc.
  // …………………… Brett Sandercock Chief Financial Officer", c0804; "/S/ Brett Sandercock ………… Chief Financial Officer", c0188).
  for (let i = at(signStart); i < tokens.length; i++) {
    if (!SIGNATURE_RULE.test(tokens.text(i))) continue;
    splits.add(i);
    splits.add(i + 1);
  }
  // A document appended after the signature and cc list, its title in capitals: "… Policy Officer Appendix A ILLUSTRATIVE REVISED
  // DISCLOSURE …", "… Secretary 4 ATTACHMENT A Supplemental disclosure …" (c0607, c1025): "Appendix A" a line of its own, as printed.
  for (const m of tail.matchAll(APPENDED_DOCUMENT)) {
    const i = at(signStart + m.index);
    splits.add(i);
    splits.add(i + (m[1] === undefined ? 2 : 1));
  }
  splitSignatureLines(tokens, at(signStart + last[0].length), splits);
}

/** Where the first appended document's title after `from` starts in `text`, if one does. */
function appendedTitleAfter(text: string, from: number): number | undefined {
  for (const m of text.matchAll(APPENDED_DOCUMENT)) if (m.index > from) return m.index;
  return undefined;
}

/** The most characters a signature block under an earlier sign-off holds (a company, "By: /s/ …", "Name: …", "Title: …"). */
const STACKED_SIGNATURE_CHARS = 300;

/**
 * The title of a document appended to a letter, before the document's first words in capitals (letter.ts ATTACHMENT_TITLE reads the
 * line); or "APPENDIX" alone in capitals ("… General Counsel APPENDIX As of and for the year ended …", c0595 flattened, blind round 120);
 * or a range of them titling what follows ("… Deloitte & Touche LLP Annexes A-D to Texas Pacific Land Corporation’s Response Letter …",
 * c0860 flattened, blind round 151: the list's last entry had run into it, past the list's length, and was lost).
 */
const APPENDED_DOCUMENT = new RegExp(
  String.raw`(?<=\s)(?:(?:${APPENDED_DOCUMENT_WORD})\s+(?:[A-Z]|\d{1,2})|(APPENDIX|ANNEX)(?=\s+[A-Z][a-z])|(?:Annexes|Appendices|Attachments|Exhibits)\s+[A-Z]\s*[-–]\s*[A-Z](?=\s+to\s))(?=\s+[A-Z“"]|\s+to\s)`,
  'g',
);
