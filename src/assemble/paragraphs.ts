// Owns turning a run of lines back into field text: paragraph breaks, list items, page-cut paragraphs.
import type { ClassifiedLine } from '../classify/index.js';
import { BULLET_CHARACTERS } from '../vocabulary.js';

/** A list item: bullet, "(a)", "a.", "i.", or a number (inside a comment or response). */
const LIST_ITEM = new RegExp(String.raw`^(?:[${BULLET_CHARACTERS}*–-]|o\s|\(?[a-z]{1,4}\)|[a-z]\.|\(?\d{1,3}[.)]|\([ivx]+\))[\s\t]`, 'i');

/** A piece of one line: the whole line, or from `from` to its end. */
export interface LinePiece {
  index: number;
  from: number;
}

/**
 * Join line pieces into field text: paragraphs apart by "\n\n", list items on their own
 * line, and a paragraph cut by page furniture joined back with a space. Furniture is skipped.
 */
export function joinPieces(lines: readonly ClassifiedLine[], pieces: readonly LinePiece[]): string {
  let out = '';
  for (const piece of pieces) {
    const entry = lines[piece.index] as ClassifiedLine;
    if (entry.furniture) continue;
    // A whole table row keeps its leading tabs: its empty first cells (normalize.ts, Block.cells).
    const text = piece.from === 0 && entry.line.inTable ? entry.line.text.replace(/^ +/, '').trimEnd() : entry.line.text.slice(piece.from).trim();
    if (text === '') continue;
    if (out === '') out = text;
    else if (entry.continuesAbove) out += ` ${text}`;
    else if (LIST_ITEM.test(text)) out += `\n${text}`;
    else out += `\n\n${text}`;
  }
  return out;
}

/** Join field texts as one: a text that opens with a list item goes on the next line, others after a blank line. */
export function joinTexts(texts: readonly string[]): string {
  return texts.filter((text) => text !== '').reduce((out, text) => (out === '' ? text : `${out}${LIST_ITEM.test(text) ? '\n' : '\n\n'}${text}`), '');
}

/** Pieces for whole lines `from`..`to` (inclusive). */
export function wholeLines(from: number, to: number): LinePiece[] {
  const out: LinePiece[] = [];
  for (let i = from; i <= to; i++) out.push({ index: i, from: 0 });
  return out;
}
