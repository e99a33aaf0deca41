// Owns finding where a flattened text holds another letter after the first (two letters flattened into one file, an earlier
// letter appended after the signature): each letter's paragraphs are then cut on its own words (flat.ts flatBlocks), so that
// the next letter's comment numbers and answer labels do not decide which numbers are this one's.
import { COMMISSION_LOGO_TEXT, DIVISION_NAME, EDGAR_DOCUMENT_HEADER, MONTH_DAY_YEAR, RE_IN_RUNNING_TEXT, SALUTATION_IN_RUNNING_TEXT } from '../../vocabulary.js';
import { SIGN_OFF_IN_TEXT, SIGNED_FOR_THE_COMMISSION } from './closing.js';

const SALUTATION = new RegExp(SALUTATION_IN_RUNNING_TEXT, 'gu');
const RE_LINE = new RegExp(RE_IN_RUNNING_TEXT, 'g');

/**
 * What opens a letter's head in flattened text: an EDGAR document header ("CORRESP 1 filename1.htm", its tags lost), the staff
 * template's logo text, or a date (the letter's, right above its addressee and Re: block).
 */
const DOCUMENT_OPENING = new RegExp(String.raw`(?<=^|\s)(?:${EDGAR_DOCUMENT_HEADER}|${COMMISSION_LOGO_TEXT})(?=\s|$)`, 'gi');
const DATE = new RegExp(String.raw`(?<=^|\s)${MONTH_DAY_YEAR}(?=\W|$)`, 'g');

/**
 * The staff's signature where no sign-off word precedes it: "… or absence of action by the staff. Division of Corporation Finance
 * Office of Manufacturing" (a completed review, c0637): the Division's name right after a sentence's end, its last word one of
 * three lower-case letters or more (in a company's letter the name follows "Commission", "N.E." or "Esq.", in the addressee's lines).
 */
const DIVISION = new RegExp(String.raw`\b${DIVISION_NAME}\b`, 'g');
/** What stands right before the Division's name when it signs: a sentence's end (looked for in the few characters before the name only: a lookbehind over any run of blanks was tried back from each blank of the run). */
const SENTENCE_END_BEFORE = /\p{Ll}{3}[.!?]["”’)]?\s{1,3}$/u;

/** The most characters from a letter's sign-off to the next letter's salutation: its signature and copies, then the next letter's head. */
const SIGN_OFF_REACH = 3000;
/** The most characters from a letter's Re: word to its salutation: the subject block and the people addressed. */
const RE_REACH = 1500;

/**
 * Where each letter after the first starts in a flattened text. Another letter is found by its salutation, with a letter's head
 * before it (a Re: word within RE_REACH) and the letter before it signed off (a sign-off within SIGN_OFF_REACH, before that Re:):
 * a letter greets its reader once, above its body, so a salutation after a sign-off and a subject line is the next letter's; one
 * quoted in an answer ("Dear Fellow Stockholders:") has no sign-off and Re: line right above it. It starts where its head opens
 * (headStart), so that the letter before ends with its own signature and copies. One pass over the sign-offs, the Re: words and
 * the salutations, each found once; each head looked for between its sign-off and its Re: word, no stretch of text searched twice.
 * @returns the letters' starts, in order (none: one letter)
 */
export function letterStarts(text: string): number[] {
  const divisionSigns = Array.from(text.matchAll(DIVISION), (m) => m.index).filter((at) => SENTENCE_END_BEFORE.test(text.slice(Math.max(0, at - 8), at)));
  // An order signs "For the Commission, by the Division of …, pursuant to delegated authority." (c0283).
  const signOffs = [...Array.from(text.matchAll(SIGN_OFF_IN_TEXT), (m) => m.index), ...divisionSigns, ...Array.from(text.matchAll(SIGNED_FOR_THE_COMMISSION), (m) => m.index)].sort((a, b) => a - b);
  if (signOffs.length === 0) return withDocumentHeaders(text, []);
  // Another letter's Re: word and salutation come after a sign-off: looked for from the first on (most of a letter is above it).
  const reLines = matchesFrom(RE_LINE, text, signOffs[0] as number);
  const starts: number[] = [];
  let s = 0;
  let r = 0;
  // Where the last head was looked for up to: no stretch of text is searched twice.
  let searched = 0;
  SALUTATION.lastIndex = signOffs[0] as number;
  for (let m = SALUTATION.exec(text); m !== null; m = SALUTATION.exec(text)) {
    const at = m.index + m[0].length - (m[1] as string).length;
    while (r < reLines.length && (reLines[r] as number) < at) r++;
    // The first sign-off within reach, after the letter before starts: the signature's, not words of the next head that read
    // as one ("Ms. Erin M. Purnell, Esq. Division of Corporation Finance", an addressee after a period).
    const after = Math.max(at - SIGN_OFF_REACH, (starts.at(-1) ?? -1) + 1);
    while (s < signOffs.length && (signOffs[s] as number) < after) s++;
    const signOff = signOffs[s];
    const re = reLines[r - 1];
    if (signOff === undefined || re === undefined) continue;
    if (signOff < re && at - re <= RE_REACH) {
      starts.push(headStart(text, Math.max(signOff, searched), re, at));
      searched = Math.max(searched, re);
    }
  }
  return withDocumentHeaders(text, starts);
}

/** An EDGAR document header inside flattened text ("CORRESP 1 filename1.htm", its tags lost): a document starts there, whatever it holds. */
const DOCUMENT_HEADER = new RegExp(String.raw`(?<=\s)${EDGAR_DOCUMENT_HEADER}(?=\s|$)`, 'gi');

/**
 * The starts with every EDGAR document header after the text's start among them: a letter there though it greets nobody, or the one
 * before does (an order, a request for acceleration), in order, each once.
 */
function withDocumentHeaders(text: string, starts: readonly number[]): number[] {
  // Not the text's own header, blanks before it or not.
  const opening = text.search(/\S/);
  const headers = Array.from(text.matchAll(DOCUMENT_HEADER), (m) => m.index).filter((at) => at > opening);
  if (headers.length === 0) return [...starts];
  return [...new Set([...starts, ...headers])].sort((a, b) => a - b);
}

/** Where a global pattern matches in `text` from `from` on. */
function matchesFrom(pattern: RegExp, text: string, from: number): number[] {
  const out: number[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push(m.index);
  return out;
}

/**
 * Where the head of the letter greeting at `salutation` opens, between `from` (the sign-off of the letter before) and the Re: word:
 * at the first EDGAR document header or staff logo text there, else at its last date, else at the salutation itself.
 */
function headStart(text: string, from: number, re: number, salutation: number): number {
  const between = text.slice(from, Math.max(from, re));
  DOCUMENT_OPENING.lastIndex = 0;
  const opening = DOCUMENT_OPENING.exec(between);
  if (opening !== null) return from + opening.index;
  let date = -1;
  for (const m of between.matchAll(DATE)) date = m.index;
  return date >= 0 ? from + date : salutation;
}
