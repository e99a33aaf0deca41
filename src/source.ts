// Owns the loader output: a letter as paragraphs of styled text runs, before normalisation.

/** Input formats detected from the bytes. */
export const Format = {
  text: 'text',
  html: 'html',
  pdf: 'pdf',
  edgar: 'edgar',
} as const;
export type Format = (typeof Format)[keyof typeof Format];

/** A stretch of text with one formatting. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** One paragraph (or table row, or PDF line group) as a loader saw it. */
export interface Block {
  runs: Run[];
  /** 1-based page of the source, where the format has pages. */
  page?: number;
  /** Centred on the page: weak evidence of a title or heading. */
  centered?: boolean;
  /** The paragraph came from a table cell. */
  inTable?: boolean;
  /** A table row, one tab before each column after the first: every tab is kept (an empty cell is an empty column). */
  cells?: boolean;
  /** The loader recognised page furniture (a running header inside flattened text). */
  furniture?: boolean;
  /** The first paragraph after a printed page break (HTML `page-break-*` / `break-*: page`). */
  pageTop?: boolean;
  /**
   * A comment's first words, above its number that the flattening read out at the page's end (flattened text: the loader
   * found where the comment starts among the page's last sentences).
   */
  commentStart?: boolean;
  /** Another letter's head starts here: a file holding several letters (flattened text, load/flat/letter-starts.ts). */
  letterStart?: boolean;
}

/** Metadata from an EDGAR SGML wrapper or full-submission header. */
export interface EdgarHeader {
  formType?: string;
  filedOn?: string;
  company?: string;
  fileNumbers: string[];
  /** "CENTRAL INDEX KEY:" as printed (ten digits, leading zeros kept). */
  cik?: string;
  /** The accession number, "0000950103-21-000702": "ACCESSION NUMBER:" or the `<SEC-DOCUMENT>` file name. */
  accession?: string;
}

/** A letter as loaded: paragraphs in reading order plus what the container told us. */
export interface Source {
  /** The letter's own format: an EDGAR container is unwrapped by the loader (its header is `edgar`). */
  format: Exclude<Format, 'edgar'>;
  blocks: Block[];
  pages?: number;
  edgar?: EdgarHeader;
}

/** A plain-text run (no formatting). */
export function plainRun(text: string): Run {
  return { text, bold: false, italic: false, underline: false };
}
