// Owns the head of a flattened letter: the date, the Re: block and each filing in it, the salutation.
import { CORRESPONDENCE_TITLE_START, COURTESY_TITLE, COURTESY_WORD, CURRENT_REPORT_FORMS, FILING_TITLE_START, MONTH_DAY_YEAR, NAMED_SALUTATION, PERIODIC_FORMS, PROXY_FORMS, RE_WORD, SALUTATION_PHRASES, TITLE_QUALIFIERS } from '../../vocabulary.js';
import { splitCopies } from './signature-lines.js';
import type { Marks, Tokens } from './tokens.js';

/** A salutation between words (vocabulary.ts): "Dear <name>" up to its colon or comma ("Dear Mr. Rosenberg:", "Dear Ms. Sobotka,"), or a phrase. */
const SALUTATION_IN_TEXT = new RegExp(String.raw`(?<=^|\s)(?:Dear\s+(?:(?:${COURTESY_TITLE})\.?\s+)?[A-Z][^:;]{0,80}?[:;,](?=\s|$)|(?:${SALUTATION_PHRASES})\s*[:,])`);
/** A person addressed: a courtesy title and a name of one or two words ("Ms. Xiao", "Ms. Li Xiao"). */
const ADDRESSED = String.raw`(?:${COURTESY_TITLE})\.?\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?`;
/**
 * "Dear" and the people it names with no colon or comma after them, the body's first words next ("Dear Ms. Sherman and Ms.
 * Xiao I am writing to submit the responses …", c0733): each name has its courtesy title, and the body opens as a letter's does.
 */
const SALUTATION_UNPUNCTUATED = new RegExp(
  String.raw`(?<=^|\s)Dear\s+${ADDRESSED}(?:(?:,\s+|,?\s+(?:and|&)\s+)${ADDRESSED})*(?=\s+(?:I|We|On|This|Thank|Thanks|Reference|Please|Set|As|In|Below|The|Our|Enclosed|Pursuant)\s)`,
  'u',
);
/** A word of a salutation to several people: a name, a courtesy title, "and", a name with its comma. */
const SALUTATION_WORD = /^(?:[A-Z][\w.'’-]*,?|and|&)$/;

/**
 * A salutation to several people, names and commas up to its colon: "Dear Mr. Makhdoom, Ms. Empie, Mr. Arzonetti and Ms. Aldave:"
 * (c0888), read word by word (a pattern of repeated names backtracked without end on a long run of capitalised words).
 * @param at where "Dear" stands in `text`
 * @returns the salutation's end, or -1 when it is not one
 */
function salutationToSeveralEnd(text: string, at: number): number {
  const colon = text.indexOf(':', at);
  if (colon < 0 || colon - at > 200) return -1;
  const words = text.slice(at, colon).split(/\s+/).filter((w) => w !== '');
  const ok = words[0] === 'Dear' && words.length >= 4 && words.slice(1).every((w) => SALUTATION_WORD.test(w)) && words.some((w) => w.endsWith(',') || w === 'and' || w === '&');
  return ok ? colon + 1 : -1;
}
/** "Re:" between words, its colon required (a word "Re" in running text has none). */
const RE_IN_TEXT = new RegExp(String.raw`(?<=^|\s)(?:${RE_WORD})\s*:(?=\s)`);

/** A word after which a Re: block part goes on: "on Form S-4", "No. 333-…". */
const RE_BLOCK_GOES_ON = /^(?:on|to|the|of|for|and|under|with|by|No\.|Nos\.|Re:?|Schedule|Forms?)$/i;
/** A company's name ends with its legal form: a second name after it starts a line ("Boots Capital Management, LLC Crown Castle Inc.", c0048). */
const ENDS_A_NAME = /^(?:Inc|Corp|Corporation|Incorporated|LLC|L\.L\.C|LP|L\.P|Ltd|Limited|plc|PLC|N\.V|S\.A|AG|SE)\.?$/;
/** A title's first word, as printed (c0278 "Draft Registration Statement"); "as amended File No." ends a part (c0128). */
const TITLE_GOES_ON = new RegExp(`^(?:${TITLE_QUALIFIERS})$`);
/**
 * What starts a part of a Re: block (each on its own line as printed): a filing's or a company letter's
 * title, one named more loosely ("Preliminary Revocation Solicitation Statement on Schedule 14A", c0216),
 * a proxy filing named by its form or as soliciting material ("Occidental Petroleum Corporation DFAN14A soliciting material …",
 * "Wynn Resorts, Limited Soliciting Material on Schedule 14A", c1022, c0972), a report named by its form alone ("INTUITIVE SURGICAL INC
 * 10-K for the Fiscal Year …", c1144), the filed date, the file and CIK numbers.
 */
const RE_BLOCK_PART = new RegExp(
  String.raw`^(?:${FILING_TITLE_START}|${CORRESPONDENCE_TITLE_START}|Schedule\s+(?:1[34]|TO)|Amended\s|Definitive\s|Preliminary\s|(?:${PROXY_FORMS})\b|(?:${PERIODIC_FORMS}|${CURRENT_REPORT_FORMS})\s+(?:for|filed|Filed|dated|furnished)\b|Soliciting\s+Material\b|Filed\b|Submitted\b|Furnished\b|File\s+Nos?\.|Commission\s+File|CIK\s+No)`,
);

/** An amendment named before its filing's title, then the company's name, if read yet: "Amendment No. 2 Submitted December 20, 2021 to Constellation Energy Corporation". */
const AMENDMENT_TO = new RegExp(String.raw`\bAmendment\s+No\.\s+\d{1,2}\s+(?:Submitted|Filed)\s+(?:on\s+)?${MONTH_DAY_YEAR},?\s+to(?:\s+[A-Z][\w.,&'’-]*){0,6}$`);

/** The words an amendment's title follows in a filing's history: "as amended by", "as further amended by". */
const AMENDED_BY = /^amended by$/i;

/**
 * Where a filing's history in a Re: block breaks into lines, each amendment a filing of its own, as printed: "Amendment No. 2
 * Submitted December 20, 2021 to | Constellation Energy Corporation Registration Statement on Form 10-12B | Submitted December 8, 2021,
 * as previously amended by Amendment No. 1 Submitted December 15, 2021 and | Originally Submitted Confidentially on July 26, 2021, as
 * amended by | Amendment No. 1 to Draft Registration Statement | Submitted September 14, 2021 …" (c0873, c0131, c0303 flattened, blind
 * round 143: each amendment's title had gone with the date before it, its own date with the next title).
 * @returns "line" where a line starts at token i, "same" where it goes on the line, undefined where the block's other rules decide
 */
function historyBreak(tokens: Tokens, i: number, reToken: number): 'line' | 'same' | undefined {
  const word = tokens.text(i);
  const previous = tokens.text(i - 1);
  // An amendment with no title of its own ("Amendment No. 1 Submitted December 15, 2021") is the filing's before it, on its line.
  if (/^(?:Submitted|Filed)$/i.test(word) && /^Amendment$/i.test(tokens.text(i - 3)) && /^No\.$/i.test(tokens.text(i - 2))) return 'same';
  // One with a title ("… as further amended by | Amendment No. 2 to Draft Registration Statement") starts a line.
  if (/^Amendment$/i.test(word) && AMENDED_BY.test(`${tokens.text(i - 2)} ${previous}`) && /^to$/i.test(tokens.text(i + 3))) return 'line';
  // So does the first submission: "Originally Submitted Confidentially on …".
  if (/^Originally$/i.test(word) && /^(?:Submitted|Filed)$/i.test(tokens.text(i + 1))) return 'line';
  if (/^Originally$/i.test(previous)) return 'same';
  // An amendment named before the filing it amends ends its line at "to"; the company's name and the filing's title are the next.
  const before = () => tokens.texts.slice(Math.max(reToken, i - 16), i).join(' ');
  if (previous === 'to' && AMENDMENT_TO.test(before())) return 'line';
  if (/^(?:Registration|Form|Draft|Amended)$/.test(word) && AMENDMENT_TO.test(before())) return 'same';
  return undefined;
}

/** A word that opens a parenthesis or quotation it does not close: "(“2021" before "Form 10-K”)", in straight quotes "(\"2021". */
const OPENS_A_DEFINED_NAME = /^[(“"]+[^)”"]*$/;

/** A proxy filing's form code alone: "PREC14A", "DEFA14A". */
const PROXY_FORM_CODE = new RegExp(`^(?:${PROXY_FORMS})$`);

/** A word that opens a company's name: capitalised ("Crown"), or a name in capitals ("NRG Yield, Inc.", c0545). */
const NAME_START = /^\p{Lu}(?:[\p{Ll}&]|\p{Lu}+$)/u;

/** A file number's word, or one between numbers: "001-35551", "001-11307-01", "001" "-35551" (a space the flattening put in, c0049), "and", "333-249277)". */
const FILE_NUMBER_WORD = /^(?:-?\d[\d-]*|and|&)[,;.)]*$/;

/** The word after a Re: block's "File No. …" (or "Commission File No. …", "File No:") and its numbers, at most `end`. */
function afterFileNumbers(tokens: Tokens, at: number, end: number): number {
  let i = at;
  while (i < end && !/^(?:Nos?[.:]?|Numbers?:?|#)$/i.test(tokens.text(i))) i++;
  i++;
  while (i < end && FILE_NUMBER_WORD.test(tokens.text(i))) i++;
  return Math.min(i, end);
}

/** The most words a salutation without "Dear" holds ("Mr. Rosenberg and Ms. Torney,"). */
const GREETING_WORDS = 12;

/**
 * Where a salutation with no "Dear" that starts at token `at` ends (the token after its comma or colon), -1 when none starts there:
 * the shortest run of words up to a comma or colon that the line rules read as one (vocabulary NAMED_SALUTATION).
 */
function greetingEnd(tokens: Tokens, at: number): number {
  if (!COURTESY_WORD.test(tokens.text(at))) return -1;
  for (let i = at + 1; i < Math.min(tokens.length, at + GREETING_WORDS); i++) {
    if (/[:,]$/.test(tokens.text(i)) && NAMED_SALUTATION.test(tokens.texts.slice(at, i + 1).join(' '))) return i + 1;
  }
  return -1;
}

/** A Commission order's caption: "In the Matter of", between rules of underscores. */
const IN_THE_MATTER = /(?<=^|\s)In the Matter of(?=\s)/;
/** A rule of underscores, a word of its own. */
const RULE = /^_{5,}$/;

/**
 * The caption of a Commission order, which has no Re: line and no salutation ("… March 16, 2020 ____ In the Matter of ____
 * Carrier Global Corporation 13995 Pasteur Boulevard … ORDER DECLARING … File No: 001-39220 Carrier Global Corporation has
 * filed …", c1165): "In the Matter of" and each rule of underscores a line of their own, and the file number ending the caption.
 */
function splitCaption(text: string, tokens: Tokens, at: (offset: number) => number, splits: Marks): void {
  const matter = IN_THE_MATTER.exec(text);
  if (matter === null) return;
  const first = at(matter.index);
  splits.add(first);
  const end = Math.min(tokens.length, first + 120);
  for (let i = Math.max(0, first - 5); i < end; i++) {
    if (RULE.test(tokens.text(i))) {
      splits.add(i);
      splits.add(i + 1);
    }
    if (tokens.text(i) === 'File' && /^Nos?[.:]?$/i.test(tokens.text(i + 1))) {
      splits.add(i);
      const after = afterFileNumbers(tokens, i, end);
      splits.add(after);
      // The rule that closes the caption, after the number.
      if (RULE.test(tokens.text(after))) splits.add(after + 1);
      return;
    }
  }
}

/** "Re" with no colon after a date, a capital after it: the Re: label printed in a letterhead's table (its "Re" the match). */
const RE_AFTER_DATE = new RegExp(String.raw`(?<=${MONTH_DAY_YEAR}\s+)Re(?=\s+\p{Lu})`, 'u');

/** How a letter went, after "Via" or "By": "EDGAR", "E-mail", "Courier", "Federal Express". */
const DELIVERY_WORD = /^(?:EDGAR|E-?mail|Email|Electronic|Courier|Hand|Facsimile|Fax|Overnight|Federal)\b/i;

/** A copy-to label in the head, as the closing's list opens: "cc:", "Copy to:". */
const HEAD_COPIES = /(?<=\s)(?:cc|Copy\s+to|Copies\s+to):(?=\s)/i;

/** A filing's own date in the Re: block: "Filed March 21, 2022", "dated …", "ended …". */
const FILING_DATE_BEFORE = /\b(?:filed|submitted|furnished|dated|ended|ending|on|of|through|to)\s*$/i;

/** The first date after the Re: line, up to `limit`, that no filing word introduces: the letter's own, printed below its Re: block. */
function dateAfterReBlock(text: string, from: number, limit: number): RegExpExecArray | null {
  const pattern = new RegExp(MONTH_DAY_YEAR, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null && m.index < limit; m = pattern.exec(text)) {
    if (!FILING_DATE_BEFORE.test(text.slice(Math.max(from, m.index - 30), m.index))) return m;
  }
  return null;
}

/**
 * The head: the date, the Re: line and the filings listed under it, the salutation.
 * @returns the token index where the body starts (after the salutation), or 0 when none was found
 */
export function splitHead(text: string, tokens: Tokens, at: (offset: number) => number, splits: Marks): { bodyStart: number } {
  const headText = text.slice(0, Math.min(text.length, 4000));
  // A salutation with no punctuation wins where one with it would run on into the body to its first comma.
  const punctuated = SALUTATION_IN_TEXT.exec(headText);
  const unpunctuated = SALUTATION_UNPUNCTUATED.exec(headText);
  const first = unpunctuated !== null && (punctuated === null || unpunctuated.index <= punctuated.index) ? unpunctuated : punctuated;
  // Several people's names up to the colon, where the pattern stopped at the first name's comma.
  const severalEnd = first !== null && first[0].startsWith('Dear') ? salutationToSeveralEnd(headText, first.index) : -1;
  const salutation = first === null ? null : { index: first.index, end: Math.max(first.index + first[0].length, severalEnd) };
  const limit = salutation ? salutation.index : headText.length;
  // Or "Re" with no colon right after the letter's date, the label of a law firm's letterhead table ("… October 26, 2022 Re Meta
  // Platforms, Inc. Form 10-K …", c0570 flattened).
  const re = RE_IN_TEXT.exec(headText.slice(0, limit)) ?? RE_AFTER_DATE.exec(headText.slice(0, limit));
  // The letter's date standing alone: before the Re: line, else after the Re: block (c0153: "… File No. 001-13300 September 29, 2022 To …").
  const date = new RegExp(MONTH_DAY_YEAR).exec(headText.slice(0, re ? re.index : limit)) ?? (re ? dateAfterReBlock(headText, re.index, limit) : null);
  if (date) {
    splits.add(at(date.index));
    splits.add(at(date.index + date[0].length));
  }
  // Copies the head lists above the Re: line, a line of their own ("… Washington, DC 20549-3561 cc: Andrew Mew RE: Royal Caribbean
  // Cruises Ltd. …", c0082 flattened, blind round 102).
  const headCopies = re ? HEAD_COPIES.exec(headText.slice(0, re.index)) : null;
  if (headCopies && re) {
    const from = at(headCopies.index);
    splits.add(from);
    splitCopies(tokens, from + 1, at(re.index), splits);
  }
  // Where the Re: block's file numbers end (-1: none read).
  let afterNumbers = -1;
  if (re) {
    const reToken = at(re.index);
    splits.add(reToken);
    const end = salutation ? at(salutation.index) : Math.min(tokens.length, reToken + 60);
    // Each filing, "Filed …" and "File No." on its own line, as the Re: block prints them.
    // The names the block opens with (before its first filing): one per line.
    let names = true;
    for (let i = reToken + 2; i < end; i++) {
      const rest = `${tokens.text(i)} ${tokens.text(i + 1)} ${tokens.text(i + 2)}`;
      const previous = tokens.text(i - 1);
      const history = historyBreak(tokens, i, reToken);
      if (history !== undefined) {
        if (history === 'line') {
          splits.add(i);
          names = false;
        }
        continue;
      }
      // A proxy form's code goes on with its title: "PREC14A Preliminary Revocation Solicitation Statement on Schedule 14A" (c0216) is one filing.
      // Nor does a defined name in parentheses start a part: "Form 10-K for Fiscal Year Ended December 31, 2021 (“2021 Form 10-K”)" (c0096).
      if (RE_BLOCK_GOES_ON.test(previous) || TITLE_GOES_ON.test(previous) || PROXY_FORM_CODE.test(previous) || OPENS_A_DEFINED_NAME.test(previous)) continue;
      // A delivery line after the block opens the addressee's lines ("… Request for Acceleration of Effectiveness VIA EDGAR Securities and
      // Exchange Commission …", c0297 flattened): a line of its own, which ends the subject.
      if (/^(?:VIA|Via|BY|By)$/.test(tokens.text(i)) && DELIVERY_WORD.test(tokens.text(i + 1))) {
        splits.add(i);
        continue;
      }
      // A company letter's title goes on with its date: "Response Letter Filed January 15, 2021" (c0840) is one line.
      if (/^(?:Letters?|Response|Correspondence)$/i.test(previous) && /^(?:Filed|Dated|Submitted)$/i.test(tokens.text(i))) continue;
      if (RE_BLOCK_PART.test(rest)) {
        splits.add(i);
        names = false;
        // The block's file numbers end a line: what follows them is the next line's, or the body's where no salutation comes (c0103).
        if (/^(?:File|Commission)$/.test(tokens.text(i))) {
          afterNumbers = afterFileNumbers(tokens, i, end);
          splits.add(afterNumbers);
        }
      } else if (names && ENDS_A_NAME.test(previous) && !previous.endsWith(',') && !/^of$/i.test(tokens.text(i - 2)) && NAME_START.test(tokens.text(i))) {
        splits.add(i);
      }
    }
  }
  if (!salutation && !re) splitCaption(headText, tokens, at, splits);
  // A salutation with no "Dear" right after the Re: block's file numbers: the names with their courtesy titles, up to a comma or
  // colon ("… File No. 001-07933 Mr. Rosenberg and Ms. Torney, On behalf of Aon plc …", c1148).
  const greeted = salutation || afterNumbers < 0 ? -1 : greetingEnd(tokens, afterNumbers);
  if (greeted > 0) {
    splits.add(greeted);
    return { bodyStart: greeted };
  }
  if (!salutation) return { bodyStart: re ? at(re.index) : 0 };
  const start = at(salutation.index);
  const end = at(salutation.end);
  splits.add(start);
  splits.add(end);
  return { bodyStart: end };
}
