// Owns the library API: parseLetter(bytes) runs load -> normalise -> classify -> build -> validate.
import { createHash } from 'node:crypto';
import { buildLetter } from './build/letter.js';
import { classify } from './classify/index.js';
import { CorrespError, ErrorCode, WarningCode } from './errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES } from './limits.js';
import { loadSource } from './load/index.js';
import { normalize, type NormalText } from './normalize.js';
import { LetterSchema, type LetterJson } from './schema.js';
import { VERSION } from './version.js';
import { type CoverageReport, checkCoverage } from './verify.js';

export { CorrespError, ErrorCode } from './errors.js';
export type { LetterJson, CommentJson, ErrorRecord } from './schema.js';
export { LetterSchema, outputJsonSchema } from './schema.js';
export { VERSION } from './version.js';

/** Options for parseLetter. */
export interface ParseOptions {
  /** Name reported in `source.file` and in errors. */
  file?: string;
  /** Largest input accepted, in bytes (default 50 MiB). */
  maxBytes?: number;
  /** Most PDF pages accepted (default 2,000). */
  maxPages?: number;
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

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES } from './limits.js';

/**
 * Parse one letter from its bytes.
 * @throws CorrespError with a stable code for input it cannot read as a letter
 */
export async function parseLetter(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const file = options.file ?? '<input>';
  const source = await loadSource(bytes, { file, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, maxPages: options.maxPages ?? DEFAULT_MAX_PAGES });
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
    const { prettifyError } = await import('zod');
    throw new CorrespError(ErrorCode.INTERNAL, `output failed its schema (a corresp bug): ${prettifyError(checked.error)}`, { file });
  }
  if (!options.verify) return { letter, text };
  const coverage = checkCoverage(letter, classified.lines);
  if (!coverage.ok) letter.warnings.push({ code: WarningCode.TEXT_NOT_COVERED, message: `text not covered by the output: ${coverage.problem}` });
  return { letter, text, coverage };
}

/** A letter shows at least one sign of the genre; a README or a price list shows none. */
function looksLikeLetter(letter: LetterJson, text: string): boolean {
  const l = letter.letter;
  return (
    letter.comments.length > 0 ||
    l.salutation !== null ||
    l.subject !== null ||
    l.date !== null ||
    /\b(?:Securities and Exchange Commission|Division of Corporation Finance|the Staff|comment letter)\b/i.test(text)
  );
}
