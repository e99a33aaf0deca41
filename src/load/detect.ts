// Owns format sniffing: decides from the first bytes which loader reads a file.
import { Format } from '../source.js';

const HTML_TAG = /<(html|body|div|p|table|font|br|span|center|b|i|u|h[1-6]|pre|!doctype)\b/i;

/**
 * Format characters that print nothing: soft hyphen, zero-width space/joiners, left-to-right
 * and right-to-left marks, bidi embeddings, overrides and isolates, word joiner and invisible
 * operators, byte-order mark. Pasted around a comment number ("\u200e1.") they would hide it
 * from every pattern, so they are stripped before anything looks at the text (the decoder,
 * the HTML loader's text, normalize.ts for PDF text); output texts never hold them.
 */
export const INVISIBLE_MARKS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Leading white space and INVISIBLE_MARKS in UTF-8, read as latin1 (BOM "ï»¿" = EF BB BF,
 * U+200B-U+200F and U+202A-U+202E = E2 80 8B-8F/AA-AE, U+2060-U+2069 = E2 81 A0-A9, U+00AD =
 * C2 AD), which never decide the format.
 */
const LEADING_NOISE = /^(?:\u00ef\u00bb\u00bf|\u00e2\u0080[\u008b-\u008f\u00aa-\u00ae]|\u00e2\u0081[\u00a0-\u00a9]|\u00c2\u00ad|\s)+/;

/**
 * Detect the input format from its bytes (not its name). UTF-16 input is transcoded to UTF-8
 * before this runs (load/index.ts); a UTF-8 byte-order mark is skipped.
 * @param bytes the raw file
 * @returns `pdf` (`%PDF-` at the start, or within the first KiB after a few bytes that are
 *   neither markup nor words), `edgar` (SGML `<SEC-DOCUMENT>`/`<DOCUMENT>` wrapper),
 *   `html` (HTML tags near the start), else `text`.
 */
export function detectFormat(bytes: Uint8Array): Format {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').replace(LEADING_NOISE, '');
  const pdfAt = head.slice(0, 1024).indexOf('%PDF-');
  if (pdfAt === 0 || (pdfAt > 0 && !looksLikeMarkupOrProse(head.slice(0, pdfAt)))) return Format.pdf;
  const start = head.slice(0, 400);
  if (/^<(SEC-DOCUMENT|SEC-HEADER|DOCUMENT|IMS-DOCUMENT)>/i.test(start)) return Format.edgar;
  if (HTML_TAG.test(head)) return Format.html;
  return Format.text;
}

/**
 * Whether the bytes before a `%PDF-` are a document's own text (an HTML letter naming
 * "%PDF-1.4" in a `<meta>`, a text letter quoting it) rather than the junk some PDF
 * writers and downloaders put before the header (binary bytes, a mail or HTTP header line).
 */
function looksLikeMarkupOrProse(prefix: string): boolean {
  return /<[!?/a-z]/i.test(prefix) || /[a-z]{2,}[ \t]+[a-z]{2,}[ \t]+[a-z]{2,}/i.test(prefix);
}
