// Owns EDGAR SGML containers: per-document <DOCUMENT> wrappers and full-submission <SEC-DOCUMENT> files.
import type { EdgarHeader } from '../source.js';

/** One `<DOCUMENT>` of an EDGAR container. */
export interface EdgarDocument {
  type: string;
  filename?: string;
  /** The `<TEXT>` body, undecoded (HTML, plain text, or uuencoded PDF). */
  body: string;
}

/** An EDGAR accession number: filer agent's CIK, year, sequence ("0000950103-21-000702"). */
const ACCESSION_NUMBER = String.raw`\d{10}-\d{2}-\d{6}`;
const ACCESSION = new RegExp(`^${ACCESSION_NUMBER}$`);

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
    // The value is the rest of the line, trimmed in code: `[ \t]*(.+?)[ \t]*$` tried the trailing
    // blanks at every character of the value (a value with 40,000 blanks inside took 1.8 s, 60,000 took 50 s).
    // A value of blanks only is no value (the old pattern returned its last blank).
    const field = (name: string) => {
      const value = new RegExp(`^[ \\t]*${name}:(.+)$`, 'im').exec(headerText)?.[1];
      return value === undefined ? undefined : trimBlanks(value) || undefined;
    };
    const formType = field('CONFORMED SUBMISSION TYPE');
    if (formType) header.formType = formType;
    const filed = field('FILED AS OF DATE');
    if (filed && /^\d{8}$/.test(filed)) header.filedOn = `${filed.slice(0, 4)}-${filed.slice(4, 6)}-${filed.slice(6, 8)}`;
    const company = field('COMPANY CONFORMED NAME');
    if (company) header.company = company;
    const cik = field('CENTRAL INDEX KEY');
    if (cik && /^\d{1,10}$/.test(cik)) header.cik = cik;
    const accession = field('ACCESSION NUMBER');
    if (accession && ACCESSION.test(accession)) header.accession = accession;
    // A set, not fileNumbers.includes(): 100,000 distinct "SEC FILE NUMBER:" lines made that quadratic.
    const seen = new Set<string>();
    for (const m of headerText.matchAll(/^[ \t]*SEC FILE NUMBER:[ \t]*(\S+)[ \t]*$/gim)) {
      if (m[1] && !seen.has(m[1])) {
        seen.add(m[1]);
        header.fileNumbers.push(m[1]);
      }
    }
  }
  const documents: EdgarDocument[] = [];
  for (const m of text.matchAll(/<DOCUMENT>([\s\S]*?)(?:<\/DOCUMENT>|$)/gi)) {
    const doc = m[1] ?? '';
    const type = /<TYPE>\s*([^\n<]+)/i.exec(doc)?.[1]?.trim() ?? '';
    const filename = /<FILENAME>\s*([^\n<]+)/i.exec(doc)?.[1]?.trim();
    const textStart = doc.search(/<TEXT>/i);
    let body = textStart >= 0 ? doc.slice(textStart + 6) : doc;
    // EDGAR's own end tag is capital and last; a lower-case </text> inside is the letter's (an SVG <text>), not the wrapper's.
    const capitalEnd = body.lastIndexOf('</TEXT>');
    const textEnd = capitalEnd >= 0 ? capitalEnd : body.search(/<\/TEXT>/i);
    if (textEnd >= 0) body = body.slice(0, textEnd);
    const entry: EdgarDocument = { type, body };
    if (filename) entry.filename = filename;
    documents.push(entry);
  }
  if (!header.formType && documents[0]?.type) header.formType = documents[0].type;
  // A full submission names itself by its accession number: "<SEC-DOCUMENT>0000950103-21-000702.txt : 20210120".
  if (!header.accession) {
    const named = new RegExp(`<SEC-DOCUMENT>[ \\t]*(${ACCESSION_NUMBER})\\.txt\\b`, 'i').exec(text.slice(0, 512))?.[1];
    if (named) header.accession = named;
  }
  return { header, documents };
}

/** The text without the spaces and tabs at either end (String#trim also takes other white space). */
function trimBlanks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
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
  // One typed array sized for the most the lines can hold (3 bytes per 4 characters, 63 a line),
  // not a number[] grown byte by byte: that took 8 bytes of heap per byte of a PDF.
  let most = 0;
  for (const line of lines) most += Math.min(63, 3 * Math.ceil(line.length / 4));
  const bytes = new Uint8Array(most);
  let size = 0;
  const sextet = (line: string, at: number) => ((line.charCodeAt(at) || 32) - 32) & 63;
  for (const line of lines) {
    if (line === 'end' || line.trim() === 'end') break;
    if (line.length === 0) continue;
    const count = (line.charCodeAt(0) - 32) & 63;
    if (count === 0) continue;
    let decoded = 0;
    for (let i = 1; i + 3 < line.length + 3 && decoded < count; i += 4) {
      const c0 = sextet(line, i);
      const c1 = sextet(line, i + 1);
      const c2 = sextet(line, i + 2);
      const c3 = sextet(line, i + 3);
      for (const byte of [((c0 << 2) | (c1 >> 4)) & 255, ((c1 << 4) | (c2 >> 2)) & 255, ((c2 << 6) | c3) & 255]) {
        if (decoded < count) bytes[size++] = byte;
        decoded++;
      }
    }
  }
  return bytes.slice(0, size);
}
