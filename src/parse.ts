// Owns parsing one letter: parseLetter(bytes) runs load -> normalise -> classify -> build -> validate (the library API's core,
// index.ts; what a parser process runs, batch/task.ts, without the conversation code).
import { createHash } from 'node:crypto';
import { buildLetter } from './assemble/letter.js';
import { classify } from './classify/index.js';
import { CorrespError, ErrorCode, WarningCode } from './errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES } from './limits.js';
import { loadDocument } from './load/index.js';
import type { PdfEngine } from './load/pdf-reader.js';
import { normalize, type NormalText } from './normalize.js';
import { config, prettifyError } from 'zod/mini';
import { LetterSchema, type LetterJson } from './schema.js';
import { VERSION } from './version.js';
import { COMMISSION_NAME, DIVISION_NAME } from './vocabulary.js';
import { type CoverageReport, checkCoverage } from './verify.js';

/** Options for parseLetter. */
export interface ParseOptions {
  /** Name reported in `source.file` and in errors. */
  file?: string;
  /** Largest input accepted, in bytes (default 50 MiB). */
  maxBytes?: number;
  /** Most PDF pages accepted (default 2,000). */
  maxPages?: number;
  /** What reads a PDF's text layer: pdf.js through pdf-parse (default), or PDFium (experimental, issue 15). */
  pdfEngine?: PdfEngine;
  /** Check that every word of the letter landed in one output field; a failure adds a TEXT_NOT_COVERED warning. */
  verify?: boolean;
}

/** A parsed letter and the normalised text its offsets point into. */
export interface ParseResult {
  letter: LetterJson;
  text: NormalText;
  /** Present when `verify` was asked for. */
  coverage?: CoverageReport;
}


/**
 * Parse one letter.
 * @param input the file's bytes (a Uint8Array, so also a Buffer; an ArrayBuffer is read as its
 *   bytes), or the letter as a string, which is read as its UTF-8 encoding (`source.sha256` is
 *   then the hash of those bytes)
 * @throws CorrespError with a stable code for input it cannot read as a letter; UNSUPPORTED_FORMAT
 *   when `input` is neither bytes nor a string (null, a number, a plain object…)
 */
export async function parseLetter(input: Uint8Array | ArrayBuffer | string, options: ParseOptions = {}): Promise<ParseResult> {
  const file = options.file ?? '<input>';
  const bytes = inputBytes(input, file);
  const { source, raw } = await loadDocument(bytes, { file, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, maxPages: options.maxPages ?? DEFAULT_MAX_PAGES, pdfEngine: options.pdfEngine ?? 'pdfjs' });
  const text = normalize(source);
  if (!/\p{L}{2,}/u.test(text.value)) throw new CorrespError(ErrorCode.NOT_A_LETTER, 'no text found in the input', { file });
  const classified = classify(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const letter = buildLetter(classified, source, { file, sha256, version: VERSION });
  if (!looksLikeLetter(letter, text.value)) {
    throw new CorrespError(ErrorCode.NOT_A_LETTER, 'not a letter: no date, Re: line, salutation, comments or SEC wording found', { file });
  }
  const checked = LetterSchema.safeParse(letter);
  if (!checked.success) {
    // zod/mini carries no error messages until given a locale: English, loaded on this bug-report path only.
    config((await import('zod/v4/locales/en.js')).default());
    throw new CorrespError(ErrorCode.INTERNAL, `output failed its schema (a corresp bug): ${prettifyError(checked.error)}`, { file });
  }
  if (!options.verify) return { letter, text };
  const coverage = checkCoverage(letter, classified.lines, raw);
  if (!coverage.ok) letter.warnings.push({ code: WarningCode.TEXT_NOT_COVERED, message: `text not covered by the output: ${coverage.problem}` });
  return { letter, text, coverage };
}

/** The bytes parseLetter reads; a plain-JavaScript caller may pass anything, so check at run time. */
function inputBytes(input: unknown, file: string): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (typeof input === 'string') return new TextEncoder().encode(input);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  const found = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input === 'object' ? `an object (${input.constructor?.name ?? 'no prototype'})` : typeof input;
  throw new CorrespError(ErrorCode.UNSUPPORTED_FORMAT, `parseLetter expects the letter's bytes (Uint8Array or Buffer) or its text (string), got ${found}`, { file });
}

/** Words of the genre: the Commission, its Division, the staff, a comment letter. */
const SEC_WORDING = new RegExp(String.raw`\b(?:${COMMISSION_NAME}|${DIVISION_NAME}|the Staff|comment letter)\b`, 'i');

/** A letter shows at least one sign of the genre; a README or a price list shows none. */
function looksLikeLetter(letter: LetterJson, text: string): boolean {
  const l = letter.letter;
  return (
    letter.comments.length > 0 ||
    l.salutation !== null ||
    l.subject !== null ||
    l.date !== null ||
    SEC_WORDING.test(text)
  );
}
