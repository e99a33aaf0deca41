// Owns the library API: parseLetter(bytes) runs load -> normalise -> classify -> build -> validate.
import { createHash } from 'node:crypto';
import { buildLetter } from './build/letter.js';
import { classify } from './classify/index.js';
import { CorrespError, ErrorCode } from './errors.js';
import { loadSource } from './load/index.js';
import { normalize, type NormalText } from './normalize.js';
import { LetterSchema, type LetterJson } from './schema.js';
import { VERSION } from './version.js';

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
}

/** A parsed letter and the normalised text its offsets point into. */
export interface ParseResult {
  letter: LetterJson;
  text: NormalText;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Parse one letter from its bytes.
 * @throws CorrespError with a stable code for input it cannot read as a letter
 */
export async function parseLetter(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const file = options.file ?? '<input>';
  const source = await loadSource(bytes, { file, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  const text = normalize(source);
  if (!/\p{L}{2,}/u.test(text.value)) throw new CorrespError(ErrorCode.NOT_A_LETTER, 'no text found in the input', { file });
  const classified = classify(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const letter = buildLetter(classified, source, { file, sha256, version: VERSION });
  const checked = LetterSchema.safeParse(letter);
  if (!checked.success) {
    const { prettifyError } = await import('zod');
    throw new CorrespError(ErrorCode.INTERNAL, `output failed its schema (a corresp bug): ${prettifyError(checked.error)}`, { file });
  }
  return { letter, text };
}
