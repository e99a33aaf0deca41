// Owns turning raw bytes into a Source: decoding, format detection and dispatch to a loader.
import { CorrespError, ErrorCode } from '../errors.js';
import { Format, type Source } from '../source.js';
import { detectFormat } from './detect.js';
import { letterDocuments, readEdgar, uudecode } from './edgar.js';
import { loadHtml } from './html.js';
import { loadText } from './text.js';

/** Options every loader honours. */
export interface LoadOptions {
  /** Name used in error messages. */
  file: string;
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Most PDF pages accepted. */
  maxPages: number;
}

/**
 * Load a letter from its bytes, whatever its format.
 * @throws CorrespError EMPTY_INPUT, TOO_LARGE, UNSUPPORTED_FORMAT
 */
export async function loadSource(bytes: Uint8Array, options: LoadOptions): Promise<Source> {
  if (bytes.byteLength > options.maxBytes) {
    throw new CorrespError(
      ErrorCode.TOO_LARGE,
      `input is ${bytes.byteLength} bytes, over the limit of ${options.maxBytes} (raise it with --max-bytes)`,
      { file: options.file },
    );
  }
  if (bytes.byteLength === 0 || isBlank(bytes)) {
    throw new CorrespError(ErrorCode.EMPTY_INPUT, 'input is empty', { file: options.file });
  }
  const format = detectFormat(bytes);
  if (format === Format.pdf) return loadPdfBytes(bytes, options);
  if (looksBinary(bytes)) {
    throw new CorrespError(ErrorCode.NOT_A_LETTER, 'not a letter: binary data that is neither PDF, HTML nor text', { file: options.file });
  }
  const text = decodeText(bytes);
  if (format === Format.html) return loadHtml(text);
  if (format === Format.text) return loadText(text);
  return loadEdgar(text, options);
}

async function loadEdgar(text: string, options: LoadOptions): Promise<Source> {
  const { header, documents } = readEdgar(text);
  const [letter] = letterDocuments(documents);
  if (letter === undefined) throw new CorrespError(ErrorCode.NOT_A_LETTER, 'EDGAR container holds no document', { file: options.file });
  const body = letter.body;
  let source: Source;
  const embeddedPdf = /^begin [0-7]{3} .*\.pdf\s*$/im.test(body) ? uudecode(body) : undefined;
  if (embeddedPdf !== undefined) {
    source = await loadPdfBytes(embeddedPdf, options);
  } else {
    const inner = detectFormat(Buffer.from(body.slice(0, 4096), 'latin1'));
    source = inner === Format.html ? loadHtml(body) : loadText(body.replace(/<\/?PAGE>/gi, '\f'));
  }
  source.edgar = header;
  return source;
}

async function loadPdfBytes(bytes: Uint8Array, options: LoadOptions): Promise<Source> {
  const { loadPdf } = await import('./pdf.js');
  return loadPdf(bytes, options.file, options.maxPages);
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (common in older EDGAR filings). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
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
