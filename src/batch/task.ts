// Owns one unit of batch work: read one file, parse it, serialise the result. Runs in a parser process (child.ts).
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { CorrespError, ErrorCode } from '../errors.js';
import { parseLetter } from '../parse.js';
import { letterStub } from '../thread/evidence.js';
import { tooLargeMessage } from '../limits.js';
import { describeFsError, NOT_REGULAR } from './inputs.js';
import type { PdfEngine } from '../load/pdf-reader.js';
import type { TaskOutcome } from './outcome.js';

/** What a parser process needs to parse one letter. Plain data: it crosses a process boundary. */
export interface ParseTask {
  file: string;
  /** The bytes, when they do not come from `file` (standard input). */
  bytes?: Uint8Array;
  maxBytes: number;
  maxPages: number;
  /** What reads a PDF's text layer (default pdf.js). */
  pdfEngine?: PdfEngine;
  verify: boolean;
  /** Indent the JSON (a single document or an --out-dir file) rather than one NDJSON line. */
  pretty: boolean;
  /** What to hand back: the parse record (default), or only what `corresp thread` groups by (its letter stub), built here in parallel. */
  output?: 'record' | 'thread-stub';
}

export type { TaskOutcome } from './outcome.js';

/** Parse one letter; never throws (every failure becomes an outcome with a stable code). */
export async function runTask(task: ParseTask): Promise<TaskOutcome> {
  try {
    const bytes = task.bytes ?? readBytes(task.file, task.maxBytes);
    const result = await parseLetter(bytes, { file: task.file, maxBytes: task.maxBytes, maxPages: task.maxPages, verify: task.verify, ...(task.pdfEngine ? { pdfEngine: task.pdfEngine } : {}) });
    // Serialised here so that a parser process hands back one run of bytes, not an object graph to clone.
    const text =
      task.output === 'thread-stub'
        ? JSON.stringify(letterStub(result.letter, 0, result.letter.source.edgar?.cik ?? null))
        : task.pretty
          ? JSON.stringify(result.letter, null, 2)
          : JSON.stringify(result.letter);
    // Its UTF-8 bytes and a line end, written in place (no second string of the letter to join them).
    const length = Buffer.byteLength(text);
    const json = Buffer.allocUnsafe(length + 1);
    json.write(text);
    json[length] = 0x0a;
    if (result.coverage && !result.coverage.ok) return { ok: true, json, notCovered: result.coverage.problem ?? 'some text' };
    return { ok: true, json };
  } catch (error) {
    if (error instanceof CorrespError) return { ok: false, code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: ErrorCode.INTERNAL, message: `internal error (a corresp bug, please report it): ${message}` };
  }
}

/**
 * Read a regular file of at most `maxBytes`. Synchronous on purpose: a parser process does one
 * letter at a time, and the async read cost more than the parse of a small letter. Opened
 * without blocking and checked before reading, so a FIFO or device that slipped past the
 * folder walk is refused instead of read forever, and a huge file is refused unread.
 */
function readBytes(file: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new CorrespError(ErrorCode.READ_FAILED, describeFsError(error), { file, cause: error });
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new CorrespError(ErrorCode.READ_FAILED, 'is a folder', { file });
    if (!info.isFile()) throw new CorrespError(ErrorCode.READ_FAILED, NOT_REGULAR, { file });
    if (info.size > maxBytes) throw new CorrespError(ErrorCode.TOO_LARGE, tooLargeMessage(info.size, maxBytes), { file });
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof CorrespError) throw error;
    throw new CorrespError(ErrorCode.READ_FAILED, describeFsError(error), { file, cause: error });
  } finally {
    closeSync(fd);
  }
}
