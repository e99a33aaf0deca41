// Owns a letterhead's footer that a flattened letter repeats at each page's foot ("Corporate Headquarters: 5420 S. Durango Dr.
// Las Vegas, NV 89113", c0183; "Sands Macao | The Venetian Macao | … | Marina Bay Sands", c0892): set apart as furniture,
// not read as an answer's words; and a contact line printed once, its parts set apart by bars.
import { ABBREVIATED_LEGAL_FORM, CONTACT_DETAILS, FOOTER_SEPARATORS, JOINING_WORD, LEGAL_FORM, MONTH_WORD } from '../../vocabulary.js';
import { bare, type Tokens } from './tokens.js';
import { endsSentence } from './sentences.js';

/** A web address alone: "www.oneok.com", "caseys.com". */
const WEB_ADDRESS_SOURCE = String.raw`www\.\S+|\S+\.(?:com|net|org)`;
export const WEB_ADDRESS = new RegExp(`^(?:${WEB_ADDRESS_SOURCE})$`, 'i');
/** A word of a contact line: a phone number whole ("312-634-8100") or its last part after "(617)", a web address (a ZIP code: ZIP_CODE). */
const CONTACT_WORD = /^(?:\d{3}[.-]\d{3}[.-]\d{4}[,.]?|www\.\S+|\S+\.com[,.]?)$/i;
const PHONE_END = /^\d{3}[.-]\d{4}[,.]?$/;
const AREA_CODE = /^\(\d{3}\)$/;
/** A ZIP code after its state ("NV 89113", "Illinois 60601"), not a five-figure amount of a table. */
const ZIP_CODE = /^\d{5}(?:-\d{4})?[,.]?$/;
const STATE = /^[A-Z][A-Za-z]+[,.]?$/;
/** A word that ends a sentence of prose ("consideration.", "needed."): a footer holds none (a closing paragraph repeated does). */
const PROSE_END = /^[a-z]{3,}[.?!]["”’)]*$/;
/**
 * A word that ends a sentence, a number's included ("… on page 97."): what a copy found only at page tops may not hold, since
 * an answer's sentence said again (c0821: "… “The Transactions—Projected Financial Data” on page 97.") can end two pages.
 */
const SENTENCE_END = /^(?:[a-z]{3,}|\d+)[.?!]["”’)]*$/;
/** Words before a contact word that key a repeat, with it. */
const KEY_BEFORE = 4;
/** A footer is at most this many words. */
const MOST_WORDS = 30;
/** How many words before the text's end the last page's foot may end and still be keyed with the copies above (repeatedFooters). */
const LAST_FOOT_SHIFT = 3;
/** Two copies of a footer stand at least this far apart, in characters (a page's text between them). */
const LEAST_GAP = 700;

/**
 * The repeated footers after `from` (the body's start), as token ranges [from, to): the longest run of words, holding a
 * contact word or ending right before a page's running header (`headers`, the page tops found), that the text prints word
 * for word two or more times, each copy a page's length from the next. Linear: keyed by the words around each contact word
 * and before each page top.
 */
export function repeatedFooters(tokens: Tokens, from: number, headers: readonly [number, number][] = []): [number, number][] {
  const byKey = new Map<string, number[]>();
  // The keys of copies found by a contact word: a copy found only before page tops must look less like prose.
  const contactKeys = new Set<string>();
  for (let m = from + KEY_BEFORE; m < tokens.length; m++) {
    const word = tokens.text(m);
    const before = tokens.text(m - 1);
    if (!CONTACT_WORD.test(word) && !(ZIP_CODE.test(word) && STATE.test(before)) && !(PHONE_END.test(word) && AREA_CODE.test(before))) continue;
    contactKeys.add(keyAt(m));
  }
  // A page's foot: the words right before each running header, and the text's last words (the last page's foot).
  // (A copy keyed before a header is a page's foot wherever it stands, the last page's too: "… SYSTEMS, INC. 4", c0208.)
  const beforeHeader = new Set<number>();
  for (const [start] of headers) {
    if (start - 1 - KEY_BEFORE < from) continue;
    keyAt(start - 1);
    beforeHeader.add(start - 1);
  }
  // The last page's foot is keyed at the text's last word and at a few before it: a page top's header may have taken the footer's
  // last word for its own, a word of the letterhead ("… | Marina Bay Sands Securities and Exchange Commission April 6, 2023 Page 2",
  // Sands of "Las Vegas Sands Corp.", c1097), so the copies above key a word early.
  if (headers.length > 0) for (let k = 0; k <= LAST_FOOT_SHIFT; k++) if (tokens.length - 1 - k - KEY_BEFORE >= from) keyAt(tokens.length - 1 - k);
  /** Copies keyed from here on are the last page's foot. */
  const tail = tokens.length - 1 - LAST_FOOT_SHIFT;
  const out: [number, number][] = [];
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    // Keyed by contact words in text order, then by page tops: one list in order, each copy once.
    const keyed = [...new Set(list)].sort((a, b) => a - b);
    // A copy keyed a word or more before the text's end is the last page's foot only where the copies above go on with the text's last words.
    const above = keyed.filter((c) => c < tail);
    const goesOnToTheEnd = (m: number) => {
      const others = above.filter((c) => c < m);
      return others.length > 0 && others.every((c) => tokens.texts.slice(c + 1, c + tokens.length - m).join(' ') === tokens.texts.slice(m + 1).join(' '));
    };
    const marks = keyed.filter((m) => m < tail || beforeHeader.has(m) || goesOnToTheEnd(m));
    if (marks.length < 2) continue;
    // The last page's foot keyed a few words earlier (a contact word inside a long footer): what follows it to the text's end
    // is what follows the copies above (c1052: "… 89109 The Venetian Resort … | Marina Bay Sands").
    const endsText = (m: number) => m >= tail || (tokens.length - 1 - m <= 2 * MOST_WORDS && goesOnToTheEnd(m));
    // Copies a page apart only (one sentence quoted twice stands closer), but for the last page's, which ends the text however short
    // that page, and one right above a page top, whose page may be short too (the letter's last before an appendix, c0563).
    const copies = marks.filter((m, k) => k === 0 || endsText(m) || beforeHeader.has(m) || tokens.start(m) - tokens.start(marks[k - 1] as number) >= LEAST_GAP);
    if (copies.length < 2) continue;
    // The run all copies share: grown word by word to each side while every copy prints the same word.
    const same = (offset: number) => copies.every((m) => m + offset >= from && m + offset < tokens.length && tokens.text(m + offset) === tokens.text(copies[0] as number + offset));
    let left = -KEY_BEFORE;
    while (left - 1 >= -MOST_WORDS && same(left - 1)) left--;
    let right = 0;
    while (right + 1 - left < MOST_WORDS && same(right + 1)) right++;
    // Copies that go on agreeing past a footer's most words, in words of prose, are a paragraph said again, not a footer ("… that
    // have been marked [**] be treated as confidential information and that the Commission provide timely notice to Michael J.
    // LaCascia, … (617) 961-7018, before it permits any disclosure …", under each answer of c0526); a long footer is a list of
    // names ("Sands Macao | The Venetian Macao | … | Marina Bay Sands", c0892).
    const run = tokens.texts.slice((copies[0] as number) + left, (copies[0] as number) + right + 1);
    if ((same(left - 1) || same(right + 1)) && run.filter((word) => /^\p{Ll}+[,;]?$/u.test(word)).length * 3 >= run.length) continue;
    const prose = contactKeys.has(key) ? PROSE_END : SENTENCE_END;
    if (run.some((word) => prose.test(word))) continue;
    // A copy keyed before the text's end is a footer only if it runs to the end, its last words those the copies above go on
    // with (a footer over the most words grown to the left, c1052: "3355 Las Vegas Blvd. … | Marina Bay Sands").
    for (const m of copies) {
      if (beforeHeader.has(m) || (m < tail && !endsText(m))) out.push([m + left, m + right + 1]);
      else if (m + right + 1 === tokens.length || goesOnToTheEnd(m)) out.push([m + left, tokens.length]);
    }
  }
  return out;

  /** Key the copy whose last word is `m` by its last words; the key. */
  function keyAt(m: number): string {
    const key = tokens.texts.slice(m - KEY_BEFORE, m + 1).join(' ');
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [m]);
    else list.push(m);
    return key;
  }
}

/** A page code's letters before its figures, printed apart from them: "BSC-", "EA-00". */
const CODE_PREFIX = /^[A-Z]{1,10}-\d*$/;
/** A word of a letterhead: capitalised, a figure, a legal form in lower case ("plc"), a title's small word, or a joining mark; no bracket (an answer's "[CONFIDENTIAL TREATMENT REQUESTED …]" stands for withheld words). */
const LETTERHEAD_WORD = /^(?:[\p{Lu}\d§][^\s\[\]]*|plc|inc\.?|by|of|and|to|the|for|at|on|in|&|\||[•·–—§-])$/u;
/** Words a letterhead key holds, and the fewest words a letterhead repeated in the body is. */
const LETTERHEAD_KEY = 4;
const LETTERHEAD_LEAST = 6;
/** The letterhead is among the text's first words (above the date and the addressee). */
const LETTERHEAD_REACH = 40;

/**
 * The letterhead a flattened letter prints again at each page's top, wherever the page broke, even inside a sentence ("… from
 * 4% of your consolidated pre-tax income STERIS plc 70 Sir John Rogerson’s Quay Dublin 2 Ireland in 2019 to 40% in 2023", c0722,
 * c1112 flattened): as token ranges [from, to), the longest runs of six words or more of the text's first words (its letterhead)
 * that the body after `from` prints two or more times, a page's length apart, each word a letterhead's.
 */
export function repeatedLetterhead(tokens: Tokens, from: number, isFurniture: (i: number) => boolean): [number, number][] {
  const head = new Map<string, number>();
  // The letterhead stands above the letter's date.
  let headEnd = Math.min(from, LETTERHEAD_REACH);
  for (let m = 0; m + 2 < headEnd; m++) {
    if (MONTH_WORD.test(tokens.text(m)) && /^\d{1,2},$/.test(tokens.text(m + 1)) && /^(?:19|20)\d\d$/.test(tokens.text(m + 2))) headEnd = m;
  }
  const keyAt = (m: number) => tokens.texts.slice(m, m + LETTERHEAD_KEY).join(' ');
  const letterheadRun = (m: number) => tokens.texts.slice(m, m + LETTERHEAD_KEY).every((word) => LETTERHEAD_WORD.test(word));
  for (let m = 0; m + LETTERHEAD_KEY <= headEnd; m++) if (letterheadRun(m) && !head.has(keyAt(m))) head.set(keyAt(m), m);
  if (head.size === 0) return [];
  // Each head key's copies in the body, in order (a key is made only where a head key's first word stands).
  const firstWords = new Set([...head.values()].map((m) => tokens.text(m)));
  const copiesOf = new Map<string, number[]>();
  for (let m = Math.max(from, headEnd); m + LETTERHEAD_KEY <= tokens.length; m++) {
    if (!firstWords.has(tokens.text(m))) continue;
    const key = keyAt(m);
    if (!head.has(key)) continue;
    const list = copiesOf.get(key);
    if (list === undefined) copiesOf.set(key, [m]);
    else list.push(m);
  }
  const out: [number, number][] = [];
  const covered = new Set<number>();
  for (const list of copiesOf.values()) {
    const copies = list.filter((m, k) => k === 0 || tokens.start(m) - tokens.start(list[k - 1] as number) >= LEAST_GAP);
    // Not what is set apart already (a running header, a footer).
    if (copies.length < 2 || copies.some((m) => covered.has(m) || isFurniture(m))) continue;
    const same = (offset: number) => copies.every((m) => m + offset >= from && m + offset < tokens.length && tokens.text(m + offset) === tokens.text((copies[0] as number) + offset) && LETTERHEAD_WORD.test(tokens.text(m + offset)) && !isFurniture(m + offset));
    let left = 0;
    while (left - 1 > -MOST_WORDS && same(left - 1)) left--;
    let right = LETTERHEAD_KEY - 1;
    while (right + 1 - left < MOST_WORDS && same(right + 1)) right++;
    if (right + 1 - left < LETTERHEAD_LEAST) continue;
    // Copies between the same words on both sides are a passage said again, not a page's top, which breaks the text wherever the
    // page ends ("… provide timely notice to Molly Strader Fruit, Vice President, Corporate Controller, … IL 60601, phone
    // 312-634-8233, before it permits …", under each request of c0740: the letterhead's contact named in its sentence).
    if (sameAround(tokens, copies, left, right, from, isFurniture)) continue;
    for (const m of copies) {
      // The page's own code beside a confidentiality legend, which differs page by page: "BSC- 1 CONFIDENTIAL TREATMENT …",
      // "… ELECTRONIC ARTS INC.: EA-00 2" (c0415, c0553: Rule 83 marks each page so, the code's figures printed apart).
      let start = m + left;
      let end = m + right + 1;
      if (start - 2 >= from && /^\d{1,4}$/.test(tokens.text(start - 1)) && CODE_PREFIX.test(tokens.text(start - 2))) start -= 2;
      if (end < tokens.length && /^\d{1,4}$/.test(tokens.text(end)) && CODE_PREFIX.test(tokens.text(end - 1))) end++;
      out.push([start, end]);
      for (let k = start; k < end; k++) covered.add(k);
    }
  }
  return out;
}

/** How many words on each side of a repeat tell a passage said again (sameAround). */
const AROUND_WORDS = 2;

/** Whether every copy (its run from `left` to `right` about each) stands between the same AROUND_WORDS words on each side, none furniture. */
function sameAround(tokens: Tokens, copies: readonly number[], left: number, right: number, from: number, isFurniture: (i: number) => boolean): boolean {
  const first = copies[0] as number;
  const offsets = [];
  for (let k = 1; k <= AROUND_WORDS; k++) offsets.push(left - k, right + k);
  return offsets.every((offset) =>
    copies.every((m) => m + offset >= from && m + offset < tokens.length && !isFurniture(m + offset) && tokens.text(m + offset) === tokens.text(first + offset)),
  );
}

/** A contact footer's parts are set apart by bars or bullets; each is a few words ("1050 Caribbean Way, Miami, Florida 33132-2028"). */
const SEPARATOR = new RegExp(`^[${FOOTER_SEPARATORS}]$`);
const PART_WORDS = 8;
/** A contact footer's last part ends at a web address, a telephone number or a ZIP code ("caseys.com", "515-965-6100"). */
const LAST_PART = new RegExp(String.raw`^(?:${WEB_ADDRESS_SOURCE}|\d{3}[.-]\d{3}[.-]\d{4}|\d{5}(?:-\d{4})?)$`, 'i');

/** How many words a contact footer's first part may hold, back from its first bar ("Corporate Headquarters 3355 Las Vegas Blvd. South, …"). */
const FIRST_PART_WORDS = 16;
/** Whether words from `at` (before `bar`) are a company's name, capitalised, up to its legal form, then a street number. */
function companyThenNumber(tokens: Tokens, at: number, bar: number): boolean {
  let k = at;
  while (k < bar && /^\p{Lu}[\p{L}&'’.,-]*$/u.test(tokens.text(k)) && !LEGAL_FORM_END.test(tokens.text(k))) k++;
  return k > at && k + 1 < bar && LEGAL_FORM_END.test(tokens.text(k)) && /^\d{1,6}$/.test(tokens.text(k + 1));
}
const LEGAL_FORM_END = new RegExp(String.raw`^(?:${LEGAL_FORM})\.?,?$`);
/** The most words a contact footer holds (its address, names and numbers): a longer run of bars is not read as one. */
const FOOTER_WORDS = 60;
/** A street's abbreviation inside an address, or a name's initial ("Ellen M. Smith"): its period ends no sentence. */
const STREET_ABBREVIATION = /^(?:Blvd|St|Ave|Rd|Dr|Ste|Pkwy|Hwy|Ln|Ct|Pl|Fl|N\.E|N\.W|S\.E|S\.W|[A-Z])\.,?$/;
/** A word of an address or a name list: capitalised, a figure, a joining mark or a small word between names. */
const ADDRESS_WORD = /^(?:[\p{Lu}\p{N}]|[&•·–-]$|(?:of|and|the|at|de)$)/u;

/**
 * A letterhead's contact line printed once, at page 1's foot, its parts set apart by bars ("… as you provided in your CSR report.
 * 1050 Caribbean Way, Miami, Florida 33132-2028 | 305 539 6000 | royalcaribbeangroup.com Response : …", c1137; "One SE Convenience
 * Blvd. | Ankeny, Iowa | 50021-9672 | caseys.com | 515-965-6100", c0293), as token ranges [from, to): after a word that ends a
 * sentence, three parts or more of a few words each, an address's ZIP code, a web address or a telephone number among them, the
 * last ending at such a word before a capital, or at the next page's running header (`isPageTop`: "… Nevada 89109 The Venetian |
 * … | Marina Bay [Sands Wilson K. Lee … Page 2]", c0418). No repeat marks it, so it must look so: prose sets no words apart by bars.
 */
export function contactFooters(tokens: Tokens, from: number, isPageTop: (i: number) => boolean = () => false): [number, number][] {
  const out: [number, number][] = [];
  for (let bar = from + 1; bar < tokens.length; bar++) {
    if (!SEPARATOR.test(tokens.text(bar))) continue;
    // The first part: words of an address back to the word after a sentence's end (a street's abbreviation ends none: "Blvd.") or
    // a rule of underscores ("… acquisition of Parion. ______ VERTEX PHARMACEUTICALS INCORPORATED 50 NORTHERN AVENUE • BOSTON, MA
    // 02210-1862 TEL. 617-341-6100 • http://www.vrtx.com The Company acknowledges …", c1109) or of asterisks ("… income statements.
    // * * * * 1801 California Street · 46 th Floor · Denver, Colorado · 80202 · USA Tel. (303) 927-2337 MOLSON is …", c0787).
    let start = -1;
    for (let k = bar - 1; k > from && bar - k <= FIRST_PART_WORDS && ADDRESS_WORD.test(tokens.text(k)); k--) {
      const before = tokens.text(k - 1);
      if ((endsSentence(before) && !STREET_ABBREVIATION.test(before)) || /^_{5,}$/.test(before) || /^\*+$/.test(before)) {
        start = k;
        break;
      }
      // A sentence the footer broke into: its words end at a small word after a comma ("… Rather, the Molson Coors Brewing Company
      // 1801 California Street …", c0696).
      if (/^\p{Ll}+$/u.test(tokens.text(k)) && before.endsWith(',')) {
        start = k + 1;
        break;
      }
      // Or at a word in lower case, a company's name up to its legal form and its street number after it ("… will require, cash
      // settlement Molson Coors Brewing Company 1801 California Street Suite 4600 • Denver …", c0390).
      // Not after a joining word, whose phrase goes on into the capitalised words ("… General Counsel and Assistant Secretary Molson
      // Coors Brewing Company 1801 …", c0398: the footer starts at the company).
      if (/^\p{Ll}+[,;]?$/u.test(before) && !JOINING_WORD.test(before) && companyThenNumber(tokens, k, bar)) {
        start = k;
        break;
      }
    }
    if (start < 0) continue;
    // Part after part while a separator follows; the last part ends at its contact word, or where the next page's header starts.
    let bars = 0;
    let at = bar;
    let end = -1;
    while (at < tokens.length && SEPARATOR.test(tokens.text(at)) && at - start <= FOOTER_WORDS) {
      bars++;
      let k = at + 1;
      while (k < tokens.length && k - at <= PART_WORDS && !SEPARATOR.test(tokens.text(k)) && !isPageTop(k)) k++;
      if (k < tokens.length && SEPARATOR.test(tokens.text(k))) {
        at = k;
        continue;
      }
      if (k < tokens.length && k > at + 1 && isPageTop(k)) {
        end = k;
        break;
      }
      // The last part: a few words, the last a contact word, then a capital.
      for (let j = at + 1; j < Math.min(tokens.length, at + 1 + 4); j++) {
        const contact = LAST_PART.test(bare(tokens.text(j))) || (PHONE_END.test(tokens.text(j)) && AREA_CODE.test(tokens.text(j - 1)));
        if (contact && (j + 1 === tokens.length || /^\p{Lu}/u.test(tokens.text(j + 1)))) {
          end = j + 1;
          break;
        }
      }
      break;
    }
    if (bars >= 2 && end > 0 && end - start <= FOOTER_WORDS && CONTACT_DETAILS.test(tokens.texts.slice(start, end).join(' '))) {
      out.push([start, end]);
      bar = end;
    }
  }
  // With no bars: the company, its street, city, state and ZIP code, then its web address or telephone, before a capital ("…
  // December 31, 2016. ONEOK, Inc. 100 West Fifth Street Tulsa, OK 74103 www.oneok.com Ms. Jennifer Thompson June 14, 2017 Response
  // : …", c0715, c0349; "… charges differently. 10 HUDSON YARDS NEW YORK, NY 10001 TELEPHONE 212 946-8400 Securities and Exchange
  // Commission … Page 2", c0734): an address's words only, back to a sentence's end.
  const barred = out.length;
  // The barred footers before the word tried (they are in text order): one pointer, not a search per word.
  let next = 0;
  for (let last = from + 1; last < tokens.length; last++) {
    const word = tokens.text(last);
    if (!WEB_ADDRESS.test(word) && !(PHONE_END.test(word) && /^(?:\(?\d{3}\)?|TELEPHONE|Telephone|Tel\.?|TEL\.?|Phone|PHONE)$/.test(tokens.text(last - 1)))) continue;
    if (last + 1 < tokens.length && !/^\p{Lu}/u.test(tokens.text(last + 1))) continue;
    // The ZIP code after its state, a few words before (a telephone's label and number may come between).
    let zip = last - 1;
    while (zip > last - CONTACT_AFTER_ZIP && !(ZIP_CODE.test(tokens.text(zip)) && STATE.test(tokens.text(zip - 1)))) zip--;
    if (zip <= last - CONTACT_AFTER_ZIP || !tokens.texts.slice(zip + 1, last).every((w) => ADDRESS_WORD.test(w))) continue;
    while (next < barred && (out[next] as [number, number])[1] <= last) next++;
    if (next < barred && (out[next] as [number, number])[0] <= last) continue;
    for (let k = zip - 1; k > from && last - k <= FIRST_PART_WORDS && ADDRESS_WORD.test(tokens.text(k)); k--) {
      const before = tokens.text(k - 1);
      if (endsSentence(before) && !STREET_ABBREVIATION.test(before) && !LEGAL_FORM_ABBREVIATION.test(before)) {
        // A street's number among the words: an address, not a sentence's capitalised words.
        if (tokens.texts.slice(k, zip - 1).some((w) => /^\d{1,6}$/.test(w))) out.push([k, last + 1]);
        break;
      }
    }
  }
  return out.map(([start, end]) => [start, afterTrademarkNotices(tokens, end)]);
}

/** The most words of one trademark notice ("MOLSON is a registered trademark of Molson Canada 2005, used under license."). */
const NOTICE_WORDS = 30;
/** A letterhead's trademark notice: "COORS is a registered trademark of Coors Brewing Company, used under license." */
const TRADEMARK_NOTICE = /^(?:[\p{Lu}\d][\p{L}\d&.'’®™-]*\s+){1,6}(?:is|are)\s+(?:a\s+)?(?:registered\s+)?(?:trademarks?|service\s+marks?)\s+of\s[^.]{1,120}\.$/u;

/**
 * Where a contact footer ends with the trademark notices the letterhead prints under it (c0248, c0787: "… USA Tel. (303)
 * 927-2416 MOLSON is a registered trademark of Molson Canada 2005, used under license. COORS is …"): the footer's, not the
 * letter's words. Only right after a footer: a letter may say as much in its own words.
 */
function afterTrademarkNotices(tokens: Tokens, end: number): number {
  for (;;) {
    let stop = end;
    while (stop < tokens.length && stop - end < NOTICE_WORDS && !tokens.text(stop).endsWith('.')) stop++;
    if (stop >= tokens.length || !TRADEMARK_NOTICE.test(tokens.texts.slice(end, stop + 1).join(' '))) return end;
    end = stop + 1;
  }
}

/** The most words between a contact line's ZIP code and its last word ("10001 TELEPHONE 212 946-8400"). */
const CONTACT_AFTER_ZIP = 5;
/** A company's abbreviated legal form ("ONEOK, Inc."): its period ends no sentence. */
const LEGAL_FORM_ABBREVIATION = new RegExp(String.raw`^(?:${ABBREVIATED_LEGAL_FORM})\.,?$`);
