// Owns what a parser process hands back for one letter and how the batch reads it: apart from the parser, so that the batch's
// own process (run.ts, out-dir.ts, thread/run.ts) loads none of the parser to read an outcome.
import type { ErrorCode } from '../errors.js';

/**
 * A parsed letter as JSON, or the error that stopped it. A parser process sends the JSON as its UTF-8 bytes and a line end: the
 * batch writes them as they came, and its heap holds no string of each letter it passes on. Measured on 115 corpus letters and
 * the same ten times over: the batch process's heap grew 10 -> 38 MB and its resident memory 56 -> 80 MB when strings came;
 * as bytes 10 -> 11 MB and 55 -> 63 MB. A string is taken too (a test's parser process sends one): jsonText, recordLine.
 */
export type TaskOutcome =
  | { ok: true; json: string | Uint8Array; notCovered?: string }
  | { ok: false; code: ErrorCode; message: string };

/** The JSON of an outcome as text. */
export function jsonText(json: string | Uint8Array): string {
  return typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8');
}

const LINE_END = 0x0a;

/** The JSON of an outcome as it is written: ending in a line end (added when it has none). */
export function recordLine(json: string | Uint8Array): string | Uint8Array {
  if (typeof json === 'string') return json.endsWith('\n') ? json : `${json}\n`;
  return json[json.byteLength - 1] === LINE_END ? json : Buffer.concat([json, Buffer.of(LINE_END)]);
}

/** How much memory the JSON of an outcome holds, in bytes (a string's characters take two). */
export function jsonBytes(json: string | Uint8Array): number {
  return typeof json === 'string' ? json.length * 2 : json.byteLength;
}
