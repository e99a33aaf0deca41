// Owns the bare page numbers a flattened letter keeps where its pages broke ("… our ongoing operations. 3 DCF For …", "… to
// 3 reflect any subsequent discussions …"): set apart as furniture, not read as a comment's or an answer's words.
import { FOOTER_WORD } from './sentences.js';
import type { Tokens } from './tokens.js';

/**
 * How far apart two page numbers stand, in characters: a page of a letter holds at least this much text (a page with a
 * table or a short page of an answer, c0409), and at most (a whole page of small type). A number the next page's distance
 * after its predecessor is a page's.
 */
export const PAGE_CHARS = { least: 700, most: 7000 };
/** The highest page number read (a letter of more pages is rare, and a bare 3-figure number is an amount). */
const MOST_PAGES = 99;
/** Predecessors tried per number: the nearest ones in reach (a page's length holds few numbers of the same value). */
const PREDECESSORS_TRIED = 8;
/** A word before a number that makes it part of the text: "Item 2", "Note 3", "comment 2", "Form 2", "Step 1", "Exhibit A 2", "Dublin 2", "footnote 1", a month ("March 2"; not any word that starts as one does: "… margin. 5 • Please …", c0379) is no page's. */
const NUMBERS_WORD = /^(?:items?|notes?|footnotes?|rules?|forms?|parts?|sections?|articles?|schedules?|exhibits?|annex|appendix|steps?|levels?|tiers?|phases?|proposals?|questions?|amendments?|nos?\.|numbers?|comments?|responses?|pages?|chapters?|topics?|tranches?|class(?:es)?|series|days?|years?|months?|weeks?|stage|round|option|plan|fund|unit|scope|co|dublin|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|[$€£¥#§(])$/i;
/** A word after a number that makes it part of the text: "3 %", "2 st", "1)", "2 of 5", "4 million". */
const NUMBERED_WORD = /^(?:%|percent|st|nd|rd|th|of|million|billion|thousand|[x×)\]:,;.%]|[-–—/]\S*)$/i;

/**
 * The page numbers, as token ranges [from, to) with the footer's words before them ("oxy.com 3"): bare numbers 1-99, each the next page's distance after the one before it and one more
 * than it, two or more in a row from page 1 or 2 (the longest such run; one alone is no evidence). Linear: each number
 * tries a few predecessors.
 * @param from the first token of the letter's body
 * @param taken tokens already read otherwise (comment numbers, running headers)
 * @param isFurniture tokens of the page furniture already set apart (footers), which a page's number may stand before
 */
export function pageNumbers(tokens: Tokens, from: number, taken: (i: number) => boolean, isFurniture: (i: number) => boolean = () => false): [number, number][] {
  // Per page number: the candidates with it so far, each with the longest run that ends there and its predecessor.
  const byValue: PageCandidate[][] = Array.from({ length: MOST_PAGES + 1 }, () => []);
  let best: PageCandidate | undefined;
  for (let i = from; i < tokens.length; i++) {
    const word = tokens.text(i);
    if (word.length > 2 || !/^\d{1,2}$/.test(word) || taken(i)) continue;
    const value = Number(word);
    const before = tokens.text(i - 1).replace(/^[(“"'‘\[]+/, '');
    // What the page goes on with: past a footer already set apart ("… services. 4 209 Redwood Shores Parkway, … www.ea.com The
    // Company's …", c0464: its address's number is no table's figure beside the page's).
    let next = i + 1;
    while (next < tokens.length && isFurniture(next)) next++;
    const after = tokens.text(next);
    if (value < 1 || value > MOST_PAGES || NUMBERS_WORD.test(before) || /^[A-Z]$/.test(before) || NUMBERED_WORD.test(after)) continue;
    // The last of a list of numbers: "Year 2, 3 or 4 financial statements" (c0595).
    if (/^(?:and|or|to|through|&)$/i.test(before) && /^\d[\d,]*$/.test(tokens.text(i - 2))) continue;
    // A figure beside another is a table's ("In Years 1 2 3 4", "1,228 1 2010"); a page's number may stand before a year that
    // starts a sentence ("… financial statement users 4 2016 net revenue …", c0595) or a comment's number ("… 3 2. We note"),
    // and after a table's last figure where the next comment opens the next page ("… Expenses 24,332 3 4. We note …", c0854).
    if (isFigure(before) && !opensComment(tokens, i + 1)) continue;
    if (isFigure(after) && !(/^(?:19|20)\d\d$/.test(after) && !isFigure(tokens.text(next + 1)))) continue;
    const position = tokens.start(i);
    let length = value <= 2 ? 1 : 0;
    let previous = -1;
    let previousValue = value - 1;
    // The nearest predecessors a page's length back (found by halving: a text of thousands of one number stays linear enough).
    // The last page's number ends the text (or only its footer follows), however short that page ("… Eaton Corporation plc 4",
    // c0409; "… Lisa Munro (KPMG LLP) 7 209 Redwood Shores Parkway, …", c0464), but a predecessor a whole page back is tried
    // first: a short last page's footnote "2 For the purposes …" is no page's number when page 2's stood a page before (c0781);
    // a nearer one only if it makes a longer run.
    for (const least of next >= tokens.length ? [PAGE_CHARS.least, 0] : [PAGE_CHARS.least]) {
      const longest = length;
      // The page before, or, where its number is not printed, the one before that two pages back ("… 2 … 4 … 5 … 6", c0379).
      for (const pages of [1, 2]) {
        if (length > longest || value - pages < 1) break;
        const below = byValue[value - pages] ?? [];
        for (let k = lastAtOrBefore(below, tokens, position - pages * least), tried = 0; k >= 0 && tried < PREDECESSORS_TRIED; k--, tried++) {
          const candidate = below[k] as PageCandidate;
          if (position - tokens.start(candidate.at) > pages * PAGE_CHARS.most) break;
          if (candidate.length > 0 && candidate.length + 1 > length) {
            length = candidate.length + 1;
            previous = candidate.at;
            previousValue = value - pages;
          }
        }
      }
    }
    const entry: PageCandidate = { at: i, length, previous, previousValue };
    (byValue[value] as (typeof entry)[]).push(entry);
    if (length >= 2 && (best === undefined || length > best.length)) best = entry;
  }
  if (best === undefined) return [];
  // Back along the run: each entry's predecessor, found among the candidates of the value below.
  const out: [number, number][] = [];
  for (let entry: PageCandidate | undefined = best; entry !== undefined; ) {
    // The footer's other words before the number ("oxy.com 3", "| Page 2"): the page's too.
    let start = entry.at;
    while (start > from && start > entry.at - 3 && FOOTER_WORD.test(tokens.text(start - 1)) && !/^\d/.test(tokens.text(start - 1)) && !taken(start - 1)) start--;
    // And "| Page" after it ("… Corporate Secretary 2 | Page", c0699).
    const end = tokens.text(entry.at + 1) === '|' && /^page$/i.test(tokens.text(entry.at + 2)) && !/^\d/.test(tokens.text(entry.at + 3)) ? entry.at + 3 : entry.at + 1;
    out.push([start, end]);
    const { previous, previousValue }: PageCandidate = entry;
    entry = previous < 0 ? undefined : byValue[previousValue]?.find((candidate) => candidate.at === previous);
  }
  return out.reverse();
}

/** A bare number that may be a page's: the longest run of pages that ends with it, and the page number before it in that run (its token, -1: none). */
interface PageCandidate {
  at: number;
  length: number;
  previous: number;
  previousValue: number;
}

/** The index of the last candidate of `list` (in text order) that starts at or before `offset`; -1: none. */
function lastAtOrBefore(list: readonly { at: number }[], tokens: Tokens, offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens.start((list[middle] as { at: number }).at) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** A figure of a table: "1,228", "$", "(11)", "164.3", "2010", not a comment's number ("2.") nor a sentence's last word ("… prior to 2019.", c0622). */
function isFigure(word: string): boolean {
  return /^[-–—$(]?\d[\d,.]*%?\)?$/.test(word) && !word.endsWith('.') || word === '$';
}

/** Token i is a comment's number opening its words: "4." then a capital ("4. We note …"). */
function opensComment(tokens: Tokens, i: number): boolean {
  return /^\d{1,3}\.$/.test(tokens.text(i)) && /^\p{Lu}/u.test(tokens.text(i + 1));
}
