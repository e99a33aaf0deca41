// Owns reading a PDF's text layer with PDFium (Chrome's PDF engine, compiled to WebAssembly by @hyzyla/pdfium,
// MIT; PDFium itself BSD/Apache): the engine `--pdf-engine pdfium` chooses instead of pdf.js (issue 15 asks
// for one to be compared). It gives what pdf.js gives the loader: per page, text items (a run of characters
// in one font along one baseline, cut where pdf.js cuts its items, with the font's name and size) and the thin
// horizontal rules drawn on it.
import { CorrespError, ErrorCode } from '../errors.js';
import { importExternal } from './external-modules.js';
import { type Matrix, multiply, type Rule, ruleOf } from './pdf-rules.js';
import type { PageText, PdfReader, RawItem } from './pdf-reader.js';

/** The WebAssembly module's exports this reader calls (PDFium's C API, fpdfview.h / fpdf_text.h / fpdf_edit.h). */
interface PdfiumExports {
  malloc(size: number): number;
  free(ptr: number): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_GetLastError(): number;
  FPDF_GetPageCount(doc: number): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(text: number): void;
  FPDFText_CountChars(text: number): number;
  FPDFText_GetUnicode(text: number, i: number): number;
  FPDFText_IsGenerated(text: number, i: number): number;
  FPDFText_GetTextObject(text: number, i: number): number;
  FPDFText_GetCharOrigin(text: number, i: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(text: number, i: number, rect: number): number;
  FPDFText_GetFontSize(text: number, i: number): number;
  FPDFText_GetMatrix(text: number, i: number, matrix: number): number;
  FPDFText_GetFontInfo(text: number, i: number, buffer: number, length: number, flags: number): number;
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, i: number): number;
  FPDFFormObj_CountObjects(form: number): number;
  FPDFFormObj_GetObject(form: number, i: number): number;
  FPDFPageObj_GetType(object: number): number;
  FPDFPageObj_GetMatrix(object: number, matrix: number): number;
  FPDFPageObj_GetBounds(object: number, left: number, bottom: number, right: number, top: number): number;
  FPDFPageObj_GetStrokeWidth(object: number, width: number): number;
  FPDFPath_GetDrawMode(path: number, fillMode: number, stroke: number): number;
}

interface PdfiumModule {
  wasmExports: PdfiumExports;
  HEAPU8: Uint8Array;
  HEAPF64: Float64Array;
  HEAPF32: Float32Array;
  HEAP32: Int32Array;
}

/** FPDF_GetLastError's codes (fpdfview.h): what a PDF that does not open is told. */
const FPDF_ERR_PASSWORD = 4;
const FPDF_ERR_SECURITY = 5;
const OPEN_FAILURES: Record<number, string> = { 1: 'PDFium cannot read it', 2: 'the file cannot be read', 3: 'not in PDF format, or damaged', 6: 'a page cannot be found' };
/** FPDFPageObj_GetType's kinds (fpdf_edit.h). */
const OBJECT_PATH = 2;
const OBJECT_FORM = 5;
/** Form XObjects nested deeper than this are not read for rules (a malformed file may nest them without end). */
const MAX_FORM_DEPTH = 8;
/** Scratch memory inside the module: 8 doubles, then a font name. */
const SCRATCH_BYTES = 64;
const FONT_NAME_BYTES = 256;
/** Font names come as UTF-8 (one decoder for them all). */
const UTF8 = new TextDecoder();
/** pdf.js's thresholds for the gap after a character, as shares of the font size (its evaluator's TRACKING_SPACE_FACTOR, SPACE_IN_FLOW_MAX_FACTOR). */
const TRACKING_SPACE_MIN = 0.102;
const SPACE_IN_FLOW_MAX = 0.6;
/** A shift of the baseline by at most this share of the font size keeps the line (pdf.js's VERTICAL_SHIFT_RATIO). */
const VERTICAL_SHIFT = 0.25;

let loaded: Promise<PdfiumModule> | undefined;

/** The module, instantiated on first use (once per process: compiling its WebAssembly takes tens of milliseconds). */
function pdfium(): Promise<PdfiumModule> {
  loaded ??= importExternal<typeof import('@hyzyla/pdfium')>('@hyzyla/pdfium').then(async ({ PDFiumLibrary }) => (await PDFiumLibrary.init()) as unknown as { module: PdfiumModule }).then((library) => library.module);
  return loaded;
}

/** A WebAssembly trap or an abort leaves the module unusable: the next PDF gets a new one. */
function dropModule(module: PdfiumModule): void {
  const current = loaded;
  void current?.then((m) => {
    if (m === module && loaded === current) loaded = undefined;
  });
}

/**
 * Open a PDF with PDFium.
 * @throws CorrespError PDF_ENCRYPTED, PDF_CORRUPT, TOO_LARGE (more than maxPages pages)
 */
export async function openWithPdfium(bytes: Uint8Array, file: string, maxPages: number): Promise<PdfReader> {
  const module = await pdfium();
  const w = module.wasmExports;
  let aborted = false;
  // Every call into the module: a trap or an abort in it (anything but our own refusals) drops the module.
  const guarded = <T>(call: () => T): T => {
    try {
      return call();
    } catch (error) {
      if (!(error instanceof CorrespError)) {
        aborted = true;
        dropModule(module);
      }
      throw error;
    }
  };
  const data = guarded(() => w.malloc(Math.max(1, bytes.byteLength)));
  if (data === 0) throw new CorrespError(ErrorCode.TOO_LARGE, 'too large to parse: PDFium cannot hold the file', { file });
  const doc = guarded(() => {
    module.HEAPU8.set(bytes, data);
    return w.FPDF_LoadMemDocument(data, bytes.byteLength, 0);
  });
  if (doc === 0) {
    const code = guarded(() => {
      const last = w.FPDF_GetLastError();
      w.free(data);
      return last;
    });
    if (code === FPDF_ERR_PASSWORD || code === FPDF_ERR_SECURITY) throw new CorrespError(ErrorCode.PDF_ENCRYPTED, 'encrypted PDF: a password is needed', { file });
    throw new CorrespError(ErrorCode.PDF_CORRUPT, `corrupt or truncated PDF: ${OPEN_FAILURES[code] ?? 'PDFium cannot read it'}`, { file });
  }
  const scratch = guarded(() => w.malloc(SCRATCH_BYTES + FONT_NAME_BYTES));
  const close = () => {
    // An aborted module answers no call: it is dropped with all it held. A trap while closing loses nothing read.
    if (aborted) return;
    try {
      guarded(() => {
        w.FPDF_CloseDocument(doc);
        w.free(data);
        w.free(scratch);
      });
    } catch {
      // Dropped (guarded).
    }
  };
  const pages = guarded(() => w.FPDF_GetPageCount(doc));
  if (pages > maxPages) {
    close();
    throw new CorrespError(ErrorCode.TOO_LARGE, `PDF has ${pages} pages, over the limit of ${maxPages} (raise it with --max-pages)`, { file });
  }
  return {
    pages,
    page: async (index) => guarded(() => readPage(module, doc, index, scratch)),
    close: async () => close(),
  };
}

/** One page's text items and rules; a page PDFium cannot load has none. */
function readPage(module: PdfiumModule, doc: number, index: number, scratch: number): PageText {
  const w = module.wasmExports;
  const page = w.FPDF_LoadPage(doc, index);
  if (page === 0) return { items: [], rules: [] };
  try {
    return { items: textItems(module, page, scratch), rules: pageRules(module, page, scratch) };
  } finally {
    w.FPDF_ClosePage(page);
  }
}

/**
 * The page's characters as text items, as pdf.js cuts them: a run of characters in one font along one
 * baseline, left to right, going on into the next text object when no space is between. A space PDFium
 * adds where it sees a gap between words is kept inside a run (pdf.js adds one too); its line ends cut runs.
 */
function textItems(module: PdfiumModule, page: number, scratch: number): RawItem[] {
  const w = module.wasmExports;
  const text = w.FPDFText_LoadPage(page);
  if (text === 0) return [];
  const items: RawItem[] = [];
  // Each text object's font, read at its first character.
  const fonts = new Map<number, { name: string; height: number }>();
  let lastObject = -1;
  let objectFont = { name: '', height: 10 };
  try {
    const count = w.FPDFText_CountChars(text);
    // The run being read: where its last character's advance ends, whether a space PDFium added follows it, where a space it ends with starts.
    let current: { str: string; x: number; y: number; height: number; fontName: string; object: number; right: number; pendingSpace: boolean; spaceX: number | undefined } | undefined;
    // Ends the run; `nextX`: where the next item starts along the same line (undefined: on another line, or none).
    const end = (nextX?: number) => {
      if (current === undefined) return;
      const { x, y, height, fontName } = current;
      // A space the PDF draws at the run's end before a jump along the line (a table's next column) is an item of its own
      // reaching to the next, as in pdf.js: the line then spans its columns as pdf.js's does.
      // (A space PDFium adds itself there, it marks as generated: it starts where the last character ends.)
      const spaceX = current.pendingSpace ? current.right : current.spaceX;
      if (nextX !== undefined && spaceX !== undefined && nextX - current.right > SPACE_IN_FLOW_MAX * height) {
        const words = current.pendingSpace ? current.str : current.str.slice(0, -1);
        if (words !== '') items.push({ str: words, x, y, width: spaceX - x, height, fontName });
        items.push({ str: ' ', x: spaceX, y, width: nextX - spaceX, height, fontName });
        current = undefined;
        return;
      }
      // A space PDFium saw after the run's last word stays with it when the line goes on (pdf.js gives it as an item of its own): "by" before ". . .".
      if (current.pendingSpace && nextX !== undefined) current.str += ' ';
      items.push({ str: current.str, x, y, width: current.right - x, height, fontName });
      current = undefined;
    };
    for (let i = 0; i < count; i++) {
      const code = w.FPDFText_GetUnicode(text, i);
      const generated = w.FPDFText_IsGenerated(text, i) === 1;
      if (generated) {
        if (code === 0x20 && current !== undefined) current.pendingSpace = true;
        else end();
        continue;
      }
      // A hyphen PDFium takes for a word broken at a line's end comes as code 2: printed, it is a hyphen (pdf.js keeps it, and so does the paragraph joiner).
      const char = code === 2 ? 0x2d : code;
      if (char === 0 || char === 0xfffe || char === 0xffff) continue;
      const object = w.FPDFText_GetTextObject(text, i);
      if (object !== lastObject) {
        lastObject = object;
        let font = fonts.get(object);
        if (font === undefined) {
          font = { name: fontNameOf(module, text, i, scratch + SCRATCH_BYTES), height: fontHeight(module, text, i, scratch) };
          fonts.set(object, font);
        }
        objectFont = font;
      }
      w.FPDFText_GetCharOrigin(text, i, scratch, scratch + 8);
      const x = module.HEAPF64[scratch >> 3] as number;
      const y = module.HEAPF64[(scratch >> 3) + 1] as number;
      // A run starts at its first letter, as pdf.js's do: a space before it would hide the words it opens.
      if (current === undefined && (char === 0x20 || char === 0xa0)) continue;
      // pdf.js's rule for the gap after the last character: over 0.6 of the font size it starts another item, over 0.102 it is a space.
      const gap = current === undefined ? 0 : x - current.right;
      // Like pdf.js, a run goes on into the next text object in the same font when no space is between ("4" and "." drawn apart are one
      // item "4."; "14.", " " and "We note" three, the text's start after the number then known).
      const sameFont =
        current !== undefined &&
        (current.object === object || (current.fontName === objectFont.name && current.height === objectFont.height && !current.pendingSpace && char !== 0x20 && !current.str.endsWith(' ')));
      // A small rise or drop goes on along the line (a superscript "rd", a subscript "2"), as in pdf.js (its VERTICAL_SHIFT_RATIO).
      const onLine = current !== undefined && Math.abs(current.y - y) <= Math.max(0.5, VERTICAL_SHIFT * current.height);
      const goesOn = current !== undefined && sameFont && onLine && x >= current.x && gap <= SPACE_IN_FLOW_MAX * current.height;
      if (current !== undefined && goesOn && gap > TRACKING_SPACE_MIN * current.height && !/\s$/.test(current.str)) current.pendingSpace = true;
      if (!goesOn) {
        end(onLine ? x : undefined);
        current = { str: '', x, y, height: objectFont.height, fontName: objectFont.name, object, right: x, pendingSpace: false, spaceX: undefined };
      }
      const run = current as NonNullable<typeof current>;
      if (run.pendingSpace) run.str += ' ';
      run.pendingSpace = false;
      run.str += String.fromCodePoint(char);
      run.spaceX = char === 0x20 ? x : undefined;
      run.right = looseRight(module, text, i, scratch);
    }
    end();
  } finally {
    w.FPDFText_ClosePage(text);
  }
  return items;
}

/** Character `i`'s font size on the page: its font size times its matrix's vertical scale (what pdf.js's item height is; OCR layers set 1-point text scaled up). */
function fontHeight(module: PdfiumModule, text: number, i: number, scratch: number): number {
  const w = module.wasmExports;
  const size = w.FPDFText_GetFontSize(text, i);
  if (w.FPDFText_GetMatrix(text, i, scratch) === 0) return size || 10;
  const at = scratch >> 2;
  return size * Math.hypot(module.HEAPF32[at + 2] as number, module.HEAPF32[at + 3] as number) || size || 10;
}

/** Where character `i`'s advance ends (its loose box: the font's advance, not the glyph's ink). */
function looseRight(module: PdfiumModule, text: number, i: number, scratch: number): number {
  if (module.wasmExports.FPDFText_GetLooseCharBox(text, i, scratch) === 0) return 0;
  // FS_RECTF: left, top, right, bottom (floats).
  return module.HEAPF32[(scratch >> 2) + 2] as number;
}

/** The name of character `i`'s font ("ABCDEF+Arial-BoldMT"), as pdf.js names it for the bold and italic tests. */
function fontNameOf(module: PdfiumModule, text: number, i: number, buffer: number): string {
  const length = module.wasmExports.FPDFText_GetFontInfo(text, i, buffer, FONT_NAME_BYTES, 0);
  if (length <= 1) return '';
  return UTF8.decode(module.HEAPU8.subarray(buffer, buffer + Math.min(length, FONT_NAME_BYTES) - 1));
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The object's matrix (FS_MATRIX, six floats), or the identity. */
function matrixOf(module: PdfiumModule, object: number, scratch: number): Matrix {
  if (module.wasmExports.FPDFPageObj_GetMatrix(object, scratch) === 0) return IDENTITY;
  const f = module.HEAPF32;
  const at = scratch >> 2;
  return [f[at], f[at + 1], f[at + 2], f[at + 3], f[at + 4], f[at + 5]] as Matrix;
}

/** The thin horizontal rules the page draws (pdf-rules.ts ruleOf), those of its form XObjects included. */
function pageRules(module: PdfiumModule, page: number, scratch: number): Rule[] {
  const w = module.wasmExports;
  const rules: Rule[] = [];
  // A form's objects are in the form's space: `toPage` takes them to the page.
  const visit = (count: number, objectAt: (k: number) => number, toPage: Matrix, depth: number) => {
    for (let k = 0; k < count; k++) {
      const object = objectAt(k);
      const type = w.FPDFPageObj_GetType(object);
      if (type === OBJECT_FORM && depth < MAX_FORM_DEPTH) {
        visit(w.FPDFFormObj_CountObjects(object), (j) => w.FPDFFormObj_GetObject(object, j), multiply(matrixOf(module, object, scratch), toPage), depth + 1);
      } else if (type === OBJECT_PATH) {
        const rule = pathRule(module, object, toPage, scratch);
        if (rule !== undefined) rules.push(rule);
      }
    }
  };
  visit(w.FPDFPage_CountObjects(page), (k) => w.FPDFPage_GetObject(page, k), IDENTITY, 0);
  return rules;
}

/**
 * The rule a path object draws, if it is a thin horizontal one. PDFium gives the path's box in its
 * form's space (the page's, outside forms) with the line width added on each side of a stroked path; ruleOf wants the path's own box and adds the width itself.
 */
function pathRule(module: PdfiumModule, path: number, toPage: Matrix, scratch: number): Rule | undefined {
  const w = module.wasmExports;
  const at = scratch >> 2;
  if (w.FPDFPath_GetDrawMode(path, scratch, scratch + 4) === 0) return undefined;
  const fillMode = module.HEAP32[at] as number;
  const stroked = (module.HEAP32[at + 1] as number) !== 0;
  if (fillMode === 0 && !stroked) return undefined;
  const scale = Math.abs(matrixOf(module, path, scratch)[3]) || 1;
  const strokeWidth = stroked ? (w.FPDFPageObj_GetStrokeWidth(path, scratch) === 0 ? 0 : (module.HEAPF32[at] as number) * scale) : undefined;
  if (w.FPDFPageObj_GetBounds(path, scratch, scratch + 4, scratch + 8, scratch + 12) === 0) return undefined;
  const f = module.HEAPF32;
  let [left, bottom, right, top] = [f[at], f[at + 1], f[at + 2], f[at + 3]] as [number, number, number, number];
  // (Measured: the box of a line stroked w wide reaches w beyond it on every side.)
  if (strokeWidth !== undefined) {
    [bottom, top] = top - bottom >= 2 * strokeWidth ? [bottom + strokeWidth, top - strokeWidth] : [(bottom + top) / 2, (bottom + top) / 2];
    if (right - left >= 2 * strokeWidth) [left, right] = [left + strokeWidth, right - strokeWidth];
  }
  return ruleOf([left, bottom, right, top], toPage, strokeWidth);
}
