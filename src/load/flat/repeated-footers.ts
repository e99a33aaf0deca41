// Owns a letterhead's footer that a flattened letter repeats at each page's foot ("Corporate Headquarters: 5420 S. Durango Dr.
// Las Vegas, NV 89113", c0183; "Sands Macao | The Venetian Macao | … | Marina Bay Sands", c0892): set apart as furniture,
// not read as an answer's words.
import type { Tokens } from './tokens.js';

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
  for (const [start] of headers) if (start - 1 - KEY_BEFORE >= from) keyAt(start - 1);
  if (headers.length > 0 && tokens.length - 1 - KEY_BEFORE >= from) keyAt(tokens.length - 1);
  const out: [number, number][] = [];
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    // Keyed by contact words in text order, then by page tops: one list in order, each copy once.
    const marks = [...new Set(list)].sort((a, b) => a - b);
    if (marks.length < 2) continue;
    // Copies a page apart only (one sentence quoted twice stands closer), but for the last page's, which ends the text however short that page.
    const copies = marks.filter((m, k) => k === 0 || m === tokens.length - 1 || tokens.start(m) - tokens.start(marks[k - 1] as number) >= LEAST_GAP);
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
    for (const m of copies) out.push([m + left, m + right + 1]);
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
