// Owns the output formats of `corresp parse` other than JSON: how a record becomes CSV, TSV or Markdown text, on stdout or in an --out-dir file.
import type { ParseFormat } from './formats.js';
import { markdownDocument, MARKDOWN_SEPARATOR } from './markdown.js';
import type { ParseRecord } from './rows.js';
import { tableHeader, tableRows } from './table.js';

export { PARSE_FORMATS, type ParseFormat } from './formats.js';

/** A rendered format (not JSON): what a batch writes before, for and between records. */
export interface RecordRenderer {
  /** Extension of a letter's file in --out-dir (".csv"); an error record keeps `.error.json`. */
  extension: string;
  /** Written once on stdout before the first record (the CSV/TSV header), or ''. */
  header: string;
  /**
   * One record in a stream on stdout.
   * @param first is it the first record written (no separator before it)?
   */
  streamed: (record: ParseRecord, first: boolean) => string;
  /** One record as a whole file of its own (with its header). */
  whole: (record: ParseRecord) => string;
}

/**
 * The renderer of a format, or undefined for json/ndjson (written as the parser's JSON, byte for byte).
 */
export function rendererFor(format: ParseFormat): RecordRenderer | undefined {
  switch (format) {
    case 'json':
    case 'ndjson':
      return undefined;
    case 'csv':
    case 'tsv': {
      const header = tableHeader(format);
      return {
        extension: `.${format}`,
        header,
        streamed: (record) => tableRows(format, record),
        whole: (record) => header + tableRows(format, record),
      };
    }
    case 'md':
      return {
        extension: '.md',
        header: '',
        streamed: (record, first) => (first ? '' : MARKDOWN_SEPARATOR) + markdownDocument(record),
        whole: markdownDocument,
      };
  }
}
