// Owns the library API: parseLetter (parse.ts) and threadLetters, the schemas, the error type and codes.
import { CorrespError, ErrorCode } from './errors.js';
import type { ConversationJson, ErrorRecord, LetterJson } from './schema.js';
import { conversationsOf, readRecord } from './thread/conversations.js';
import type { LetterStub } from './thread/evidence.js';

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
  const stubs: LetterStub[] = [];
  for (const [i, record] of records.entries()) {
    const read = readRecord(record, stubs.length);
    if ('problem' in read) throw new CorrespError(ErrorCode.UNSUPPORTED_FORMAT, `threadLetters: element ${i} is ${read.problem}`);
    if ('stub' in read) stubs.push(read.stub);
  }
  return conversationsOf(stubs);
}
