// Owns the flat view of a parse record for CSV and TSV: the column list and one row per comment.
import type { CommentJson, ErrorRecord, LetterJson } from '../schema.js';

/** A parse record as `corresp parse` writes it: a letter, or the error record of a failed input. */
export type ParseRecord = LetterJson | ErrorRecord;

/** Lists inside one cell ("ASC 350; ASC 360"). */
export const LIST_SEPARATOR = '; ';
/** A heading chain inside one cell, outermost first ("Form 10-K > Item 7. MD&A > Results, page 30"). */
export const HEADING_SEPARATOR = ' > ';

type Cell = string | number;

interface Column {
  name: string;
  /** The cell of one row: the letter's values, and the comment's (undefined on a letter with no comments). */
  cell: (letter: LetterJson, comment: CommentJson | undefined) => Cell;
}

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);

/**
 * The columns, in order. Letter columns are repeated on each of its comment rows; comment columns
 * are empty on the one row of a letter with no comments; only `file` and the error columns are
 * filled on an error record's row.
 */
export const COLUMNS: readonly Column[] = [
  { name: 'file', cell: (l) => l.source.file },
  { name: 'format', cell: (l) => l.source.format },
  { name: 'kind', cell: (l) => l.letter.kind },
  { name: 'category', cell: (l) => l.letter.category },
  { name: 'date', cell: (l) => l.letter.date ?? '' },
  { name: 'company', cell: (l) => l.letter.company ?? '' },
  { name: 'forms', cell: (l) => list([...new Set(l.letter.filings.flatMap((f) => (f.form === null ? [] : [f.form])))]) },
  { name: 'file_numbers', cell: (l) => list(l.letter.fileNumbers) },
  { name: 'in_reply_to', cell: (l) => l.letter.inReplyTo ?? '' },
  { name: 'number', cell: (_, c) => c?.number ?? '' },
  { name: 'label', cell: (_, c) => c?.label ?? '' },
  { name: 'headings', cell: (_, c) => (c === undefined ? '' : c.headings.join(HEADING_SEPARATOR)) },
  { name: 'page_ref', cell: (_, c) => c?.pageRef ?? '' },
  { name: 'topics', cell: (_, c) => (c === undefined ? '' : list(c.topics)) },
  { name: 'citations', cell: (_, c) => (c === undefined ? '' : list(c.references.citations)) },
  { name: 'text', cell: (_, c) => c?.text ?? '' },
  { name: 'response_text', cell: (_, c) => c?.response?.text ?? '' },
  { name: 'response_citations', cell: (_, c) => (c?.response ? list(c.response.references.citations) : '') },
  { name: 'actions', cell: (_, c) => (c?.response ? list(c.response.actions) : '') },
  // Staff letters' office and contacts come after the comment columns, so that the columns before them keep their places.
  { name: 'office', cell: (l) => l.letter.office ?? '' },
  { name: 'staff_contacts', cell: (l) => list(l.letter.staffContacts.map((c) => `${c.name} ${c.phone}`)) },
  { name: 'error_code', cell: () => '' },
  { name: 'error_message', cell: () => '' },
];

/** The header row. */
export const COLUMN_NAMES: readonly string[] = COLUMNS.map((c) => c.name);

/** Is this record the error record of a failed input? */
export function isErrorRecord(record: ParseRecord): record is ErrorRecord {
  return 'error' in record;
}

/**
 * The rows of one record, each as many cells as COLUMNS: one per comment, one for a letter
 * without comments, one for an error record.
 */
export function recordRows(record: ParseRecord): Cell[][] {
  if (isErrorRecord(record)) {
    return [COLUMN_NAMES.map((name) => (name === 'file' ? record.source.file : name === 'error_code' ? record.error.code : name === 'error_message' ? record.error.message : ''))];
  }
  const comments: (CommentJson | undefined)[] = record.comments.length > 0 ? record.comments : [undefined];
  return comments.map((comment) => COLUMNS.map((column) => column.cell(record, comment)));
}
