// Owns page furniture: page numbers, running headers/footers and repeated address blocks inside the body.
import type { Line } from '../normalize.js';
import { matchBareCommentNumber, matchCommentNumber } from './comment-number.js';
import { CC_LINE, isDateAlone, RE_LINE, SIGN_OFF, SIGNATURE_START } from './letter-parts.js';
import { ANSWER_OPENING, BULLET_CHARACTERS, COMMISSION_LOGO_TEXT, COMMISSION_NAME, CONTACT_DETAILS, DASHED_PAGE_NUMBER, DIVISION_NAME, FOOTER_SEPARATORS, JOINING_WORD, MAIL_MERGE_FIELDS, MONTH_DAY_YEAR, PAGE_NUMBER_MARKER, PAGE_WORD, PERSONAL_TITLE, RULE_ALONE, WITHHELD_ANSWER } from '../vocabulary.js';
import { matchResponseLabel } from './response-label.js';

/** "Page 2", "Page 2 of 5", "- 2 -", "2", "2 | Page" (c0699), "Page 2 <May 9, 2017>" (2017-bearnewco-s4-corresp). */
const PAGE_MARKER = new RegExp(String.raw`^(?:${PAGE_NUMBER_MARKER}(?:\s.{0,40})?|${DASHED_PAGE_NUMBER}|\d{1,3}(?:\s*\|\s*${PAGE_WORD})?|[ivx]{1,5})$`, 'i');
/** A running header's page number at its end: "… September 2, 2022 Page 2", "… Page 3 of 5". */
const HEADER_PAGE_LAST = new RegExp(String.raw`\s${PAGE_NUMBER_MARKER}$`, 'i');
/** "Page 34 (Table for proven and probable reserves)", "Proved Undeveloped Reserves, page 28": words and a page number, and the number. */
const PAGE_THEN_WORDS = new RegExp(String.raw`^${PAGE_WORD}\s*-?\s*(\d{1,3})\b.*\p{L}|\p{L}.*,\s*page\s+(\d{1,3})$`, 'iu');

/**
 * A line of words and "page N" whose N is well past the page it stands on cites a page of the filing,
 * as a heading or a table row does ("Page 34 (Table for proven and probable reserves)", c0527; "Page 118
 * table — Expenses 24,332", c0854; "Proved Undeveloped Reserves, page 28" repeated near two page breaks,
 * c0592): no page number and no running line. Read where the source marks its pages.
 */
function citesAnotherPage(line: Line, sheet: number | undefined): boolean {
  if (sheet === undefined) return false;
  const m = PAGE_THEN_WORDS.exec(line.text.trim());
  return m !== null && Number(m[1] ?? m[2]) > sheet + 2;
}

/** The page each line is printed on where the source marks its pages (a PDF's pages, HTML page breaks); none where it does not. */
function sheetsOf(lines: readonly Line[]): (number | undefined)[] {
  if (!lines.some((l) => l.pageTop || l.page !== undefined)) return [];
  let sheet = 1;
  return lines.map((l, i) => {
    if (l.page !== undefined) sheet = l.page;
    else if (l.pageTop && i > 0) sheet++;
    return sheet;
  });
}

/** A line that opens with a "Page N" marker, not a bare number: "Page 2", "Page 2 of 3 January 10, 2019" (c1007). */
const PAGE_NUMBER_LINE = new RegExp(String.raw`^${PAGE_NUMBER_MARKER}(?!\w)`, 'i');

/** A line's text with numbers and spacing folded, so "Page 2" and "Page 3" read alike. */
function lineShape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Lines near a page marker are furniture when they repeat near another marker or copy the letter head. */
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 3;

/**
 * Find page furniture.
 * @param lines the normalised lines
 * @param headEnd index of the first body line (after the salutation); head lines are never furniture
 * @returns per line: furniture or not, and the 1-based page each line is on (counting page markers)
 */
export function findFurniture(lines: readonly Line[], headEnd: number): { furniture: boolean[]; pages: number[] } {
  const furniture = lines.map(() => false);
  const markers: number[] = [];
  const sheets = sheetsOf(lines);
  for (let i = headEnd; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text.length <= 200 && PAGE_MARKER.test(line.text.replace(/\t/g, ' ').trim()) && looksAlone(lines, i) && !citesAnotherPage(line, sheets[i])) markers.push(i);
    // A running header the loader set apart, its page number last ("FirstName LastNameMark Hamburg … September 2, 2022 Page 2",
    // a flattened letter): a page break, though it comes back only once.
    else if (line.furniture === true && line.text.length <= 400 && HEADER_PAGE_LAST.test(line.text.trim())) markers.push(i);
  }
  // Page numbers printed on a running line say which page follows them.
  const numbered = numberedRunningLines(lines, headEnd);
  const isMarker = new Set(markers);
  if (numbered.size > 0) {
    for (const i of numbered.keys()) {
      if (isMarker.has(i)) continue;
      markers.push(i);
      isMarker.add(i);
    }
    markers.sort((a, b) => a - b);
  }
  // Lines of the head above the Re: block (letterhead, date, addressee): a running header copies those; the
  // Re: block's filings come back as the first heading of the comments, right after a page number (c0099 laid out).
  const reLine = lines.slice(0, headEnd).findIndex((l) => RE_LINE.test(l.text));
  const headShapes = new Set(lines.slice(0, reLine >= 0 ? reLine : headEnd).map((l) => lineShape(l.text)));
  // How many different lines of each shape stand next to a page marker, and next to how many page
  // breaks: markers a few lines apart (a footer "1" and a header "Page 2") are one break, and a
  // heading repeated above two comments across one break is no running header.
  const nearLines = new Map<string, { lines: Set<number>; breaks: Set<number> }>();
  // The shapes of each break's markers ("page #", "#"): a letter with an appended document numbers that one's pages its own way.
  const breakMarkers: Set<string>[] = [];
  let pageBreak = 0;
  markers.forEach((m, k) => {
    if (k > 0 && m - (markers[k - 1] as number) > WINDOW_BEFORE + WINDOW_AFTER) pageBreak++;
    (breakMarkers[pageBreak] ??= new Set()).add(lineShape((lines[m] as Line).text));
    for (let i = Math.max(headEnd, m - WINDOW_BEFORE); i <= Math.min(lines.length - 1, m + WINDOW_AFTER); i++) {
      if (i === m) continue;
      const s = lineShape((lines[i] as Line).text);
      const near = nearLines.get(s) ?? { lines: new Set(), breaks: new Set() };
      near.lines.add(i);
      near.breaks.add(pageBreak);
      nearLines.set(s, near);
    }
  });
  // A running line comes back at most of the breaks marked as its own are; a heading that happens to follow two of four
  // ("Note 2. Summary of Significant Accounting Policies" under two running headers of flattened text, c0650) does not.
  const mostOf = (breaks: ReadonlySet<number>) => {
    const kinds = new Set([...breaks].flatMap((b) => [...(breakMarkers[b] ?? [])]));
    const alike = breakMarkers.filter((shapes) => [...shapes].some((shape) => kinds.has(shape))).length;
    return Math.floor(alike / 2) + 1;
  };
  const isRunning = (i: number) => {
    const line = lines[i] as Line;
    // Identical answers ("Response: … revised the disclosure on page N", "In response to the Staff's comment, we have revised …
    // on page 97.", c0821) repeat too; labels and an answer's opening words are never furniture.
    // Nor is a comment's number alone on its line, read out at its page's end ("7." over "September 19, 2025 Page 3", c0700 flattened):
    // two of them by two page breaks have one shape, "#.".
    if (line.text.length > 160 || matchResponseLabel(line.text) || matchCommentNumber(line.text) || matchBareCommentNumber(line.text) || OPENS_AN_ANSWER.test(line.text) || LIST_ITEM.test(line.text) || citesAnotherPage(line, sheets[i])) return false;
    // A bold or underlined heading may repeat the Re: block, or open two pages by chance; a
    // formatted running header repeats at every break (the bold confidentiality legend of
    // 2020-doordash-s1-corresp, 7 times).
    const formatted = line.bold >= 0.5 || line.underline >= 0.5;
    const s = lineShape(line.text);
    const near = nearLines.get(s);
    return (near !== undefined && near.lines.size >= 2 && near.breaks.size >= Math.max(formatted ? 3 : 2, mostOf(near.breaks))) || (headShapes.has(s) && !formatted && !inCopies(lines, headEnd, i));
  };
  const headWords = wordsOf(lines.slice(0, headEnd).map((l) => l.text).join(' '));
  for (const m of markers) {
    furniture[m] = true;
    // Around a "Page N" marker, the addressee and the date alone are the response's running header even on a single break (c0449 laid out),
    // and so are lines that copy the head's words (the addressee's name, "Attn: …"), where a page break is not marked (a letter printed
    // by a tool that ignored its page breaks: "Ms. Shannon Sobotka / Securities and Exchange Commission / April 10, 2017 / Page 2", c0881 printed).
    const pageWord = PAGE_NUMBER_LINE.test((lines[m] as Line).text.trim());
    const header = (i: number) => pageWord && (isAddresseeOrDate(lines[i] as Line) || copiesHead(lines[i] as Line, headWords));
    for (let i = m - 1; i >= Math.max(headEnd, m - WINDOW_BEFORE) && (isRunning(i) || isFooter(lines[i] as Line) || header(i)); i--) furniture[i] = true;
    for (let i = m + 1; i <= Math.min(lines.length - 1, m + WINDOW_AFTER) && (isRunning(i) || header(i)); i++) furniture[i] = true;
  }
  const headDates = new Set(lines.slice(0, headEnd).map((l) => l.text.trim()).filter(isDateAlone));
  for (let i = headEnd; i < lines.length; i++) if (!furniture[i] && (pageNumberAmidHead(lines[i] as Line, headWords) || pageNumberBesideHeadDate(lines[i] as Line, headDates))) furniture[i] = true;
  // First: a page's other furniture is looked for beside it (a letterhead's footer above a browser's stamp is above the page's foot).
  markBrowserStamps(lines, furniture);
  markRepeatedHeadBlocks(lines, headEnd, furniture);
  markRepeatedLetterhead(lines, headEnd, furniture);
  markPageTopHeaders(lines, headEnd, furniture);
  markPageTopRepeats(lines, headEnd, furniture, sheets);
  markPageFootRepeats(lines, headEnd, furniture, sheets);
  markTemplateResidue(lines, headEnd, furniture);
  markLetterheadFooters(lines, headEnd, furniture);
  markContactStrips(lines, headEnd, furniture);
  markImagePlaceholders(lines, headEnd, furniture);
  markRulesOverComments(lines, headEnd, furniture);
  markInterruptingRepeats(lines, headEnd, furniture);
  markLastFooter(lines, headEnd, furniture);
  const pages: number[] = [];
  let page = 1;
  for (let i = 0; i < lines.length; i++) {
    const explicit = (lines[i] as Line).page;
    if (explicit !== undefined) page = explicit;
    else if (numbered.has(i)) page = numbered.get(i) as number;
    else if (isMarker.has(i)) page += 1;
    pages.push(page);
  }
  closeLastFooter(lines, furniture, pages, isMarker);
  return { furniture, pages };
}

/**
 * A letter that ends with its last page's footer number ("1", "2", "3" under each page, c0781; "2 | Page", c0699): each marker was
 * counted as opening a page, so the furniture after the last words stands on a page of its own that the letter does not have. Where
 * the last footer prints the number of the page before that count, the footer closes its page instead. Only then: a letter
 * numbered from its second page (c0038) or an appendix numbered apart (c0860) prints another number there, and its count stands.
 */
function closeLastFooter(lines: readonly Line[], furniture: readonly boolean[], pages: number[], isMarker: ReadonlySet<number>): void {
  const last = pages.at(-1);
  if (last === undefined || last < 2) return;
  let marker: number | undefined;
  for (let i = lines.length - 1; i >= 0 && pages[i] === last; i--) {
    if (!furniture[i] && !(lines[i] as Line).furniture && (lines[i] as Line).text.trim() !== '') return;
    if (isMarker.has(i)) marker = i;
  }
  if (marker === undefined) return;
  const text = (lines[marker] as Line).text.trim();
  const printed = PAGE_MARKER_NUMBER.exec(text)?.[1] ?? TEXT_THEN_NUMBER.exec(text)?.[2];
  if (printed === undefined || Number(printed) !== last - 1) return;
  for (let i = marker; i < lines.length; i++) pages[i] = last - 1;
}

/** The number a page marker prints first: "3", "Page 3", "Page 3 of 5", "- 3 -", "3 | Page" (a running line's last is TEXT_THEN_NUMBER's: "… 2022\t3", "… Inc. C00003"). */
const PAGE_MARKER_NUMBER = new RegExp(String.raw`^(?:${PAGE_WORD}\s*-?\s*|[-–—]\s*)?(\d{1,3})\b`, 'i');

/**
 * A short line ending in a page number: "December 21, 2022\t3", "CONFIDENTIAL TREATMENT REQUESTED BY … INC. 2", a Bates number
 * "BSC-3", or one with its letters glued to zero-padded digits ("Confidential Treatment Requested by Citigroup Inc. C00002", c1020).
 */
const TEXT_THEN_NUMBER = /^(.*\p{L}.*?)(?:[\t ]+|(?<=[A-Z])-|(?<=\s[A-Z]{1,4})(?=0))(\d{1,3}|0\d{2,5})$/u;

/**
 * Running headers and footers that carry their page number on the same line (a one-row table
 * in HTML: date or legend on the left, number on the right; corpus c0020, c0208). The same text
 * must come back at least twice, far apart, with the number going up by one each time.
 * @returns for each such line, the page the lines after it are on: its own number when it heads
 * its page, the next one when it is a footer (numbered from 1, or the letter ends right after the last one)
 */
function numberedRunningLines(lines: readonly Line[], headEnd: number): Map<number, number> {
  const byText = new Map<string, { index: number; page: number }[]>();
  for (let i = headEnd; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.text;
    // A running line is short; one the loader already set apart (flattened text's header, its length bounded there) may be longer.
    if (text.length > (line.furniture ? 400 : 160)) continue;
    const trimmed = text.trim();
    // The pattern tries every split of the line before failing: first the one thing it needs, a digit at the end.
    const last = trimmed.charCodeAt(trimmed.length - 1);
    if (!(last >= 48 && last <= 57)) continue;
    const m = TEXT_THEN_NUMBER.exec(trimmed);
    if (!m || matchCommentNumber(text) || matchResponseLabel(text)) continue;
    const key = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    const seen = byText.get(key) ?? [];
    seen.push({ index: i, page: Number(m[2]) });
    byText.set(key, seen);
  }
  const found = new Map<number, number>();
  for (const seen of byText.values()) {
    let run = [seen[0] as { index: number; page: number }];
    const close = () => {
      if (run.length < 2) return;
      const footer = (run[0] as { page: number }).page === 1 || lines.length - (run.at(-1) as { index: number }).index <= 3;
      for (const r of run) found.set(r.index, footer ? r.page + 1 : r.page);
    };
    for (const s of seen.slice(1)) {
      const last = run.at(-1) as { index: number; page: number };
      if (s.page === last.page + 1 && s.index - last.index >= 5) run.push(s);
      else {
        close();
        run = [s];
      }
    }
    close();
  }
  return found;
}

/** An item of a list ("c. The entity has discretion …", "(ii) …", "• …"), which a letter may repeat near two page breaks (c0861): no running line. */
const LIST_ITEM = new RegExp(String.raw`^\s*(?:[${BULLET_CHARACTERS}]\s*|\(?[a-z]{1,4}[.)]\s+(?=\p{Lu}))`, 'u');

/** How a company's answer opens ("In response to the Staff's comment, …", "We respectfully advise …"): no running header does. */
const OPENS_AN_ANSWER = new RegExp(String.raw`^\s*(?:${ANSWER_OPENING})\b`);

/**
 * The last page's footer ends the letter, after its sign-off and cc, with no page break after it to mark it (c1052: the
 * address and properties line that every page ends with): the letter's last lines when each repeats a line set apart as
 * furniture above (two lines at least, or one list set apart by bars; none a bare number).
 */
function markLastFooter(lines: readonly Line[], headEnd: number, furniture: boolean[]): void {
  const shapes = new Set<string>();
  lines.forEach((line, i) => {
    if (furniture[i] && i >= headEnd && /\p{L}{3}/u.test(line.text)) shapes.add(lineShape(line.text));
  });
  let end = lines.length;
  while (end - 1 >= headEnd && !furniture[end - 1] && shapes.has(lineShape((lines[end - 1] as Line).text))) end--;
  // One line alone only when it is a list of names set apart by bars ("Sands Macao | The Venetian Macao | … | Marina Bay Sands",
  // c0491), not an address with a telephone or web address, which under the sign-off may be the signer's (c0184); or when it
  // is contact details after the copies list, below which no address is the signer's ("cc: …" / "Corporate Headquarters: 5420 S.
  // Durango Dr. …", c0183); a name alone there is the copy's company, though a running header prints it too (c0694).
  const last = (lines[end] as Line | undefined)?.text ?? '';
  const one = lines.length - end === 1;
  const barList = one && /\S\s+\|\s+\S.*\s\|\s+\S/.test(last) && !CONTACT_DETAILS.test(last);
  const afterCopies = one && CONTACT_DETAILS.test(last) && inCopies(lines, headEnd, end);
  if (lines.length - end >= 2 || barList || afterCopies) for (let i = end; i < lines.length; i++) furniture[i] = true;
}

/**
 * A letterhead footer printed once at the foot of page 1, right above the running header:
 * a line of capitals such as the firm's office cities (2021-applovin-s1-corresp).
 */
function isFooter(line: Line): boolean {
  // Nor a withheld answer's notice in capitals where a page ends ("[INFORMATION REDACTED: ***** … INFORMATION REDACTED]", c0829 flattened).
  if (WITHHELD_ANSWER.test(line.text.trimStart())) return false;
  const letters = line.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase() && line.text.split(/\s+/).length >= 4;
}

/** The Commission or its Division alone on a line. */
const ADDRESSEE_ALONE = new RegExp(`^(?:${COMMISSION_NAME}|${DIVISION_NAME})$`, 'i');

/** "U.S. Securities and Exchange Commission", "Division of Corporation Finance", "May 13, 2025": a line that is only the addressee or a date. */
function isAddresseeOrDate(line: Line): boolean {
  const text = line.text.trim();
  if (text.length > 60) return false;
  if (ADDRESSEE_ALONE.test(text)) return true;
  return isDateAlone(text);
}

/** The words of a text, lower-cased, two letters or more. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{2,}/gu) ?? []);
}

/**
 * A short line of words most of which the head prints (its addressee block copied in a running header): two words or
 * more, no figures (a filing's title with its year is a heading), no sentence's end.
 */
function copiesHead(line: Line, headWords: ReadonlySet<string>): boolean {
  const text = line.text.trim();
  if (text.length > 80 || /\d/.test(text) || /[.?!]["”’)]*$/.test(text)) return false;
  // The joining words left out: "direction of the", a page's last words set as a line of their own (c0640 set line by line), is no header.
  const words = (text.toLowerCase().match(/\p{L}{2,}/gu) ?? []).filter((w) => !JOINING_WORD.test(w));
  return words.length >= 2 && words.filter((w) => headWords.has(w)).length >= 0.6 * words.length;
}

/** "Securities and Exchange Commission - 2 - September 26, 2022": a page number between the header's other parts, on one line. */
const PAGE_NUMBER_AMID = /^(.{0,60}?)\s+(?:[-–—]\s*(\d{1,3})\s*[-–—]|Page\s+(\d{1,3}))\s+(.{1,60})$/;

/**
 * A running header printed on one line, its page number (2 or more) between the addressee and the date (a table row laid out
 * as text, c0659 laid out): each side a date alone, the Commission's name or words the head prints.
 */
function pageNumberAmidHead(line: Line, headWords: ReadonlySet<string>): boolean {
  const m = PAGE_NUMBER_AMID.exec(line.text.replace(/\t/g, ' ').trim());
  if (m === null || Number(m[2] ?? m[3]) < 2) return false;
  const side = (text: string) => {
    const part: Line = { ...line, text: text.trim() };
    return isAddresseeOrDate(part) || copiesHead(part, headWords);
  };
  if (side(m[1] as string) && side(m[4] as string)) return true;
  // The addressee's cell wrapped beside the date, its last words after it: "Securities and Exchange - 2 - September 26, 2022
  // Commission" (c0659 dumped by w3m, the header's table row a line with its cells' second lines joined).
  const dated = DATE_THEN_WORDS.exec((m[4] as string).trim());
  return dated !== null && side(dated[1] as string) && side(`${m[1]} ${dated[2]}`);
}
const DATE_THEN_WORDS = new RegExp(String.raw`^(${MONTH_DAY_YEAR})\s+(\p{L}.{0,40})$`, 'u');

/** A page number (2 or more) and a date on one line, either first: "2\tJanuary 19, 2021" (a one-row table after an HTML page break, c0671). */
const PAGE_NUMBER_AND_DATE = /^(\d{1,2})\s+(.{6,40})$|^(.{6,40}?)\s+(\d{1,2})$/;

/** A running header of a page number beside the letter's own date, as the head prints it (one page break is enough). */
function pageNumberBesideHeadDate(line: Line, headDates: ReadonlySet<string>): boolean {
  const m = PAGE_NUMBER_AND_DATE.exec(line.text.trim());
  if (m === null || Number(m[1] ?? m[4]) < 2) return false;
  const date = ((m[2] ?? m[3]) as string).trim();
  return isDateAlone(date) && headDates.has(date);
}

/** A page number stands alone: it does not sit inside a run of table rows of numbers. */
function looksAlone(lines: readonly Line[], i: number): boolean {
  const line = lines[i] as Line;
  // "… Collection Costs," / "page 109": a heading's page reference wrapped onto its own line (c0827 laid out).
  if (/,\s*$/.test(lines[i - 1]?.text ?? '') && /^pages?\s+\S+$/i.test(line.text.trim())) return false;
  if (PAGE_NUMBER_LINE.test(line.text)) return true;
  const numeric = (l: Line | undefined) => l !== undefined && /^[\d\s.,$%()–—-]+$/.test(l.text);
  // "…, page" / "37": a heading's page reference wrapped onto its own line (c0019 laid out); a running header's "… 2022 Page" / "2" has no comma.
  if (/,\s*pages?\s*$/.test(lines[i - 1]?.text ?? '')) return false;
  return !(numeric(lines[i - 1]) || numeric(lines[i + 1]));
}

/**
 * A run of three or more short lines that repeats the addressee block of the head is a
 * running header without a page number (2021-meta-10k-corresp).
 */
function markRepeatedHeadBlocks(lines: readonly Line[], headEnd: number, furniture: boolean[]): void {
  // Compared without case or the punctuation that ends an address line ("Securities and Exchange Commission," in the head).
  const key = (line: Line) => line.text.toLowerCase().replace(/[\s.,;:]+$/, '');
  const head = new Set(lines.slice(0, headEnd).filter((l) => l.text.length < 90).map(key));
  const runs: [number, number][] = [];
  let i = headEnd;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && (lines[j] as Line).text.length < 90 && head.has(key(lines[j] as Line))) j++;
    if (j - i >= 2) runs.push([i, j]);
    i = Math.max(j, i + 1);
  }
  // Two lines are a header too when the same two come back and one is the date: "Securities and Exchange Commission" / "February 14,
  // 2019" over pages 2 and 3, no page number beside them (c0429 laid out).
  const pair = (from: number) => `${key(lines[from] as Line)}\n${key(lines[from + 1] as Line)}`;
  const pairs = new Map<string, number>();
  for (const [from, to] of runs) if (to - from === 2) pairs.set(pair(from), (pairs.get(pair(from)) ?? 0) + 1);
  for (const [from, to] of runs) {
    const dated = to - from === 2 && (pairs.get(pair(from)) ?? 0) >= 2 && [from, from + 1].some((k) => isDateAlone((lines[k] as Line).text.trim()));
    if (to - from >= 3 || dated) for (let k = from; k < to; k++) furniture[k] = true;
  }
}

/**
 * A letterhead's address line, above the letter's date, that comes back alone in the body at least twice is the letterhead of
 * each page, printed where no page number marks the break ("77 West Wacker Drive   Suite 4600   Chicago, Illinois 60601
 * 312-634-8100" above comments 2 and 3, c0044 laid out); a line with no figure (a name, a title) may be a heading too.
 */
function markRepeatedLetterhead(lines: readonly Line[], headEnd: number, furniture: boolean[]): void {
  const dateAt = lines.slice(0, headEnd).findIndex((l) => isDateAlone(l.text.trim()));
  if (dateAt <= 0) return;
  const key = (line: Line) => line.text.replace(/\s+/g, ' ').trim();
  const letterhead = new Set(lines.slice(0, dateAt).filter((l) => l.text.length <= LETTERHEAD_LINE_CHARS && /\d/.test(l.text)).map(key));
  if (letterhead.size === 0) return;
  const again = new Map<string, number[]>();
  for (let i = headEnd; i < lines.length; i++) {
    const k = key(lines[i] as Line);
    if (!letterhead.has(k)) continue;
    const at = again.get(k);
    if (at === undefined) again.set(k, [i]);
    else at.push(i);
  }
  for (const at of again.values()) if (at.length >= 2) for (const i of at) furniture[i] = true;
}
/** The longest letterhead line markRepeatedLetterhead reads. */
const LETTERHEAD_LINE_CHARS = 160;

/** The longest line a running header above its "Page N" line holds. */
const HEADER_LINE_CHARS = 100;

/**
 * The staff template's logo, as its image's alternative text prints it, on a line of its own: inside a flattened line it opens a
 * letter's head ("United States securities and exchange commission logo June 16, 2021 Robert F. Probst …", a second letter in the
 * file), words of the letter.
 */
const COMMISSION_LOGO = new RegExp(String.raw`^\s*${COMMISSION_LOGO_TEXT}\s*$`, 'i');

/**
 * Where the source marks its page breaks (a PDF's pages, an HTML page break), a running header sits
 * at the top of pages 2+ and ends with its "Page N" line: everything from the page top to that line
 * is furniture. Covers the Word template ("Mr. Name / Company / Date / Page 2", 2016-ajg-10k-upload),
 * the garbled iText one ("FirstName LastName… / Comapany Name… / Date / Page 2",
 * 2020-aon-prer14a-upload) and a response's header after an HTML page break ("Ms. Shannon Sobotka /
 * Securities and Exchange Commission / April 10, 2017 / Page 2", c0881).
 */
function markPageTopHeaders(lines: readonly Line[], headEnd: number, furniture: boolean[]): void {
  let i = 0;
  while (i < lines.length) {
    let end = i + 1;
    while (end < lines.length && !(lines[end] as Line).pageTop) end++;
    if ((lines[i] as Line).pageTop) {
      // Header lines are short: a "Page N of M" footer a few short paragraphs down the page ends no header (c0389).
      for (let k = i; k < Math.min(end, i + 6) && (lines[k] as Line).text.length < HEADER_LINE_CHARS; k++) {
        // The "Page N" may stand in a cell of its own, the header laid out as a table ("… Commission\tPage -2-", c0828).
        const cells = (lines[k] as Line).text.split('\t').map((cell) => cell.trim());
        if (k >= headEnd && cells.some((cell) => PAGE_NUMBER_LINE.test(cell) && cell.length < 60)) {
          for (let m = Math.max(i, headEnd); m <= k; m++) furniture[m] = true;
          break;
        }
      }
    }
    for (let k = Math.max(i, headEnd); k < end; k++) {
      if (COMMISSION_LOGO.test((lines[k] as Line).text)) furniture[k] = true;
    }
    i = end;
  }
}

/**
 * What a browser prints at the top and foot of every page of a web page saved as PDF (an EDGAR letter printed from the browser):
 * at a page's top, the date and time, then the page's title or address ("12/7/26, 3:30 PM   sec.gov/Archives/edgar/data/…", Chrome),
 * or the title and the address ("filename1.htm   https://www.sec.gov/Archives/…", Firefox); at its foot, the address and the
 * page's number of the pages ("https://www.sec.gov/Archives/…/filename1.htm   2/3"), or that number and the date and time ("1 of 2
 * 12/7/26, 3:30 PM"). Only there: a table's row may open with a date and a time, an answer may print an address.
 */
const DATE_TIME = String.raw`\d{1,2}\/\d{1,2}\/\d{2,4},\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?`;
const SEC_ADDRESS = String.raw`(?:https?:\/\/)?(?:www\.)?sec\.gov\/\S{1,300}`;
const WEB_ADDRESS = String.raw`(?:(?:https?|file):\/\/\S{1,300}|${SEC_ADDRESS})`;
const PAGE_COUNT = String.raw`(?:Page\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}`;
const BROWSER_HEADER = new RegExp(String.raw`^(?:${DATE_TIME}(?:\s.{0,200})?|(?:.{0,200}\s)?${SEC_ADDRESS}(?:\s.{0,100})?)$`);
const BROWSER_FOOTER = new RegExp(String.raw`^(?=.*(?:^|\s)${PAGE_COUNT}(?:\s|$))(?:(?:${WEB_ADDRESS}|${PAGE_COUNT}|${DATE_TIME})(?:\s+|$)){2,3}$`);

/** A browser's stamp at a page's top or foot (BROWSER_HEADER, BROWSER_FOOTER), the letter's first line and its last among them. */
function markBrowserStamps(lines: readonly Line[], furniture: boolean[]): void {
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (text.length > 400) return;
    const top = i === 0 || line.pageTop;
    const foot = i === lines.length - 1 || (lines[i + 1] as Line).pageTop;
    if ((top && BROWSER_HEADER.test(text)) || (foot && BROWSER_FOOTER.test(text))) furniture[i] = true;
  });
}

/**
 * An image's name or caption alone on a line, where a text browser or a converter set the picture of a logo or a page: "[LOGO]",
 * "LOGO", "[g87351bci002.jpg]", "image1.jpg" (c0921, c0405 dumped by lynx), Word's "Picture 3" (a signature's image, c0804): no
 * words of the letter.
 */
function markImagePlaceholders(lines: readonly Line[], headEnd: number, furniture: boolean[]): void {
  for (let i = headEnd; i < lines.length; i++) if (IMAGE_PLACEHOLDER.test((lines[i] as Line).text.trim())) furniture[i] = true;
}
/**
 * A rule alone right above a numbered comment: a table's or a page's border drawn as text (a text browser's dump, "Executive
 * Overview, page 46" / "______" / "1. Please refer …", c0082 dumped by lynx), which parted the comment from its headings; or
 * beside a page's running header or footer. A rule above other words stays: after the last answer it opens the closing.
 */
function markRulesOverComments(lines: readonly Line[], headEnd: number, furniture: boolean[]): void {
  for (let i = headEnd; i + 1 < lines.length; i++) {
    if (!RULE_ALONE.test((lines[i] as Line).text)) continue;
    let next = i + 1;
    while (next < lines.length && RULE_ALONE.test((lines[next] as Line).text)) next++;
    const below = lines[next];
    // "1. Please …", not a footnote's "(1) Includes …" under a table's footnote rule (c0312, c0779); or a page's running header or
    // footer beside it: the page break drawn as a rule (w3m's <hr> above "Page 3 <May 9, 2017>", c0821).
    const besideFurniture = (below !== undefined && furniture[next] === true) || (i > headEnd && furniture[i - 1] === true);
    if (below !== undefined && (COMMENT_OPENING.test(below.text) || besideFurniture)) for (let k = i; k < next; k++) furniture[k] = true;
    // A run of rules is read once (linear however many).
    i = next - 1;
  }
}
const COMMENT_OPENING = /^\s*\d{1,3}\.\s+\p{Lu}/u;

/**
 * An image a text dump names: its file ("[logo.jpg]", "LOGO"), or in brackets its file's name without the extension, letters and
 * figures ("[g87351bci002]", "[image_001]", "[tm2123456d]": w3m's dumps of EDGAR's graphics, c0921, c0999); not a redaction ("[***]").
 */
const IMAGE_PLACEHOLDER = /^\[?(?:[\w.-]+\.(?:jpe?g|gif|png|bmp|tiff?)|LOGO|GRAPHIC|Picture \d{1,3})\]?$|^\[(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{6,}\]$/i;

/** The staff template's mail-merge residue in the running header of pages 2+ ("FirstName LastNameKenneth", "Comapany NameL3Harris"). */
const TEMPLATE_RESIDUE = new RegExp(MAIL_MERGE_FIELDS);
/** A person's name alone on a line: "Kenneth L. Bedingfield", "Mr. Tony Xu". */
const PERSON_NAME = new RegExp(String.raw`^(?:(?:${PERSONAL_TITLE})\.\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?|\s+\p{Lu}[\p{Ll}'’-]+){1,3}$`, 'u');
/** How far a running header spreads when text laid out in columns interleaves its lines (`pdftotext -layout`). */
const RESIDUE_BLOCK_LINES = 10;

/**
 * The staff template's running header wherever it stands, also without pages (laid-out text): from
 * the addressee's name line above the first residue line to the last residue or "Page N" line
 * within a few short lines (corpus c0506 laid out: "Kenneth L. Bedingfield / FirstName LastNameKenneth /
 * L3Harris Technologies, Inc. L. Bedingfield / Comapany22, / … / Page 2    22, 2023 Page 2 / FirstName LastName").
 */
function markTemplateResidue(lines: readonly Line[], headEnd: number, furniture: boolean[]): void {
  const short = (i: number) => (lines[i] as Line).text.length < 90;
  let i = headEnd;
  while (i < lines.length) {
    if (!short(i) || !TEMPLATE_RESIDUE.test((lines[i] as Line).text)) {
      i++;
      continue;
    }
    let last = i;
    // The block goes on while residue keeps coming: pdftotext's reading order spreads it over a dozen and more lines (c0489).
    for (let k = i + 1; k < Math.min(lines.length, last + RESIDUE_BLOCK_LINES) && short(k); k++) {
      const text = (lines[k] as Line).text;
      if (TEMPLATE_RESIDUE.test(text) || PAGE_NUMBER_LINE.test(text)) last = k;
    }
    let first = i;
    // The addressee's name printed just above the residue ("Kenneth L. Bedingfield").
    if (first - 1 >= headEnd && PERSON_NAME.test((lines[first - 1] as Line).text.trim())) first--;
    // What laid-out text interleaves with the residue and is the letter's: the staff's sign-off (an office's name wrapped after
    // "and" too: "Office of Industrial Applications and" / "Services", c0975), a comment's number, a list item, a line of prose
    // ("7. Quantify", "• any weather-related impacts on …", c0329).
    let officeGoesOn = false;
    // Under a "cc:" the copies' names, not the header's date or page (c0001 as pdftotext reads it: "cc:" / "Jenifer Broder" / "FirstName LastName").
    let copies = false;
    for (let k = first; k <= last; k++) {
      const text = (lines[k] as Line).text.trim();
      const copy = copies && !PAGE_NUMBER_LINE.test(text) && !isDateAlone(text);
      const letters = k !== first && !TEMPLATE_RESIDUE.test(text) && (isStaffSignOff(text) || (officeGoesOn && /^(?:\p{Lu}[\p{L}’'-]*\s*){1,4}$/u.test(text)) || copy || matchCommentNumber(text) !== undefined || LIST_ITEM.test(text) || prose(text));
      if (letters) {
        officeGoesOn = /^Office\s+of\b.*\s(?:and|&)$/i.test(text);
        copies ||= CC_LINE.test(text);
      } else furniture[k] = true;
    }
    i = last + 1;
  }
}

/** A line of prose: long, most of its words in lower case (not a title run together with a column's words). */
function prose(text: string): boolean {
  const words = text.split(/\s+/);
  return text.length >= 60 && !PAGE_NUMBER_LINE.test(text) && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 >= words.length;
}

/**
 * The staff's sign-off, which laid-out text interleaves with the template's residue on the signature page ("Sincerely,",
 * "Division of Corporation Finance", "Office of Life Sciences", "cc: Steven Scrogham", c0032): the letter's, not the header's.
 */
function isStaffSignOff(text: string): boolean {
  const t = text.trim();
  return SIGN_OFF.test(t) || CC_LINE.test(t) || STAFF_SIGNATURE.test(t);
}

/** The staff's signature: the Division and its office or program, an office's name wrapped ("… Technologies" / "and Services"). */
const STAFF_SIGNATURE = new RegExp(String.raw`^(?:${DIVISION_NAME}|Office\s+of\s+\p{L}[\p{L}&,\s]*|Disclosure\s+Review\s+Program)$|^(?:and|&)\s+[A-Z][\p{L}&,\s]*$`, 'iu');

/**
 * Line i stands in the copies list: a "cc:" line at it or up to COPIES_REACH lines above. A copy's company under "cc:" may print
 * the head's name ("cc: Dr. Arjun Mehta …" / "Vantora Biosciences Corp." over the last page's number): the letter's own words, no
 * running line copying the head; nor is an address there the signer's (markLastFooter).
 */
function inCopies(lines: readonly Line[], headEnd: number, i: number): boolean {
  for (let k = i; k >= Math.max(headEnd, i - COPIES_REACH); k--) if (CC_LINE.test((lines[k] as Line).text)) return true;
  return false;
}

/** How many lines under "cc:" a copies list reaches. */
const COPIES_REACH = 8;

/** Names run together with separators, as a footer lists a company's brands or offices: "The Venetian | The Palazzo | Sands Expo". */
const SEPARATED_NAMES = new RegExp(`^[^${FOOTER_SEPARATORS}]+(?:\\s[${FOOTER_SEPARATORS}]\\s[^${FOOTER_SEPARATORS}]+){2,}$`);

/** A firm's offices run together, capitalised words only: "Beijing Boston Chicago Dallas Hong Kong Houston London … Washington, D.C." (c0607). */
const OFFICE_LIST = /^(?:[A-Z][\p{L}.'’-]*,?\s+){7,}[A-Z][\p{L}.'’-]*,?(?:\s+D\.C\.)?$/u;

/**
 * A law firm's notice of its offices at a letterhead's foot: "Cleary Gottlieb Steen & Hamilton LLP or an affiliated entity has an office
 * in each of the cities listed above." (c0742, blind round 108: it ended the preamble).
 */
const OFFICES_NOTICE = /\bhas an office in each of the cities listed above\b/i;

/** A line a letterhead's footer may hold: contact details, names run together, an office list, a trademark or offices notice, or a short name alone. */
function footerLine(line: Line): boolean {
  const text = line.text.trim();
  if (text === '' || text.length > 250 || matchCommentNumber(text) || matchResponseLabel(text)) return false;
  // A trademark notice is sentences; any other sentence is the letter's own ("Please do not hesitate to contact … at (212) 848-8590.").
  if (/\btrademarks?\b/i.test(text) || OFFICE_LIST.test(text) || OFFICES_NOTICE.test(text)) return true;
  if (/[.;:?!]["”’)]*$/.test(text) && !/\b(?:Inc|Corp|Co|Ltd|St|Ave|Blvd|Dr|Rd|N\.?A|U\.S\.A)\.$/.test(text)) return false;
  // Nor prose broken at the page end ("You may contact Abe Friedman at 202-551-8298 or Lyn Shenk at 202-551-3380 if you", c0215).
  const words = text.split(/\s+/);
  if (words.length >= 6 && words.filter((w) => /^\p{Ll}/u.test(w)).length * 10 >= words.length * 4) return false;
  return CONTACT_DETAILS.test(text) || SEPARATED_NAMES.test(text) || (words.length <= 6 && /\p{L}/u.test(text));
}

/**
 * A company letterhead's footer printed at the bottom of a page (HTML and PDF letters keep it in the text flow): the lines right
 * above a page break, up to six, each a footer line and one at least with contact details ("Corporate Headquarters / 3355 Las Vegas
 * Blvd. South, Las Vegas, Nevada 89109 / The Venetian | The Palazzo | …", c0071; "2850 Golf Road / Rolling Meadows, IL 60008 /
 * 630.773.3800 / www.ajg.com", c0089; "1050 Caribbean Way, Miami, Florida 33132-2028 | 305 539 6000 | royalcaribbeangroup.com", c0184).
 */
function markLetterheadFooters(lines: readonly Line[], headEnd: number, furniture: boolean[]): void {
  // Not in the signature block, where the signer's address and telephone belong to the letter. Found only once a footer is:
  // most letters have none, and the search reads every line.
  let signOff: number | undefined;
  for (let top = headEnd + 1; top < lines.length; top++) {
    if (!(lines[top] as Line).pageTop) continue;
    // Above what is set apart already at the page's foot (a browser's stamp).
    let bottom = top;
    while (bottom - 1 >= headEnd && top - bottom < 2 && furniture[bottom - 1]) bottom--;
    let from = bottom;
    while (from - 1 >= headEnd && bottom - from < 6 && !furniture[from - 1] && footerLine(lines[from - 1] as Line)) from--;
    let contact = false;
    for (let i = from; i < bottom; i++) contact ||= CONTACT_DETAILS.test((lines[i] as Line).text) || OFFICE_LIST.test((lines[i] as Line).text.trim()) || OFFICES_NOTICE.test((lines[i] as Line).text);
    if (!contact) continue;
    if (signOff === undefined) {
      const at = lines.findIndex((l, i) => i >= headEnd && SIGN_OFF.test(l.text.replace(/\t.*$/, '').trim()));
      signOff = at < 0 ? lines.length : at;
    }
    if (top >= signOff) return;
    for (let i = from; i < bottom; i++) furniture[i] = true;
  }
}


/**
 * Where no page break marks it (laid-out or flattened text), a letterhead's footer is still known by its shape: one line of
 * contact details run together by separators, a street address, a telephone and a web address among them ("1050 Caribbean
 * Way, Miami, Florida 33132-2028 | 305 539 6000 | royalcaribbeangroup.com", c0184 laid out). Above the sign-off only: below
 * it, the signer's address is the letter's.
 */
function markContactStrips(lines: readonly Line[], headEnd: number, furniture: boolean[]): void {
  for (let i = headEnd; i < lines.length; i++) {
    const text = (lines[i] as Line).text.trim();
    if (SIGN_OFF.test(text.replace(/\t.*$/, ''))) return;
    if (furniture[i] || text.length > 200 || !/\s[|·•]\s/.test(text)) continue;
    const parts = text.split(/\s[|·•]\s/);
    const kinds = CONTACT_KINDS.filter((kind) => parts.some((part) => kind.test(part))).length;
    if (parts.length >= 3 && kinds >= 2 && parts.every((part) => part.length <= 80 && !/[.;:?!]$/.test(part.trim()))) furniture[i] = true;
  }
}
/**
 * A short line the letter prints again and again that breaks a sentence in two where it stands (the line above goes on, the
 * line below starts in lower case) is a page's footer or header, though no page break marks it: "Confidential - Corning (L3)"
 * (c0955 laid out). Every copy of it is.
 */
function markInterruptingRepeats(lines: readonly Line[], headEnd: number, furniture: boolean[]): void {
  const copies = new Map<string, number[]>();
  for (let i = headEnd; i < lines.length; i++) {
    const text = (lines[i] as Line).text.trim();
    if (text.length === 0 || text.length > 80 || furniture[i]) continue;
    const seen = copies.get(text);
    if (seen === undefined) copies.set(text, [i]);
    else seen.push(i);
  }
  for (const [text, at] of copies) {
    // A piece of a sentence from its middle, in lower case, is the letter's own words said twice (two answers alike, set line by
    // line: "a specific pattern in the consumption of economic benefit could not be reliably", c0317), no page's header or footer.
    if (at.length < 2 || matchCommentNumber(text) || matchResponseLabel(text) || /^\p{Ll}/u.test(text)) continue;
    // Between two lines of prose, not table cells: the one above long and stopping on a lower-case word, the one below going on.
    const breaksASentence = at.some((i) => {
      const above = lines[i - 1] as Line | undefined;
      const below = lines[i + 1] as Line | undefined;
      if (i - 1 < headEnd || above === undefined || below === undefined || above.inTable || below.inTable || (lines[i] as Line).inTable) return false;
      return above.text.trim().length >= 60 && /\s\p{Ll}+$/u.test(above.text.trim()) && below.text.trim().length >= 40 && /^\p{Ll}/u.test(below.text.trim());
    });
    if (breaksASentence) for (const i of at) furniture[i] = true;
  }
}

/** A street address, a telephone number, a web address: each kind of contact detail a footer strip holds. */
const CONTACT_KINDS = [
  /^\d{1,6}\s+\S.*\b(?:Blvd|Boulevard|Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Parkway|Pkwy|Way|Place|Plaza|Lane|Court|Center|Centre|Floor)\b/i,
  /(?:\(\d{3}\)\s?|\b\d{3}[.\s-])\d{3}[.\s-]\d{4}\b/,
  /\bwww\.[\w-]+\.\w+|\b[\w-]+\.(?:com|net|org)\b/,
];

/** Lines at a page top that can be a running header: the first few, short. */
const PAGE_TOP_LINES = 4;

/** A line that may run over or under every page (markPageTopRepeats, markPageFootRepeats): short, no comment, label, list item, nor a page another page names. */
function runningLineCandidate(line: Line, sheets: readonly (number | undefined)[]): boolean {
  return line.text.length <= 90 && !matchCommentNumber(line.text) && !matchResponseLabel(line.text) && !LIST_ITEM.test(line.text) && !citesAnotherPage(line, sheets[line.index]);
}

/** Lines at a page's foot that can be a running footer: the last few, short. */
const PAGE_FOOT_LINES = 3;

/**
 * A running footer without a page number, where the source marks its page breaks: the short lines that end two pages or more
 * alike, the last page too (a law firm's document number, "NY 12345678v2", under every page of its letter: it had run into the
 * text where a page broke and into the last cc entry). Taken from the page's foot up, stopping at the first line that is not one.
 */
function markPageFootRepeats(lines: readonly Line[], headEnd: number, furniture: boolean[], sheets: readonly (number | undefined)[]): void {
  // A page whose only line is its foot (slides filed one per page, c0766) has no footer: its line is its text.
  const feet = lines.map((l, i) => (i >= headEnd && !l.pageTop && (i === lines.length - 1 || (lines[i + 1] as Line).pageTop) ? i : -1)).filter((i) => i >= 0);
  if (feet.length < 2) return;
  // Nor a comment's number alone, read out at its page's foot ("3." and "7." over two page breaks, c0700 by pdftotext -raw), nor a cc line.
  const candidate = (line: Line) => runningLineCandidate(line, sheets) && !matchBareCommentNumber(line.text) && !CC_LINE.test(line.text);
  /** The page's last lines, up from its foot, past what is set apart already. */
  const footOf = (foot: number) => {
    const out: number[] = [];
    for (let i = foot; i >= headEnd && out.length < PAGE_FOOT_LINES && !(i < foot && (lines[i + 1] as Line).pageTop); i--) if (!furniture[i]) out.push(i);
    return out;
  };
  const seen = new Map<string, number>();
  for (const foot of feet) {
    const shapes = new Set<string>();
    for (const i of footOf(foot)) {
      if (!candidate(lines[i] as Line)) break;
      shapes.add(lineShape((lines[i] as Line).text));
    }
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const most = Math.max(2, Math.ceil(feet.length / 2));
  for (const foot of feet) {
    for (const i of footOf(foot)) {
      const line = lines[i] as Line;
      if (!candidate(line) || (seen.get(lineShape(line.text)) ?? 0) < most) break;
      furniture[i] = true;
    }
  }
}

/**
 * A running header without a page number, where the source marks its page breaks (HTML
 * `page-break-*`, PDF pages): the short lines that open a page and either open another page too
 * or copy a line of the letter head (the addressee "U.S. Securities and Exchange Commission" and
 * the letter's date over every page after the first, corpus c0922). Taken from the page top down,
 * stopping at the first line that is neither.
 */
function markPageTopRepeats(lines: readonly Line[], headEnd: number, furniture: boolean[], sheets: readonly (number | undefined)[]): void {
  // The head above the Re: block (letterhead, date, addressee): the Re: block's filings come back as headings.
  const reAt = lines.slice(0, headEnd).findIndex((l) => RE_LINE.test(l.text));
  const head = new Set(lines.slice(0, reAt >= 0 ? reAt : headEnd).map((l) => lineShape(l.text)));
  // A page whose only line is the one at its top (slides filed one per page with a hidden title, c0766) has no header: its line is its text.
  const tops = lines.map((l, i) => (l.pageTop && i >= headEnd && i + 1 < lines.length && !(lines[i + 1] as Line).pageTop ? i : -1)).filter((i) => i >= 0);
  const candidate = (line: Line) => runningLineCandidate(line, sheets);
  // On how many page tops each short line shape stands.
  const seen = new Map<string, number>();
  for (const top of tops) {
    const shapes = new Set<string>();
    for (let i = top; i < Math.min(lines.length, top + PAGE_TOP_LINES) && candidate(lines[i] as Line); i++) shapes.add(lineShape((lines[i] as Line).text));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  for (const top of tops) {
    for (let i = top; i < Math.min(lines.length, top + PAGE_TOP_LINES); i++) {
      const line = lines[i] as Line;
      if (furniture[i]) continue;
      const s = lineShape(line.text);
      // A bold or underlined heading may open two pages by chance; a formatted header opens three or more.
      const formatted = line.bold >= 0.5 || line.underline >= 0.5;
      if (!candidate(line) || !((seen.get(s) ?? 0) >= (formatted ? 3 : 2) || (head.has(s) && !formatted))) break;
      // The company a signature block opens with, at the top of its signature page, is no header ("KIMCO REALTY CORPORATION" over
      // "By: /s/ Glenn G. Cohen", c0824).
      const below = (lines[i + 1] as Line | undefined)?.text ?? '';
      if (SIGNATURE_START.test(below) || /^By:\s*$/i.test(below)) break;
      furniture[i] = true;
    }
  }
}

