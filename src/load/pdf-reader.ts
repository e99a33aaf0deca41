// Owns what a PDF engine hands the PDF loader (pdf.ts): per page, its text items and drawn rules. Two engines
// give it: pdf.js through pdf-parse (the default) and PDFium (pdfium.ts, `--pdf-engine pdfium`).
import type { Rule } from './pdf-rules.js';

/** The PDF engines corresp can read a PDF's text with. */
export const PDF_ENGINES = ['pdfjs', 'pdfium'] as const;
export type PdfEngine = (typeof PDF_ENGINES)[number];

/** A run of text as an engine gives it: its characters, where its baseline starts, how wide and high it is (page space, PDF points), its font's name. */
export interface RawItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontName: string;
}

/** One page's text items, in the order the page draws them, and its thin horizontal rules. */
export interface PageText {
  items: RawItem[];
  rules: Rule[];
}

/** An open PDF. */
export interface PdfReader {
  pages: number;
  /** Page `index` (0-based). */
  page(index: number): Promise<PageText>;
  close(): Promise<void>;
}
