// Owns normalisation: Source paragraphs -> one text (a line per paragraph) with styled lines and offsets.
import { isLetterOrDigit } from './chars.js';
import { INVISIBLE_MARKS } from './load/detect.js';
import { PRINTED_AS } from './vocabulary.js';
import type { Block, Source } from './source.js';

/** A styled stretch of a line; offsets are relative to the line start. */
export interface StyleSpan {
  start: number;
  end: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** One paragraph of the normalised text. Offsets are 0-based into `NormalText.value`. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  /** 1-based source page, where the format has pages. */
  page?: number;
  /** Share (0..1) of the line's letters in bold, italic, underline. */
  bold: number;
  italic: number;
  underline: number;
  centered: boolean;
  inTable: boolean;
  /** The loader already knew the line is page furniture. */
  furniture: boolean;
  /** The first line of a page after the first (a printed page break, or a new PDF page). */
  pageTop: boolean;
  /** The loader found a comment's first words here, above its number (Block.commentStart). */
  commentStart?: boolean;
  /** The loader found another letter's head starting here (Block.letterStart). */
  letterStart?: boolean;
  spans: StyleSpan[];
}

/** The normalised letter: paragraphs joined by "\n"; `lines[i]` is the i-th paragraph. */
export interface NormalText {
  value: string;
  lines: Line[];
}

/**
 * Characters that print nothing: the invisible marks (load/detect.ts INVISIBLE_MARKS: zero-width,
 * bidi, soft hyphen, BOM) and control characters. The decoder and the HTML loader strip the
 * marks already; this catches them in PDF text. Stripped, not kept: `location` offsets index
 * this text, and a mark before "1." must not hide the comment number from the classifiers.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = new RegExp(`${INVISIBLE_MARKS.source}|[\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f]`, 'g');
/**
 * Runs of white space that fold to one space. A single plain space already is one, so it is
 * not matched: a 30 MB line of short words would otherwise make millions of no-op replacements.
 */
const SPACES = / [ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\r\n\f]+|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\r\n\f][ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\r\n\f]*/g;
/** A backtick between letters, the apostrophe of letters typed on old word processors ("Management`s", EDGAR text of 2004-2009): read as one. */
const BACKTICK_APOSTROPHE = /(?<=\p{L})`(?=\p{L})/gu;
/** The private-use bullets Word's PDFs leave (55 of the corpus's PDF letters) and its non-breaking hyphens, each given as the character it prints as (vocabulary.ts PRINTED_AS). */
const PRINTED_AS_ANOTHER = new RegExp(`[${Object.keys(PRINTED_AS).join('')}]`, 'g');
const printedAs = (c: string) => PRINTED_AS[c] ?? c;
/** Spaces and tabs around a tab fold into that one tab; a lone tab is left as it is (same reason). */
const TAB_RUN = / +\t[\t ]*|\t[\t ]+/g;

/**
 * Normalise a loaded letter: fold white space (tabs survive as table-cell separators),
 * drop invisible characters and empty paragraphs, and measure each paragraph's formatting.
 */
export function normalize(source: Source): NormalText {
  const lines: Line[] = [];
  let offset = 0;
  // A page break whose first paragraph normalises to nothing still tops the next line.
  let breakPending = false;
  for (const block of source.blocks) {
    const line = normalizeBlock(block);
    const previousPage = lines.at(-1)?.page;
    breakPending ||= block.pageTop === true || (block.page !== undefined && previousPage !== undefined && block.page !== previousPage);
    if (line === undefined) continue;
    line.pageTop = breakPending;
    breakPending = false;
    const start = offset === 0 && lines.length === 0 ? 0 : offset + 1;
    line.index = lines.length;
    line.start = start;
    line.end = start + line.text.length;
    lines.push(line);
    offset = line.end;
  }
  return { value: lines.map((l) => l.text).join('\n'), lines };
}

function normalizeBlock(block: Block): Line | undefined {
  const spans: StyleSpan[] = [];
  let text = '';
  for (const run of block.runs) {
    let piece = replaceEach(replaceEach(replaceEach(run.text, INVISIBLE, ''), SPACES, ' '), TAB_RUN, '\t');
    if (piece.includes('`')) piece = piece.replace(BACKTICK_APOSTROPHE, "'");
    piece = piece.replace(PRINTED_AS_ANOTHER, printedAs);
    if (text === '' || /[ \t]$/.test(text)) piece = piece.replace(/^ +/, '');
    if (piece === '') continue;
    // A table row's tabs are its columns (Block.cells): each one kept, empty columns too.
    if (text.endsWith('\t') && piece.startsWith('\t') && block.cells !== true) piece = piece.slice(1);
    spans.push({ start: text.length, end: text.length + piece.length, bold: run.bold, italic: run.italic, underline: run.underline });
    text += piece;
  }
  // Trim, keeping spans aligned.
  const lead = text.length - text.replace(block.cells === true ? /^ +/ : /^[ \t]+/, '').length;
  text = text.slice(lead).replace(/[ \t]+$/, '');
  if (text === '') return undefined;
  const kept = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start - lead), end: Math.min(text.length, s.end - lead) }))
    .filter((s) => s.end > s.start);
  // Letters and digits per span, counted once for the three shares.
  const letters = kept.map((s) => countLetters(text, s.start, s.end));
  const share = (key: 'bold' | 'italic' | 'underline') => {
    if (!kept.some((s) => s[key])) return 0;
    let on = 0;
    let all = 0;
    kept.forEach((s, k) => {
      all += letters[k] as number;
      if (s[key]) on += letters[k] as number;
    });
    return all === 0 ? 0 : on / all;
  };
  const line: Line = {
    index: 0,
    start: 0,
    end: 0,
    text,
    bold: share('bold'),
    italic: share('italic'),
    underline: share('underline'),
    centered: block.centered === true,
    inTable: block.inTable === true,
    furniture: block.furniture === true,
    pageTop: false,
    spans: kept,
  };
  if (block.page !== undefined) line.page = block.page;
  if (block.commentStart === true) line.commentStart = true;
  if (block.letterStart === true) line.letterStart = true;
  return line;
}

/**
 * `text.replace(pattern, by)` for a global pattern, with the pieces between matches joined once.
 * V8's own replace slowed down faster than the text grew on a line of millions of matches
 * ("\t a" repeated over 4 MB: 6x the time of 1 MB, its builder's garbage collection).
 */
function replaceEach(text: string, pattern: RegExp, by: string): string {
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  if (match === null) return text;
  const pieces: string[] = [];
  let last = 0;
  while (match !== null) {
    pieces.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[0] === '') pattern.lastIndex++;
    match = pattern.exec(text);
  }
  pieces.push(text.slice(last));
  return pieces.join(by);
}

/**
 * UTF-16 units of letters and digits in `text[start, end)` (an astral letter counts 2), the
 * length `text.slice(start, end).replace(/[^\p{L}\p{N}]/gu, '')` would have, without building strings.
 */
function countLetters(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) n++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair is one code point; a lone surrogate is no letter.
      const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (isLetterOrDigit(text.slice(i, i + 2))) n += 2;
        i++;
      }
    } else if (isLetterOrDigit(text[i] as string)) n++;
  }
  return n;
}

