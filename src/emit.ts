// Owns serialising results: one JSON document, NDJSON lines, and safe file names for --out-dir.
import { basename } from 'node:path';
import type { ErrorRecord, LetterJson } from './schema.js';

/** A letter as a pretty JSON document (single-file mode). */
export function letterDocument(letter: LetterJson): string {
  return `${JSON.stringify(letter, null, 2)}\n`;
}

/** A letter or error record as one NDJSON line. */
export function ndjsonLine(record: LetterJson | ErrorRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** The error record for a failed input (DESIGN.md "Bad input"). */
export function errorRecord(file: string, code: string, message: string): ErrorRecord {
  return { source: { file }, error: { code, message } };
}

/**
 * The output file stem for an input: its base name without extension, reduced to safe
 * characters so that no input name can escape the output folder.
 */
export function outputStem(file: string): string {
  const base = basename(file === '-' ? 'stdin' : file).replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
  return safe === '' ? 'letter' : safe.slice(0, 200);
}
