// Owns turning raw bytes into a Source: decoding, format detection and dispatch to a loader.
import { CorrespError, ErrorCode } from '../errors.js';
import { tooLargeMessage } from '../limits.js';
import { Format, type Source } from '../source.js';
import { detectFormat, INVISIBLE_MARKS } from './detect.js';
import { letterDocuments, readEdgar, uudecode } from './edgar.js';
import { loadHtml } from './html.js';
import { loadText } from './text.js';
import type { PdfEngine } from './pdf-reader.js';

/** Options every loader honours. */
export interface LoadOptions {
  /** Name used in error messages. */
  file: string;
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Most PDF pages accepted. */
  maxPages: number;
  /** What reads a PDF's text layer (default pdf.js). */
  pdfEngine?: PdfEngine;
}

/** <PAGE> alone on its line: a printed page break in an old text filing, also in its document taken out of EDGAR's container (a form feed, not words). */
const PAGE_MARK_LINE = /^[ \t]*<\/?PAGE>[ \t]*$/gim;

/** `text` with its page marks as form feeds; a mark before the first words or after the last opens or closes no page. */
function pageBreaksFor(text: string, marks: RegExp): string {
  return text.replace(marks, '\f').replace(/^[\s\f]*\f/, '').replace(/\f[\s\f]*$/, '');
}

/**
 * Load a letter from its bytes, whatever its format.
 * @throws CorrespError EMPTY_INPUT, TOO_LARGE, UNSUPPORTED_FORMAT
 */
export async function loadSource(bytes: Uint8Array, options: LoadOptions): Promise<Source> {
  return (await loadDocument(bytes, options)).source;
}

/**
 * What the letter document said before any loader read it, for `--verify` (verify.ts): the
 * decoded HTML or plain text of the letter (inside an EDGAR container: the letter document's
 * body), or, for PDF, nothing (pdf.js is the only reader of a PDF's text).
 */
export type RawDocument = { format: 'html' | 'text'; text: string } | { format: 'pdf' };

/**
 * Load a letter and keep the decoded document it came from (see RawDocument).
 * @throws CorrespError EMPTY_INPUT, TOO_LARGE, NOT_A_LETTER and the PDF codes
 */
export async function loadDocument(input: Uint8Array, options: LoadOptions): Promise<{ source: Source; raw: RawDocument }> {
  if (input.byteLength > options.maxBytes) {
    throw new CorrespError(ErrorCode.TOO_LARGE, tooLargeMessage(input.byteLength, options.maxBytes), { file: options.file });
  }
  // A PDF's junk before its header may start like a UTF-16 byte-order mark; UTF-16 never holds "%PDF-" as bytes.
  const bytes = (detectFormat(input) === Format.pdf ? undefined : utf16ToUtf8(input)) ?? input;
  if (bytes.byteLength === 0 || isBlank(bytes)) {
    throw new CorrespError(ErrorCode.EMPTY_INPUT, 'input is empty', { file: options.file });
  }
  const format = detectFormat(bytes);
  if (format === Format.pdf) return { source: await loadPdfBytes(bytes, options), raw: { format: 'pdf' } };
  if (looksBinary(bytes)) {
    throw new CorrespError(ErrorCode.NOT_A_LETTER, 'not a letter: binary data that is neither PDF, HTML nor text', { file: options.file });
  }
  const text = decodeText(bytes);
  if (format === Format.html) return { source: loadHtml(text), raw: { format: 'html', text } };
  if (format === Format.text && isJson(text)) {
    throw new CorrespError(ErrorCode.NOT_A_LETTER, 'not a letter: JSON data (to group `corresp parse` output into conversations: corresp thread FILE.ndjson)', { file: options.file });
  }
  if (format === Format.text) {
    const pages = pageBreaksFor(text, PAGE_MARK_LINE);
    return { source: loadText(pages), raw: { format: 'text', text: pages } };
  }
  return loadEdgar(text, options);
}

/**
 * Whether a text is JSON: its first line a JSON object or array (NDJSON, `corresp parse` output saved to a file), or the whole
 * text one JSON document. Its words would read as a letter's (a parse record holds one).
 */
function isJson(text: string): boolean {
  const start = text.search(/\S/);
  if (start < 0 || (text[start] !== '{' && text[start] !== '[')) return false;
  const end = text.indexOf('\n', start);
  for (const candidate of [text.slice(start, end < 0 ? text.length : end), text]) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (typeof value === 'object' && value !== null) return true;
    } catch {
      // Not JSON: a letter may open with a bracket ("[Letterhead of …]").
    }
  }
  return false;
}

async function loadEdgar(text: string, options: LoadOptions): Promise<{ source: Source; raw: RawDocument }> {
  const { header, documents } = readEdgar(text);
  const [letter] = letterDocuments(documents);
  if (letter === undefined) throw new CorrespError(ErrorCode.NOT_A_LETTER, 'EDGAR container holds no document', { file: options.file });
  const body = letter.body;
  let source: Source;
  let raw: RawDocument;
  const embeddedPdf = /^begin [0-7]{3} .*\.pdf\s*$/im.test(body) ? uudecode(body) : undefined;
  if (embeddedPdf !== undefined) {
    source = await loadPdfBytes(embeddedPdf, options);
    raw = { format: 'pdf' };
  } else if (detectFormat(Buffer.from(body.slice(0, 4096), 'latin1')) === Format.html) {
    source = loadHtml(body);
    raw = { format: 'html', text: body };
  } else {
    // <PAGE> marks a printed page break in old text filings: a form feed, not words.
    const pages = pageBreaksFor(body, /<\/?PAGE>/gi);
    source = loadText(pages);
    raw = { format: 'text', text: pages };
  }
  source.edgar = header;
  return { source, raw };
}

async function loadPdfBytes(bytes: Uint8Array, options: LoadOptions): Promise<Source> {
  const { loadPdf } = await import('./pdf.js');
  return loadPdf(bytes, options.file, options.maxPages, options.pdfEngine);
}

/**
 * Windows-1252 for 0x80-0x9F, where it differs from latin1 (Node's TextDecoder('windows-1252')
 * is latin1 there, so a smart quote 0x92 came out as the C1 control U+0092). The five bytes
 * 1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves, as in WHATWG.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decode Windows-1252 bytes: latin1 with the 0x80-0x9F row from CP1252_HIGH. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(C1_CONTROL, windows1252Of);
}

/**
 * Decode a text or HTML letter, without its byte-order mark and invisible marks (INVISIBLE_MARKS).
 * Valid UTF-8 (or anything after a UTF-8 BOM) is UTF-8. Otherwise the invalid sequences are
 * counted: when valid multi-byte sequences outnumber them at least two to one, the file is
 * UTF-8 with a few damaged bytes and each bad sequence becomes one U+FFFD; else it is
 * Windows-1252 (common in older EDGAR filings), where valid UTF-8 sequences are almost never
 * seen by chance. Linear in the input. UTF-16 is transcoded before this (utf16ToUtf8).
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).replace(INVISIBLE_MARKS, '').replace(C1_CONTROL, windows1252Of);
}

/**
 * A C1 control (U+0080-U+009F) in decoded text is a Windows-1252 character read as latin1 on its way here (a scraper's
 * decoding, a text browser's "&#146;": "Management\u0092s Discussion", c0288 dumped by lynx): no letter means the control,
 * so each is read as Windows-1252 reads its byte, as browsers read "&#146;" (WHATWG).
 */
const C1_CONTROL = /[\u0080-\u009f]/g;
const windows1252Of = (c: string) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string;

function decodeBytes(input: Uint8Array): string {
  const whole = strictUtf8(input);
  if (whole !== undefined) return whole;
  // Not valid UTF-8: mend the no-break spaces a tool cut in half, then decide by how much of it is.
  const bytes = withCutNoBreakSpacesMended(input);
  const mended = bytes === input ? undefined : strictUtf8(bytes);
  if (mended !== undefined) return mended;
  const lenient = new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return lenient;
  let replacements = 0;
  let nonAscii = 0;
  for (let i = 0; i < lenient.length; i++) {
    const c = lenient.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) replacements++;
    else if (c < 0xdc00 || c > 0xdfff) nonAscii++; // a surrogate pair counts once
  }
  // U+FFFD written in the file (EF BF BD) is a valid character, not a bad sequence.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let written = 0;
  for (let at = buffer.indexOf(REPLACEMENT_UTF8); at >= 0; at = buffer.indexOf(REPLACEMENT_UTF8, at + 3)) written++;
  const invalid = replacements - written;
  const valid = nonAscii + written;
  return valid >= 2 * invalid ? lenient : decodeWindows1252(input);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * UTF-8 whose no-break spaces (C2 A0) lost their second byte amid white space: html2text takes a byte A0 for Latin-1's no-break
 * space and drops it where it trims or wraps ("C2 A0 C2 A0 C2 V…" before a copied name, 127 of the 331 HTML letters it dumps,
 * c0012): each lone C2 after a space or a no-break space is one again (not U+FFFD, which parted nothing). Linear; the bytes as
 * they were when there is no such C2.
 */
function withCutNoBreakSpacesMended(bytes: Uint8Array): Uint8Array {
  const cut: number[] = [];
  for (let at = bytes.indexOf(0xc2); at >= 0; at = bytes.indexOf(0xc2, at + 1)) {
    const next = bytes[at + 1] ?? 0;
    const before = bytes[at - 1];
    if ((next < 0x80 || next > 0xbf) && (before === 0x20 || before === 0xa0)) cut.push(at);
  }
  if (cut.length === 0) return bytes;
  const out = new Uint8Array(bytes.length + cut.length);
  let from = 0;
  let to = 0;
  for (const at of cut) {
    out.set(bytes.subarray(from, at + 1), to);
    to += at + 1 - from;
    out[to++] = 0xa0;
    from = at + 1;
  }
  out.set(bytes.subarray(from), to);
  return out;
}

/**
 * UTF-16 input re-encoded as UTF-8, or undefined when the bytes are not UTF-16. UTF-16 is
 * recognised by its byte-order mark (FF FE little-endian, FE FF big-endian) or, without one,
 * by the NUL byte every ASCII character carries: in the first KiB, at least 32 byte pairs, and
 * nine in ten of them have a NUL on the same side and a non-NUL on the other.
 */
export function utf16ToUtf8(bytes: Uint8Array): Uint8Array | undefined {
  let encoding: 'utf-16le' | 'utf-16be' | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else {
    const pairs = Math.min(512, bytes.byteLength >> 1);
    let le = 0;
    let be = 0;
    for (let i = 0; i < pairs; i++) {
      const a = bytes[2 * i] as number;
      const b = bytes[2 * i + 1] as number;
      if (a !== 0 && b === 0) le++;
      else if (a === 0 && b !== 0) be++;
    }
    if (pairs >= 32 && le >= pairs * 0.9) encoding = 'utf-16le';
    else if (pairs >= 32 && be >= pairs * 0.9) encoding = 'utf-16be';
  }
  if (encoding === undefined) return undefined;
  // The decoder drops the BOM itself; an odd last byte becomes U+FFFD.
  return Buffer.from(new TextDecoder(encoding).decode(bytes), 'utf8');
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0) return false;
  return true;
}

/** Control characters (other than tab, newlines, form feed) in the first 4 KiB mark binary data (images, archives). */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  return control > 0 && control / head.length > 0.01;
}
