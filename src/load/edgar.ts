// Owns EDGAR SGML containers: per-document <DOCUMENT> wrappers and full-submission <SEC-DOCUMENT> files.
import type { EdgarHeader } from '../source.js';

/** One `<DOCUMENT>` of an EDGAR container. */
export interface EdgarDocument {
  type: string;
  filename?: string;
  /** The `<TEXT>` body, undecoded (HTML, plain text, or uuencoded PDF). */
  body: string;
}

/** Document types that hold the letter itself (staff letters, responses). */
const LETTER_TYPES = /^(CORRESP|UPLOAD|LETTER|SEC STAFF LETTER|SEC STAFF ACTION|CORRESP\/A)$/i;

/**
 * Split an EDGAR container into its header facts and documents.
 * @param text the decoded container
 */
export function readEdgar(text: string): { header: EdgarHeader; documents: EdgarDocument[] } {
  const header: EdgarHeader = { fileNumbers: [] };
  const headerText = between(text, 'SEC-HEADER') ?? between(text, 'IMS-HEADER');
  if (headerText !== undefined) {
    // [ \t]*, not \s*: \s crosses line ends, and a header of blank lines made every line start rescan the rest.
    const field = (name: string) => new RegExp(`^[ \\t]*${name}:[ \\t]*(.+?)[ \\t]*$`, 'im').exec(headerText)?.[1];
    const formType = field('CONFORMED SUBMISSION TYPE');
    if (formType) header.formType = formType;
    const filed = field('FILED AS OF DATE');
    if (filed && /^\d{8}$/.test(filed)) header.filedOn = `${filed.slice(0, 4)}-${filed.slice(4, 6)}-${filed.slice(6, 8)}`;
    const company = field('COMPANY CONFORMED NAME');
    if (company) header.company = company;
    const cik = field('CENTRAL INDEX KEY');
    if (cik) header.cik = cik;
    for (const m of headerText.matchAll(/^[ \t]*SEC FILE NUMBER:[ \t]*(\S+)[ \t]*$/gim)) {
      if (m[1] && !header.fileNumbers.includes(m[1])) header.fileNumbers.push(m[1]);
    }
  }
  const documents: EdgarDocument[] = [];
  for (const m of text.matchAll(/<DOCUMENT>([\s\S]*?)(?:<\/DOCUMENT>|$)/gi)) {
    const doc = m[1] ?? '';
    const type = /<TYPE>\s*([^\n<]+)/i.exec(doc)?.[1]?.trim() ?? '';
    const filename = /<FILENAME>\s*([^\n<]+)/i.exec(doc)?.[1]?.trim();
    const textStart = doc.search(/<TEXT>/i);
    let body = textStart >= 0 ? doc.slice(textStart + 6) : doc;
    const textEnd = body.search(/<\/TEXT>/i);
    if (textEnd >= 0) body = body.slice(0, textEnd);
    const entry: EdgarDocument = { type, body };
    if (filename) entry.filename = filename;
    documents.push(entry);
  }
  if (!header.formType && documents[0]?.type) header.formType = documents[0].type;
  return { header, documents };
}

/**
 * The text between the first `<TAG>` and the `</TAG>` after it, or undefined. Two plain searches:
 * a lazy `<TAG>([\s\S]*?)</TAG>` rescans to the end from every `<TAG>` when the end tag is missing.
 */
function between(text: string, tag: string): string | undefined {
  const open = new RegExp(`<${tag}>`, 'i').exec(text);
  if (!open) return undefined;
  const from = open.index + open[0].length;
  const close = text.slice(from).search(new RegExp(`</${tag}>`, 'i'));
  return close < 0 ? undefined : text.slice(from, from + close);
}

/** The documents that hold letters: letter types first, else the first document. */
export function letterDocuments(documents: readonly EdgarDocument[]): EdgarDocument[] {
  const letters = documents.filter((d) => LETTER_TYPES.test(d.type));
  if (letters.length > 0) return letters;
  const first = documents[0];
  return first ? [first] : [];
}

/**
 * Decode a uuencoded file embedded in an EDGAR document (`begin 644 name.pdf` … `end`).
 * @returns the bytes, or undefined when the body holds no uuencoded file
 */
export function uudecode(body: string): Uint8Array | undefined {
  const begin = /^begin [0-7]{3} .*$/m.exec(body);
  if (!begin) return undefined;
  const lines = body.slice(begin.index + begin[0].length).split(/\r?\n/);
  const bytes: number[] = [];
  for (const line of lines) {
    if (line === 'end' || line.trim() === 'end') break;
    if (line.length === 0) continue;
    const count = (line.charCodeAt(0) - 32) & 63;
    if (count === 0) continue;
    const decoded: number[] = [];
    for (let i = 1; i + 3 < line.length + 3 && decoded.length < count; i += 4) {
      const c = [0, 1, 2, 3].map((k) => ((line.charCodeAt(i + k) || 32) - 32) & 63) as [number, number, number, number];
      decoded.push(((c[0] << 2) | (c[1] >> 4)) & 255, ((c[1] << 4) | (c[2] >> 2)) & 255, ((c[2] << 6) | c[3]) & 255);
    }
    bytes.push(...decoded.slice(0, count));
  }
  return Uint8Array.from(bytes);
}
