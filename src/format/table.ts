// Owns CSV and TSV text of parse records: RFC 4180 CSV by csv-stringify, and TSV with backslash escapes (one line per row).
import { stringify } from 'csv-stringify/sync';
import { COLUMN_NAMES, type ParseRecord, recordRows } from './rows.js';

type Cell = string | number;

/**
 * CSV lines (RFC 4180: CRLF line ends, a field with a comma, quote, CR or LF quoted, quotes doubled).
 * @param rows cells, one array per row
 */
export function csvLines(rows: readonly (readonly Cell[])[]): string {
  return rows.length === 0 ? '' : stringify(rows as Cell[][], { record_delimiter: 'windows' });
}

/**
 * TSV lines (LF line ends). A field never holds a raw tab or line break: `\` is written `\\`, a tab
 * `\t`, a line feed `\n`, a carriage return `\r` (the escapes of PostgreSQL's and ClickHouse's text
 * formats), so every row is one line and `cut -f` works. Quotes are ordinary characters.
 */
export function tsvLines(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => `${row.map((cell) => escapeTsv(String(cell))).join('\t')}\n`).join('');
}

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One TSV field with its backslashes, tabs and line breaks escaped. */
export function escapeTsv(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c] as string);
}

/** Undo escapeTsv (for readers and tests): `\\` `\t` `\n` `\r` back to the characters. */
export function unescapeTsv(field: string): string {
  return field.replace(/\\([\\tnr])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

/** The header line of a table format. */
export function tableHeader(format: 'csv' | 'tsv'): string {
  return format === 'csv' ? csvLines([COLUMN_NAMES]) : tsvLines([COLUMN_NAMES]);
}

/** The rows of one record in a table format, without the header. */
export function tableRows(format: 'csv' | 'tsv', record: ParseRecord): string {
  const rows = recordRows(record);
  return format === 'csv' ? csvLines(rows) : tsvLines(rows);
}
