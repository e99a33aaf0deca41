// Owns the PDF decompression-bomb check: every flate stream that pdf.js may decode is inflated first with a ceiling.
import { constants, inflateSync } from 'node:zlib';
import { CorrespError, ErrorCode } from '../errors.js';

/**
 * Largest decoded stream accepted, in bytes. Letters' page contents are kilobytes and embedded
 * fonts a few megabytes (a full CJK font about 30 MB); a 140 MB content string (which grows a
 * pdf.js array past V8's limit) or a 3 GB font is a bomb.
 */
export const MAX_STREAM_BYTES = 64 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far back from `stream` the stream's dictionary is looked for. */
const DICT_REACH = 4096;

/**
 * Refuse a PDF whose flate streams inflate past the ceiling, before pdf.js allocates them:
 * one cheap pass (native byte search, inflate with a size cap; images are skipped, pdf.js
 * never decodes them). Streams that fail to inflate are left to pdf.js to judge.
 * @throws CorrespError TOO_LARGE naming the stream's offset
 */
export function refuseDecompressionBombs(bytes: Uint8Array, file: string, maxStreamBytes = MAX_STREAM_BYTES): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buffer.indexOf(STREAM); at >= 0; at = buffer.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && buffer.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] !== 0x0a && buffer[start - 1] !== 0x0d) continue;
    if (buffer[start] === 0x0a) start++;
    const dict = buffer.toString('latin1', Math.max(0, at - DICT_REACH), at);
    const own = dict.slice(dict.lastIndexOf(' obj') + 1);
    if (!/\/FlateDecode\b|\/Fl\b/.test(own) || /\/Subtype\s*\/Image\b/.test(own)) continue;
    const end = buffer.indexOf(END_STREAM, start);
    const data = buffer.subarray(start, end < 0 ? buffer.length : end);
    try {
      inflateSync(data, { maxOutputLength: maxStreamBytes, finishFlush: constants.Z_SYNC_FLUSH });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new CorrespError(
          ErrorCode.TOO_LARGE,
          `a compressed stream (at byte ${at}) inflates to more than ${maxStreamBytes / 1024 / 1024} MiB: a decompression bomb, not a letter`,
          { file },
        );
      }
      // Damaged or encrypted data: pdf.js decides what it is.
    }
    if (end < 0) break;
    at = end;
  }
}
