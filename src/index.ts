// Owns the library API: parseLetter (parse.ts) and threadLetters, the schemas, the error type and codes.
import { CorrespError, ErrorCode } from './errors.js';
import type { ConversationJson, ErrorRecord, LetterJson } from './schema.js';
import { conversationsOf } from './thread/conversations.js';
import { letterStub } from './thread/evidence.js';

export { CorrespError, ErrorCode } from './errors.js';
export type { LetterJson, CommentJson, ConversationJson, ErrorRecord } from './schema.js';
export { ConversationSchema, LetterSchema, outputJsonSchema } from './schema.js';
export { VERSION } from './version.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES } from './limits.js';
export { parseLetter, type ParseOptions, type ParseResult } from './parse.js';

/**
 * Group parsed letters into conversations (SEC reviews), as `corresp thread` does: every letter in exactly one, ordered by
 * first date, each checked against ConversationSchema.
 * @param records what parseLetter returned as `letter`, or the lines of `corresp parse` NDJSON parsed; error records
 *   (a file that failed) belong to no conversation and are passed over
 * @throws CorrespError UNSUPPORTED_FORMAT when an element is neither a parse record nor an error record
 */
export function threadLetters(records: readonly (LetterJson | ErrorRecord)[]): ConversationJson[] {
  const stubs = [];
  for (const [i, record] of records.entries()) {
    if (isErrorRecord(record)) continue;
    if (!isLetterRecord(record)) {
      throw new CorrespError(ErrorCode.UNSUPPORTED_FORMAT, `threadLetters expects parse records (schemaVersion 1, source.file, letter, comments): element ${i} is not one`);
    }
    stubs.push(letterStub(record, stubs.length, record.source.edgar?.cik ?? null));
  }
  return conversationsOf(stubs);
}

function isErrorRecord(record: unknown): record is ErrorRecord {
  const r = record as Partial<ErrorRecord> | null;
  return typeof r === 'object' && r !== null && typeof r.error === 'object' && r.error !== null && typeof r.source?.file === 'string';
}

function isLetterRecord(record: unknown): record is LetterJson {
  const r = record as Partial<LetterJson> | null;
  return typeof r === 'object' && r !== null && r.schemaVersion === 1 && typeof r.source?.file === 'string' && typeof r.letter === 'object' && r.letter !== null && Array.isArray(r.comments);
}
