// Owns format sniffing: decides from the first bytes which loader reads a file.
import { Format } from '../source.js';

const HTML_TAG = /<(html|body|div|p|table|font|br|span|center|b|i|u|h[1-6]|!doctype)\b/i;

/**
 * Detect the input format from its bytes (not its name).
 * @param bytes the raw file
 * @returns `pdf` (`%PDF-` within the first KiB), `edgar` (SGML `<SEC-DOCUMENT>`/`<DOCUMENT>` wrapper),
 *   `html` (HTML tags near the start), else `text`.
 */
export function detectFormat(bytes: Uint8Array): Format {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const firstKiB = head.slice(0, 1024);
  if (firstKiB.includes('%PDF-')) return Format.pdf;
  const start = head.trimStart().slice(0, 400);
  if (/^<(SEC-DOCUMENT|SEC-HEADER|DOCUMENT|IMS-DOCUMENT)>/i.test(start)) return Format.edgar;
  if (HTML_TAG.test(head)) return Format.html;
  return Format.text;
}
