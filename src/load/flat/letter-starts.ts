// Owns finding where a flattened text holds another letter after the first (two letters flattened into one file, an earlier
// letter appended after the signature): each letter's paragraphs are then cut on its own words (flat.ts flatBlocks), so that
// the next letter's comment numbers and answer labels do not decide which numbers are this one's.
import { MONTH_DAY_YEAR, RE_IN_RUNNING_TEXT, SALUTATION_IN_RUNNING_TEXT } from '../../vocabulary.js';
import { SIGN_OFF_IN_TEXT } from './closing.js';

const SALUTATION = new RegExp(SALUTATION_IN_RUNNING_TEXT, 'gu');
const RE_LINE = new RegExp(RE_IN_RUNNING_TEXT, 'g');

/**
 * What opens a letter's head in flattened text: an EDGAR document header ("CORRESP 1 filename1.htm", its tags lost), the staff
 * template's logo text, or a date (the letter's, right above its addressee and Re: block).
 */
const DOCUMENT_OPENING = /(?<=^|\s)(?:(?:CORRESP|UPLOAD|LETTER)\s+\d{1,3}\s+\S+\.(?:htm|html|txt|pdf)|(?:United States\s+)?securities and exchange commission logo)(?=\s|$)/gi;
const DATE = new RegExp(String.raw`(?<=^|\s)${MONTH_DAY_YEAR}(?=\W|$)`, 'g');

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
 * the salutations, each found once; each head looked for between its sign-off and its Re: word, no two such stretches overlapping.
 * @returns the letters' starts, in order (none: one letter)
 */
export function letterStarts(text: string): number[] {
  const signOffs = Array.from(text.matchAll(SIGN_OFF_IN_TEXT), (m) => m.index);
  if (signOffs.length === 0) return [];
  const reLines = Array.from(text.matchAll(RE_LINE), (m) => m.index);
  const starts: number[] = [];
  let s = 0;
  let r = 0;
  for (const m of text.matchAll(SALUTATION)) {
    const at = m.index + m[0].length - (m[1] as string).length;
    while (s < signOffs.length && (signOffs[s] as number) < at) s++;
    while (r < reLines.length && (reLines[r] as number) < at) r++;
    const signOff = signOffs[s - 1];
    const re = reLines[r - 1];
    if (signOff === undefined || re === undefined) continue;
    // Each letter signs off after the one before it starts.
    if (re > signOff && at - signOff <= SIGN_OFF_REACH && at - re <= RE_REACH && signOff > (starts.at(-1) ?? -1)) starts.push(headStart(text, signOff, re, at));
  }
  return starts;
}

/**
 * Where the head of the letter greeting at `salutation` opens, between the sign-off of the letter before and the Re: word: at
 * the first EDGAR document header or staff logo text there, else at its last date, else at the salutation itself.
 */
function headStart(text: string, signOff: number, re: number, salutation: number): number {
  const between = text.slice(signOff, re);
  DOCUMENT_OPENING.lastIndex = 0;
  const opening = DOCUMENT_OPENING.exec(between);
  if (opening !== null) return signOff + opening.index;
  let date = -1;
  for (const m of between.matchAll(DATE)) date = m.index;
  return date >= 0 ? signOff + date : salutation;
}
