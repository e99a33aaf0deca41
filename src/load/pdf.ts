// Owns PDF letters: opened, identified and rejected by pdf-parse; text items from the pdf.js document it opened (the one pdfjs-dist it pins), or from PDFium (`--pdf-engine pdfium`, pdfium.ts), grouped into lines and paragraphs, per page, with bold/italic from font names and underline from drawn rules.
import { CorrespError, ErrorCode } from '../errors.js';
import { type Block, Format, type Run, type Source } from '../source.js';
import { BULLET_CHARACTERS, ENDS_ON_LOWER_CASE_WORD, MAIL_MERGE_FIELDS, PAGE_NUMBER_MARKER } from '../vocabulary.js';
import type { PdfEngine, PdfReader, RawItem } from './pdf-reader.js';
import { findRules, underlinedItems } from './pdf-rules.js';
import { refuseDecompressionBombs } from './pdf-streams.js';
import { loadPdfLibraries } from './external-modules.js';
import { loadFlatPages } from './flat.js';

/** A text item as pdfjs gives it, reduced to what we use. */
interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

interface PdfLine {
  items: Item[];
  y: number;
  x: number;
  right: number;
  height: number;
}

/** A line that opens a paragraph of its own, its text hanging after the marker: numbers, bullets, list letters, labels. */
const OPENS_OWN_PARAGRAPH = new RegExp(String.raw`^(?:File\s+Nos?\.\s|Filed\s+(?:on\s+)?[A-Z][a-z]+\.?\s+\d|\d{1,3}[.)]\s|\(?[a-z]{1,4}\)\s|[a-z]\.\s|[${BULLET_CHARACTERS}*]|o\s|Comment\b|Response\b)`);
/** The mail-merge residue that opens the iText template's running header: "FirstName LastNameTony Xu", "Comapany Name…". */
const MAIL_MERGE_START = new RegExp(`^(?:${MAIL_MERGE_FIELDS})`);
/** The "Page N" item that ends the iText template's running header (2020-doordash-drs-s1-upload). */
const TEMPLATE_PAGE_NUMBER = new RegExp(`^${PAGE_NUMBER_MARKER}$`);

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfParse = typeof import('pdf-parse');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfModules: Promise<{ pdfjs: PdfJs; pdfParse: PdfParse }> | undefined;

/** pdf-parse and pdfjs, loaded on first use so that text and HTML letters never pay for the PDF stack. */
function pdfLibs(): Promise<{ pdfjs: PdfJs; pdfParse: PdfParse }> {
  if (pdfModules === undefined) {
    const nativePush = Array.prototype.push;
    // pdfjs is loaded for its operator codes (OPS): pdf-parse does not re-export them, and it is the same module
    // instance pdf-parse uses. Its worker half comes with it (pdf-libraries.ts), so both are loaded before push is restored.
    pdfModules = loadPdfLibraries().then((libraries) => {
      // The legacy build's core-js swaps Array.prototype.push on Node 20 for a JS version that
      // fixes 2^32-length edge cases; it made every push in the process several times slower.
      Array.prototype.push = nativePush;
      return libraries;
    });
  }
  return pdfModules;
}

/**
 * Open a PDF with pdf-parse: its getInfo reads the page count (and the document's metadata) before
 * any text work, and its typed exceptions say why a file is refused. The positioned text is then
 * read from the pdf.js document pdf-parse opened (a field its types keep private, reached by
 * name: pdf-parse's own text is plain lines, without the positions, fonts and rules the
 * classifiers need, and opening the file a second time would double the parse).
 */
async function openPdf(libs: { pdfParse: PdfParse }, bytes: Uint8Array, file: string, maxPages: number): Promise<PdfDocument> {
  const parser = new libs.pdfParse.PDFParse({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: false,
    useSystemFonts: false,
    verbosity: 0,
    maxImageSize: 1,
  });
  let pages: number;
  try {
    pages = (await parser.getInfo()).total;
  } catch (error) {
    await parser.destroy().catch(() => undefined);
    throw pdfError(libs.pdfParse, error, file);
  }
  const doc = parser['doc'] as PdfDocument | undefined;
  if (doc === undefined) {
    await parser.destroy();
    throw new CorrespError(ErrorCode.INTERNAL, 'pdf-parse opened the PDF but kept no document (a pdf-parse version corresp does not know)', { file });
  }
  if (pages > maxPages) {
    await parser.destroy();
    throw new CorrespError(ErrorCode.TOO_LARGE, `PDF has ${pages} pages, over the limit of ${maxPages} (raise it with --max-pages)`, { file });
  }
  return doc;
}

/** The pdf.js document pdf-parse opened, read page by page. */
function pdfjsReader(libs: { pdfjs: PdfJs }, doc: PdfDocument): PdfReader {
  return {
    pages: doc.numPages,
    page: async (index) => {
      const page = await doc.getPage(index + 1);
      const content = await page.getTextContent();
      // Font names (and so bold/italic) are known only once the page's operators are read;
      // the same list draws the underlines.
      const operators = await page.getOperatorList();
      const items: RawItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue;
        let fontName = '';
        try {
          fontName = (page.commonObjs.get(raw.fontName) as { name?: string } | undefined)?.name ?? '';
        } catch {
          fontName = '';
        }
        items.push({ str: raw.str, x: raw.transform[4] as number, y: raw.transform[5] as number, width: raw.width, height: raw.height || Math.abs(raw.transform[3] as number) || 10, fontName });
      }
      const rules = findRules(operators.fnArray, operators.argsArray, libs.pdfjs.OPS);
      page.cleanup();
      return { items, rules };
    },
    close: () => doc.destroy(),
  };
}

/** Open a PDF with the engine asked for (the loader's, and tests comparing the engines). */
export async function openReader(engine: PdfEngine, bytes: Uint8Array, file: string, maxPages: number): Promise<{ reader: PdfReader; failure: (error: unknown) => CorrespError }> {
  if (engine === 'pdfium') {
    const { openWithPdfium } = await import('./pdfium.js');
    return { reader: await openWithPdfium(bytes, file, maxPages), failure: (error) => new CorrespError(ErrorCode.PDF_CORRUPT, `corrupt or truncated PDF: ${error instanceof Error ? error.message : String(error)}`, { file, cause: error }) };
  }
  const libs = await pdfLibs();
  const doc = await openPdf(libs, bytes, file, maxPages);
  return { reader: pdfjsReader(libs, doc), failure: (error) => pdfError(libs.pdfParse, error, file) };
}

/**
 * Read a PDF letter: one Source block per paragraph, with its page.
 * Scripts in the PDF never run (pdf.js eval is off); images are never decoded.
 * @param engine what reads the text layer: pdf.js through pdf-parse (default), or PDFium
 * @throws CorrespError PDF_ENCRYPTED, PDF_CORRUPT, PDF_NO_TEXT, TOO_LARGE (more than maxPages pages, or a stream that inflates past 64 MiB)
 */
export async function loadPdf(bytes: Uint8Array, file: string, maxPages = Number.POSITIVE_INFINITY, engine: PdfEngine = 'pdfjs'): Promise<Source> {
  refuseDecompressionBombs(bytes, file);
  const { reader, failure } = await openReader(engine, bytes, file, maxPages);
  try {
    const blocks: Block[] = [];
    const pageLines: PdfLine[][] = [];
    const pageItems: Item[][] = [];
    let textChars = 0;
    for (let p = 0; p < reader.pages; p++) {
      const { items: rawItems, rules } = await reader.page(p);
      const items: Item[] = [];
      let inMailMerge = 0;
      for (const raw of rawItems) {
        // The iText template's running header carries mail-merge residue ("FirstName LastNameTony Xu",
        // "Comapany Name…", date, "Page N"); a hidden copy of it overlays body lines (2020-doordash-drs-s1-upload).
        if (MAIL_MERGE_START.test(raw.str)) inMailMerge = 8;
        if (inMailMerge > 0) {
          inMailMerge = TEMPLATE_PAGE_NUMBER.test(raw.str.trim()) ? 0 : inMailMerge - 1;
          continue;
        }
        items.push({ str: raw.str, x: raw.x, y: raw.y, width: raw.width, height: raw.height, bold: BOLD_FONT.test(raw.fontName), italic: ITALIC_FONT.test(raw.fontName), underline: false });
        textChars += raw.str.trim().length;
      }
      if (rules.length > 0) underlinedItems(items, rules).forEach((on, k) => on && ((items[k] as Item).underline = true));
      pageLines.push(lines(items));
      pageItems.push(items);
    }
    if (textChars === 0) {
      // A PDF of no pages is no scanned image: OCR would find nothing either.
      const message = reader.pages === 0 ? 'no pages: the PDF holds nothing to read' : 'no text layer: a scanned image, run OCR first';
      throw new CorrespError(ErrorCode.PDF_NO_TEXT, message, { file });
    }
    const flattened = flattenedPages(pageLines, pageItems);
    if (flattened !== undefined) return { ...loadFlatPages(flattened), format: Format.pdf, pages: reader.pages };
    // Margins of the whole letter: a last page of short lines must still read as short lines.
    const all = pageLines.flat();
    // A loop, not Math.min(...all): spreading a very long array overflows the call stack.
    const margins = { left: Number.POSITIVE_INFINITY, right: Number.NEGATIVE_INFINITY };
    for (const l of all) {
      margins.left = Math.min(margins.left, l.x);
      margins.right = Math.max(margins.right, l.right);
    }
    pageLines.forEach((linesOfPage, index) => {
      for (const block of paragraphs(linesOfPage, margins)) {
        block.page = index + 1;
        blocks.push(block);
      }
    });
    return { format: Format.pdf, blocks, pages: reader.pages };
  } catch (error) {
    if (error instanceof CorrespError) throw error;
    throw failure(error);
  } finally {
    await reader.close();
  }
}

/** Font names of bold and italic faces ("Arial-BoldMT", "TimesNewRomanPS-ItalicMT"). */
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;
const ITALIC_FONT = /italic|oblique/i;

/** A line this long (characters) is no line a page prints: a page's words run together on one baseline. */
const RUN_TOGETHER_LINE = 1000;
/** The share of a letter's characters in such lines that makes the letter a flattened one. */
const RUN_TOGETHER_SHARE = 0.8;

/**
 * The pages' texts when the letter's words run together on one baseline a page: an HTML letter of page images over a hidden
 * text layer, printed to PDF (c0722, c1112 printed). Read as lines and paragraphs, each page would be one paragraph; their
 * texts are a flattened letter (loadFlatPages). Each page's text is its pieces in the order the page draws them: two runs
 * of words on one baseline, put in order of their places, would interleave. Undefined for a letter printed line by line.
 */
function flattenedPages(pageLines: readonly (readonly PdfLine[])[], pageItems: readonly (readonly Item[])[]): string[] | undefined {
  // A line's text is its items' and at most a space before each: a letter none of whose lines can reach the length needs no text built here.
  const mayRunTogether = pageLines.some((page) => page.some((line) => line.items.reduce((n, item) => n + item.str.length + 1, 0) >= RUN_TOGETHER_LINE));
  if (!mayRunTogether) return undefined;
  let all = 0;
  let runTogether = 0;
  for (const line of pageLines.flat()) {
    const length = textOfRuns(lineRuns(line)).length;
    all += length;
    if (length >= RUN_TOGETHER_LINE) runTogether += length;
  }
  if (runTogether === 0 || runTogether < RUN_TOGETHER_SHARE * all) return undefined;
  // Blank pages (a printer's last) carry nothing.
  return pageItems.map((items) => items.map((item) => item.str).join(' ').replace(/\s+/g, ' ').trim()).filter((page) => page !== '');
}

/** pdf.js's failure as pdf-parse's typed exception, and that as our error code. */
function pdfError(pdfParse: PdfParse, error: unknown, file: string): CorrespError {
  const typed = pdfParse.getException(error);
  if (typed instanceof pdfParse.PasswordException) return new CorrespError(ErrorCode.PDF_ENCRYPTED, 'encrypted PDF: a password is needed', { file, cause: error });
  return new CorrespError(ErrorCode.PDF_CORRUPT, `corrupt or truncated PDF: ${typed.message}`, { file, cause: error });
}

/** Group items into lines (same baseline within a third of the text height), top to bottom, left to right. */
function lines(items: readonly Item[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: PdfLine[] = [];
  for (const item of sorted) {
    // (A hundredth of a point over: PDFium's single-precision coordinates miss by 1e-5 what pdf.js's doubles meet exactly, a superscript set a third of a height up.)
    const line = firstLineNear(out, item.y, Math.max(2, item.height / 3) + 0.01);
    if (line) {
      line.items.push(item);
      line.x = Math.min(line.x, item.x);
      line.right = Math.max(line.right, item.x + item.width);
      line.height = Math.max(line.height, item.height);
    } else {
      out.push({ items: [item], y: item.y, x: item.x, right: item.x + item.width, height: item.height });
    }
  }
  for (const line of out) line.items.sort((a, b) => a.x - b.x);
  return out.sort((a, b) => b.y - a.y);
}

/**
 * The first line (top to bottom) whose baseline is within `tolerance` of `y`. Lines are made
 * from items sorted top down, so their baselines descend and none is below `y`: the answer is the
 * highest baseline at most `y + tolerance`, found by bisection rather than a scan per item (a damaged
 * page of 18,000 items at as many heights).
 */
function firstLineNear(lines: readonly PdfLine[], y: number, tolerance: number): PdfLine | undefined {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as PdfLine).y - y > tolerance) lo = mid + 1;
    else hi = mid;
  }
  const line = lines[lo];
  return line !== undefined && Math.abs(line.y - y) <= tolerance ? line : undefined;
}

/** The runs of one line, with a space wherever the items leave a gap. */
function lineRuns(line: PdfLine): Run[] {
  const runs: Run[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const item of line.items) {
    const gap = item.x - end > Math.max(1, item.height * 0.15) && !/^[,.;:)]/.test(item.str);
    const text = (gap && runs.length > 0 ? ' ' : '') + item.str;
    const last = runs.at(-1);
    if (last && last.bold === item.bold && last.italic === item.italic && last.underline === item.underline) last.text += text;
    else runs.push({ text, bold: item.bold, italic: item.italic, underline: item.underline });
    end = item.x + item.width;
  }
  return runs;
}

const textOfRuns = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/** Every run with words in it carries the style (a line or paragraph set wholly in bold, or wholly underlined). */
const styledThroughout = (runs: readonly Run[], style: 'bold' | 'underline') => runs.every((r) => r[style] || r.text.trim() === '');

/**
 * Join lines into paragraphs: a wider gap, a first-line indent, a list marker, a short line
 * above, or a change of weight starts a new one; a word hyphenated at a line end is joined
 * without a space (the hyphen is kept: "rent-a-captive" must survive).
 */
function paragraphs(pageLines: readonly PdfLine[], margins: { left: number; right: number }): Block[] {
  if (pageLines.length === 0) return [];
  const spacing = typicalSpacing(pageLines);
  const { left, right } = margins;
  const out: Block[] = [];
  let current: Run[] = [];
  let previous: PdfLine | undefined;
  // Where the current paragraph's text runs: after a hanging number ("1.  Please …" then lines at the text's x).
  let textX = left;
  for (const line of pageLines) {
    const runs = lineRuns(line);
    const text = textOfRuns(runs).trim();
    if (text === '') continue;
    let breaks = true;
    if (previous !== undefined && current.length > 0) {
      const gap = previous.y - line.y;
      const prevText = textOfRuns(current);
      const prevBold = styledThroughout(current, 'bold');
      const thisBold = styledThroughout(runs, 'bold');
      const prevUnderlined = styledThroughout(current, 'underline');
      const thisUnderlined = styledThroughout(runs, 'underline');
      breaks =
        gap > spacing * 1.45 ||
        (line.x > textX + 8 && line.x > left + 20) ||
        // Date and signature lines set to the right stand alone (2022-bxp-def14a-upload).
        line.x > left + (right - left) * 0.4 ||
        previous.x > left + (right - left) * 0.4 ||
        OPENS_OWN_PARAGRAPH.test(text) ||
        (previous.right < right - Math.max(60, (right - left) * 0.2) && !sentenceGoesOn(prevText, text)) ||
        prevBold !== thisBold ||
        prevUnderlined !== thisUnderlined ||
        (prevUnderlined && thisUnderlined && startsNewTitle(prevText, text)) ||
        /:$/.test(prevText.trim()) && prevText.trim().length < 60;
    }
    if (breaks) {
      if (current.length > 0) out.push({ runs: current });
      current = runs;
      const second = line.items.slice(1).find((it) => it.str.trim() !== '');
      textX = OPENS_OWN_PARAGRAPH.test(text) && second !== undefined ? Math.min(second.x, line.x + 60) : line.x;
      if (textX < line.x) textX = line.x;
    } else {
      const prevText = textOfRuns(current);
      const joiner = /[A-Za-z0-9]-$/.test(prevText) ? '' : ' ';
      const [first, ...rest] = runs;
      if (first) current.push({ ...first, text: joiner + first.text.replace(/^\s+/, '') });
      current.push(...rest);
    }
    previous = line;
  }
  if (current.length > 0) out.push({ runs: current });
  return out;
}

/** A sentence cut by a line break, not a paragraph end, however short the line above (c0338, c0107: see ENDS_ON_LOWER_CASE_WORD). */
function sentenceGoesOn(above: string, next: string): boolean {
  // The paragraph's last words only: it grows line by line, and reading it whole for each short line would be quadratic.
  return ENDS_ON_LOWER_CASE_WORD.test(above.trimEnd().slice(-100)) && /^\p{Ll}/u.test(next) && !OPENS_OWN_PARAGRAPH.test(next);
}

/** Words that leave a title unfinished at a line end. */
const TITLE_CONTINUES = /(?:[,&/(\-–—]|\b(?:of|and|or|the|a|an|to|for|in|on|at|by|with|from|as|its|their|our|your|under|into|pages?|No\.))$/i;

/** A note's title opening with its number: "1. Business, Basis of Presentation …", "Note 8 – Investments". */
const NUMBERED_TITLE = /^(?:Note\s+)?\d{1,2}\s*[.:–—-]?\s+\p{Lu}/u;

/** The end of the MD&A title, the section staff letters most often stack a sub-heading under. */
const MDA_END = /Results\s+of\s+Operations?$/i;

/**
 * Whether the next of two underlined lines starts a heading of its own: staff letters stack
 * underlined headings line on line, each underlined apart ("Management's Discussion … Results of
 * Operations" over "Our Business Model", 2020-applovin-drs-s1-upload). A wrapped title goes on
 * after a connecting word, or in lower case, or with the page number (2021-constellation-drs-form10-upload),
 * or as one last word before the page ("… Generating Assets" over "Outages, page 98"); capitals
 * tell nothing in an all-caps title.
 */
function startsNewTitle(above: string, next: string): boolean {
  const before = above.trim();
  if (!/^["“‘']?\p{Lu}/u.test(next) || TITLE_CONTINUES.test(before) || !/\p{Ll}/u.test(before)) return false;
  const lastWord = /^[^\s,]+(?:,\s*pages?\s*\S+)?$/i.test(next.trim());
  // A note's numbered title is whole on its line: "1. Business, … Accounting Policies" over "Revisions, page 209" (c0767).
  return !lastWord || MDA_END.test(before) || NUMBERED_TITLE.test(before);
}

/** The most common distance between consecutive baselines on the page. */
function typicalSpacing(pageLines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < pageLines.length; i++) {
    const gap = Math.round((pageLines[i - 1] as PdfLine).y - (pageLines[i] as PdfLine).y);
    if (gap > 0 && gap < 40) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 14;
  let bestCount = 0;
  for (const [gap, count] of counts) if (count > bestCount || (count === bestCount && gap < best)) [best, bestCount] = [gap, count];
  return best;
}
