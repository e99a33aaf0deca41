// Owns an HTML table's blocks: marker cells joined to their text, comments set beside their answers read apart, and rows of
// figures laid out by the table's columns (a tab before each column after the first).
import { type Block, plainRun, type Run } from '../source.js';
import { firstAtOrAfter } from './flat/tokens.js';
import { BULLET_CHARACTERS, commentsBesideAnswersHeader, RE_WORD } from '../vocabulary.js';

/** A table cell as the HTML loader read it. */
export interface Cell {
  blocks: Block[];
  /** How many columns and rows of the table's grid the cell covers (colspan, rowspan: 1 when absent). */
  span: number;
  rowSpan: number;
}

/** A short marker alone in a row's first cell ("1.", "•", "Re:", "Response:"): joined to the cell after it. */
const MARKER_CELL = new RegExp(String.raw`^\s*(?:\(?[0-9]{1,3}[.):]?|[A-Za-z][.)]|\([a-z]{1,4}\)|[${BULLET_CHARACTERS}o*-]|(?:${RE_WORD}):?|Comment(?: No\.)? ?#?[0-9]{0,3}[.:]?|Response:?|Answer:?)\s*$`);

/**
 * The blocks of a table: each row's (rowBlocks), the rows of one-line cells set out by the table's columns (placedRow),
 * so that a header row over the data rows keeps its place above them.
 */
export function tableBlocks(rows: readonly Cell[][]): Block[] {
  const pairs = answersBeside(rows);
  const starts = gridStarts(rows);
  const figures = holdsFigures(rows);
  const fields = rows.map((row) => (oneLineRow(row, pairs, figures) ? fieldsOf(row, starts) : undefined));
  // An amount whose currency sign has a column of its own stands in the sign's column, as do the amounts printed
  // without a sign below it ("$" | "9,093" over "" | "6,540": both under the year that heads the two).
  const signedAt = new Map<number, number>();
  for (const row of fields) for (const field of row ?? []) if (field.amountAt !== undefined) signedAt.set(field.amountAt, field.start);
  for (const row of fields) for (const field of row ?? []) field.start = signedAt.get(field.start) ?? field.start;
  atFirstFigure(fields);
  // The table's columns: where a field starts in some one-line row, left to right.
  const columns = new Map([...new Set(fields.flatMap((row) => row?.map((field) => field.start) ?? []))].sort((a, b) => a - b).map((start, k) => [start, k]));
  const out: Block[] = [];
  rows.forEach((row, r) => {
    const placed = fields[r];
    // One by one: push(...blocks) overflows the call stack on a table of some 100,000 rows.
    for (const block of placed === undefined ? rowBlocks(row) : [placedRow(placed, columns)]) out.push(block);
  });
  return out;
}

/**
 * Blocks for one table row: marker cells joined to their text; a comment beside its answer kept apart; else each
 * cell's paragraphs (a row of one-line cells is placedRow's).
 */
function rowBlocks(row: Cell[]): Block[] {
  const cells = row.filter((c) => c.blocks.length > 0);
  const first = cells[0];
  if (first === undefined) return [];
  if (cells.length === 1) return first.blocks;
  const firstBlock = first.blocks[0];
  if (first.blocks.length === 1 && firstBlock && MARKER_CELL.test(textOf(firstBlock))) {
    const rest = cells.slice(1).flatMap((c) => c.blocks);
    const [head, ...tail] = rest;
    if (head === undefined) return first.blocks;
    return [joinBlocks(firstBlock, head), ...tail];
  }
  return cells.flatMap((c) => c.blocks);
}

/**
 * Whether a row becomes one line of tab-separated cells: two cells or more, no marker first, not a comment beside its
 * answer; each cell one paragraph, or, in a table of figures, its lines joined (a header wrapped over two lines:
 * "Accumulated Other" / "Comprehensive Income", c0666; a label over two <div>s, c0758).
 */
function oneLineRow(row: Cell[], pairs: 'numbered' | 'any' | undefined, figures: boolean): boolean {
  const cells = row.filter((c) => c.blocks.length > 0);
  const first = cells[0];
  if (first === undefined || cells.length === 1 || !(figures || cells.every((c) => c.blocks.length === 1))) return false;
  if (MARKER_CELL.test(textOf(first.blocks[0] as Block))) return false;
  return !(pairs !== undefined && holdsCommentAndAnswer(cells, pairs === 'numbered'));
}

/** A cell that holds a figure: an amount, a percentage, a year, a dash for none ("$ 9,093", "(1,098)", "7%", "2019", "—"). */
const FIGURE_CELL = /^(?:(?:[$€£¥]\s*)?\(?-?\d[\d,]*(?:\.\d+)?\s*[)%]{0,2}|[—–-]{1,2})$/;

/** A table of figures: two rows or more that hold a figure (not a signature block or a letterhead set out in a table). */
function holdsFigures(rows: readonly Cell[][]): boolean {
  let withFigures = 0;
  for (const row of rows) {
    if (row.some((cell) => cell.blocks.length === 1 && FIGURE_CELL.test(textOf(cell.blocks[0] as Block).trim())) && ++withFigures >= 2) return true;
  }
  return false;
}

/** The most a colspan or rowspan counts (HTML's own limit for colspan). */
const MOST_SPAN = 1000;
/** How many grid places rowspans may reserve in one table: past it, rows are placed as if no cell reached down into them. */
const MOST_RESERVED = 100_000;

/** A colspan or rowspan as the grid counts it: 1 when absent or not a number, at most MOST_SPAN. */
export function spanOf(attribute: string | undefined): number {
  const n = Number.parseInt(attribute ?? '', 10);
  return n >= 1 ? Math.min(n, MOST_SPAN) : 1;
}

/** Each cell's first column in the table's grid: colspans widen a cell, rowspans reserve its columns in the rows below. */
function gridStarts(rows: readonly Cell[][]): Map<Cell, number> {
  const starts = new Map<Cell, number>();
  // Column → the last row a cell above reaches down to.
  const reserved = new Map<number, number>();
  let budget = MOST_RESERVED;
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while ((reserved.get(column) ?? -1) >= r) column++;
      starts.set(cell, column);
      if (cell.rowSpan > 1 && budget >= cell.span) {
        budget -= cell.span;
        for (let k = 0; k < cell.span; k++) reserved.set(column + k, r + cell.rowSpan - 1);
      }
      column += cell.span;
    }
  });
  return starts;
}

/**
 * A header over several columns stands over the first of them that a narrower field starts in ("% Change" over two
 * columns, its figures in the second: "7" | "%", c0607): its own first column, where nothing else starts, would be a
 * column of its own, an empty field under it in every row. A header over columns no narrower field starts in stays
 * where it starts. At most a few of the columns it covers are looked at (a table of 1,000 columns stays linear).
 */
function atFirstFigure(fields: readonly (Field[] | undefined)[]): void {
  // Per column, the narrowest field that starts there.
  const narrowest = new Map<number, number>();
  for (const row of fields) for (const f of row ?? []) narrowest.set(f.start, Math.min(narrowest.get(f.start) ?? Infinity, f.span));
  const starts = [...narrowest.keys()].sort((a, b) => a - b);
  for (const row of fields) {
    for (const f of row ?? []) {
      if (f.span <= 1 || (narrowest.get(f.start) as number) < f.span) continue;
      const end = f.start + f.span;
      for (let at = firstAtOrAfter(starts, f.start + 1), looked = 0; at < end && looked < MOST_COLUMNS_LOOKED; at = firstAtOrAfter(starts, at + 1), looked++) {
        if ((narrowest.get(at) as number) < f.span) {
          f.start = at;
          break;
        }
      }
    }
  }
}

/** How many columns a header over several is read across for its first figure (atFirstFigure). */
const MOST_COLUMNS_LOOKED = 8;

/** A cell of a one-line row, with the cells merged into it, its first column in the grid and how many the cell spans. */
interface Field {
  start: number;
  span: number;
  runs: Run[];
  block: Block;
  /** A currency sign's field: where the amount joined to it starts. */
  amountAt?: number;
}

/** A currency sign in a cell of its own before its amount ("$" | "2,548"), and what closes an amount after it ("(1,098" | ")", "9.1" | "%"). */
const CURRENCY_CELL = /^(?:[$€£¥₹]|US\$|HK\$|C\$|A\$|RMB)$/;
const CLOSING_CELL = /^[)%]{1,2}$/;
/** A note's mark in a cell of its own after a figure, an empty spacer cell between or not ("1,190" | "" | "**", c0051): never a figure of its own. */
const NOTE_MARK_CELL = /^(?:\*{1,3}|[†‡])$/;

/**
 * The fields of a one-line row: its cells that hold words, a currency sign joined to the amount in the cell right
 * after it, and a closing ")" or "%" to the amount in the cell right before it.
 */
function fieldsOf(row: readonly Cell[], starts: ReadonlyMap<Cell, number>): Field[] {
  const out: Field[] = [];
  // The field of the cell just read, if it holds words (an empty cell between keeps a sign or a "%" a field of its own).
  let previous: Field | undefined;
  let currency: Field | undefined;
  // Whether the cell just read ends in white space.
  let endsInSpace = false;
  for (const cell of row) {
    const block = cell.blocks[0];
    if (block === undefined) {
      previous = currency = undefined;
      continue;
    }
    const last = out.at(-1);
    if (last !== undefined && currency === undefined && cell.blocks.length === 1 && NOTE_MARK_CELL.test(textOf(block).trim())) {
      last.runs.push(...trimmedRuns(block.runs));
      endsInSpace = false;
      continue;
    }
    // A cell's lines, one after another (a table of figures' wrapped header: oneLineRow).
    const runs = trimmedRuns(cell.blocks.flatMap((b, k) => (k === 0 ? b.runs : [plainRun(' '), ...b.runs])));
    const text = runs.map((run) => run.text).join('');
    const spaceBetween = endsInSpace;
    endsInSpace = printsSpaceAtEnd(cell.blocks.at(-1) as Block);
    const start = starts.get(cell) ?? 0;
    if (currency !== undefined) {
      currency.runs.push(plainRun(' '), ...runs);
      currency.amountAt = start;
      currency = undefined;
    } else if (previous !== undefined && CLOSING_CELL.test(text)) {
      // "44.46&nbsp;" | "%" prints "44.46 %": the space kept where either cell has one.
      if (spaceBetween || printsSpaceAtStart(block)) previous.runs.push(plainRun(' '));
      previous.runs.push(...runs);
    } else {
      previous = { start, span: cell.span, runs, block };
      out.push(previous);
      if (CURRENCY_CELL.test(text)) currency = previous;
    }
  }
  return out;
}

/**
 * Whether a cell prints a space at its end or start: a no-break space ("44.46&nbsp;") does; the white space HTML collapses
 * does not, a browser trims it at a cell's edges (a page written with each cell's text on a line of its own, "<td>\n(2,094\n</td>
 * <td>\n)\n</td>", prints "(2,094)" as one written on one line does).
 */
const printsSpaceAtEnd = (block: Block) => /[^\S \t\n\f\r]$/.test(rawTextOf(block).replace(COLLAPSIBLE.end, ''));
const printsSpaceAtStart = (block: Block) => /^[^\S \t\n\f\r]/.test(rawTextOf(block).replace(COLLAPSIBLE.start, ''));
const rawTextOf = (block: Block) => block.runs.map((r) => r.text).join('');

/** White space at a text's start and end: any (a no-break space too), or only what HTML collapses (a no-break space prints). */
const ANY_SPACE = { start: /^[\s\u00a0]+/, end: /[\s\u00a0]+$/ };
const COLLAPSIBLE = { start: /^[ \t\n\f\r]+/, end: /[ \t\n\f\r]+$/ };

/**
 * Runs without the white space at their start and/or end, which may span runs: a page written with each cell's text on a line of
 * its own, "<td>\n<b>)&nbsp;</b>\n</td>". Runs left empty go.
 */
function withoutSpaceAtEdges(runs: readonly Run[], space: typeof ANY_SPACE, edges: { start: boolean; end: boolean }): Run[] {
  const out = runs.map((run) => ({ ...run }));
  if (edges.start) for (const run of out) if ((run.text = run.text.replace(space.start, '')) !== '') break;
  if (edges.end) for (let k = out.length - 1; k >= 0; k--) if (((out[k] as Run).text = (out[k] as Run).text.replace(space.end, '')) !== '') break;
  return out.filter((run) => run.text !== '');
}

/** A cell's runs without the white space around them, tabs inside read as spaces: its tabs are the row's, one between cells. */
function trimmedRuns(runs: readonly Run[]): Run[] {
  return withoutSpaceAtEdges(
    runs.map((run) => ({ ...run, text: run.text.replace(/\t/g, ' ') })),
    ANY_SPACE,
    { start: true, end: true },
  );
}

/**
 * One line of a one-line row: its fields by the table's columns, a tab before each column after the first, so that an
 * empty cell (the corner above a table's row labels) keeps the cells after it under their headers. (No more tabs than
 * the row's grid is wide: a column is where some cell starts.) Two fields in one column (words beside an amount in a
 * sign's column): one tab between fields.
 */
function placedRow(fields: readonly Field[], columns: ReadonlyMap<number, number>): Block {
  const places = fields.map((field) => columns.get(field.start) ?? 0);
  const byColumn = places.every((place, k) => k === 0 || place > (places[k - 1] as number));
  const runs: Run[] = [];
  fields.forEach((field, k) => {
    const tabs = byColumn ? (places[k] as number) - (k === 0 ? 0 : (places[k - 1] as number)) : Math.min(k, 1);
    for (let t = 0; t < tabs; t++) runs.push(plainRun('\t'));
    runs.push(...field.runs);
  });
  return { ...(fields[0] as Field).block, runs, cells: true };
}

/** A numbered comment's first cell: its number, then its words ("1. Please expand …", "(2) We note …"). */
const NUMBERED_PROSE = /^\s*(?:\(?\d{1,3}[.)]|Comment\s+(?:No\.\s*)?#?\d{1,3}[.:]?)\s+\S.{30,}/s;
/** Prose: words that end as a sentence does (tested apart: one pattern of both backtracked over a long cell). */
const SENTENCE_END = /[.?!:)"”]\s*$/;
const WORD = /\p{L}{2}/u;
function isProse(text: string): boolean {
  return text.length >= 20 && SENTENCE_END.test(text) && WORD.test(text);
}

/**
 * A row whose first cell is a comment and whose last is prose: the comment, its answer beside it.
 * @param numbered whether the comment must carry its number (else any prose: under the table's "Comment" | "Response" header)
 */
function holdsCommentAndAnswer(cells: readonly Cell[], numbered = true): boolean {
  const first = cells[0];
  const last = cells.at(-1);
  if (first === undefined || last === undefined || first === last) return false;
  const comment = first.blocks.map(textOf).join(' ');
  return (numbered ? NUMBERED_PROSE.test(comment) : isProse(comment)) && isProse(last.blocks.map(textOf).join(' '));
}

/** A table's header row over comments and their answers: "Staff Comment" | "Company Response", "No." | "Comment" | "Response". */
const COLUMN_HEADERS = commentsBesideAnswersHeader(String.raw`\s+`);

/**
 * Whether a table sets the staff's comments beside the company's answers, one row each ("Staff Comment" | "Company
 * Response"), and whether their numbers are needed to tell them: two rows or more hold a numbered comment in the first
 * cell and prose in the last, or the first row names the columns so and another holds prose in both. Their cells are
 * read one after another, as the comment and its answer, not joined into one line.
 */
function answersBeside(rows: readonly Cell[][]): 'numbered' | 'any' | undefined {
  const header = rows[0]?.filter((c) => c.blocks.length > 0);
  if (header !== undefined && header.length >= 2 && COLUMN_HEADERS.test(header.map((c) => c.blocks.map(textOf).join(' ').trim()).join(' '))) {
    if (rows.slice(1).some((row) => holdsCommentAndAnswer(row.filter((c) => c.blocks.length > 0), false))) return 'any';
  }
  let count = 0;
  for (const row of rows) if (holdsCommentAndAnswer(row.filter((c) => c.blocks.length > 0)) && ++count >= 2) return 'numbered';
  return undefined;
}

/** A marker cell joined to the cell after it, a tab between: the white space HTML collapses at their edges left out, as a browser trims it ("<td>\n<b>Re:</b>\n</td>"). */
function joinBlocks(a: Block, b: Block): Block {
  const tab = { text: '\t', bold: false, italic: false, underline: false };
  const joined: Block = { ...a, runs: [...withoutSpaceAtEdges(a.runs, COLLAPSIBLE, { start: false, end: true }), tab, ...withoutSpaceAtEdges(b.runs, COLLAPSIBLE, { start: true, end: false })] };
  return joined;
}

function textOf(block: Block): string {
  return block.runs.map((r) => r.text).join('').replace(/[\s\u00a0]+/g, ' ');
}
