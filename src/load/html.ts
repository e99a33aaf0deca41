// Owns HTML letters: walks the tag stream once, keeping paragraphs, table cells and bold/italic/underline.
import { Parser } from 'htmlparser2';
import { type Block, Format, plainRun, type Run, type Source } from '../source.js';
import { INVISIBLE_MARKS } from './detect.js';
import { loadFlatPages } from './flat.js';
import { capNesting, RAW_TEXT_ELEMENTS } from './html-nesting.js';
import { BULLET_CHARACTERS, commentsBesideAnswersHeader, RE_WORD } from '../vocabulary.js';

/** Tags that start and end a paragraph. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'center', 'pre', 'ul', 'ol',
  'dl', 'dt', 'dd', 'hr', 'address', 'section', 'article', 'header', 'footer', 'title', 'body', 'html',
  'table', 'tr', 'td', 'th', 'caption', 'page',
]);
/** Tags whose content is never letter text (also what verify.ts leaves out of its own reading). */
export const SKIP_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'head', 'noscript', 'template', 'object', 'svg', 'xml']);

type StyleKey = 'bold' | 'italic' | 'underline' | 'hidden' | 'centered' | 'layer';

/** What a tag switches on or off; unset keys inherit. */
type Frame = { tag: string } & Partial<Record<StyleKey, boolean>>;

/** An open element with the formatting in force inside it (its own, else its parent's). */
interface OpenElement {
  tag: string;
  style: Record<StyleKey, boolean>;
}

interface Cell {
  blocks: Block[];
  /** How many columns and rows of the table's grid the cell covers (colspan, rowspan: 1 when absent). */
  span: number;
  rowSpan: number;
}

interface Table {
  rows: Cell[][];
  row: Cell[] | undefined;
  cell: Cell | undefined;
}

/**
 * Read an HTML letter into paragraphs of styled runs.
 * A table row whose first cell is a short marker ("1.", "•", "Re:") is joined to the next
 * cell with a tab (comment numbers in their own cell: 2017-bearnewco-s4-corresp); a row of
 * one-paragraph cells becomes one tab-separated paragraph.
 * @param html decoded HTML (an EDGAR `<TEXT>` body or a whole page)
 */
export function loadHtml(html: string): Source {
  const { blocks, layer, length } = readHtml(html);
  // Page images whose words sit in a hidden text layer (Workiva's image letters: 1pt white text, a page's lines run together
  // in one element, c0722): those words are the letter, flattened, and the flattened-text reader cuts them into paragraphs.
  const layerLength = layer.reduce((n, piece) => n + piece.length, 0);
  if (layerLength >= LAYER_LEAST && layerLength >= LAYER_SHARE * length) {
    return { ...loadFlatPages(layer), format: Format.html };
  }
  return { format: Format.html, blocks };
}

/** A hidden text layer this long or more (characters), holding this share of the document's text, is the letter. */
const LAYER_LEAST = 200;
const LAYER_SHARE = 0.8;

/**
 * The lists open around the text, innermost last, and the marker a browser draws before each item: "• " in a <ul>, "3. ",
 * "c. ", "iii. " in an <ol> (its start, type and each item's value kept). The loader starts each item with it (comments set as
 * <ol> items have no numbers in the text otherwise, and <ul> items ending "; and" ran on into the next); verify.ts's own
 * reading of the markup draws the same.
 */
export class ListMarkers {
  readonly #lists: { ordered: boolean; next: number; type: string }[] = [];

  /** A <ul> or <ol> opens (`start`, `type`: its attributes, undefined when absent). */
  open(tag: 'ul' | 'ol', start: string | undefined, type: string | undefined): void {
    this.#lists.push({ ordered: tag === 'ol', next: Number.parseInt(start ?? '', 10) || 1, type: type || '1' });
  }

  close(): void {
    this.#lists.pop();
  }

  /** The marker of the <li> opening now (`value`: its attribute, undefined when absent). */
  item(value: string | undefined): string {
    const list = this.#lists.at(-1);
    if (list === undefined || !list.ordered) return '• ';
    const n = Number.parseInt(value ?? '', 10);
    if (n > 0) list.next = n;
    return `${itemMarker(list.next++, list.type)}. `;
  }
}

/** Roman numerals below 40, greatest first. */
const ROMAN: readonly (readonly [number, string])[] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** The marker of an ordered list's item `n` as its type draws it: "3", "c", "C", "iii", "III". */
function itemMarker(n: number, type: string): string {
  if ((type === 'a' || type === 'A') && n <= 26) return String.fromCharCode((type === 'a' ? 96 : 64) + n);
  if ((type === 'i' || type === 'I') && n < 40) {
    let roman = '';
    let left = n;
    for (const [worth, digits] of ROMAN) for (; left >= worth; left -= worth) roman += digits;
    return type === 'I' ? roman.toUpperCase() : roman;
  }
  return String(n);
}

/** The paragraphs of an HTML document, in reading order. */
export function htmlBlocks(html: string): Block[] {
  return readHtml(html).blocks;
}

/**
 * The paragraphs of an HTML document, in reading order; also the texts of its hidden text layer (set in a font of 2pt or
 * less, see frameFor), one piece per element, and how long the whole document's text is.
 */
function readHtml(html: string): { blocks: Block[]; layer: string[]; length: number } {
  const out: Block[] = [];
  const layer: string[] = [];
  let piece = '';
  let length = 0;
  const stack: OpenElement[] = [];
  const tables: Table[] = [];
  let runs: Run[] = [];
  let skipDepth = 0;
  // A printed page break seen and not yet given to a paragraph; elements that break after them, by depth.
  let breakPending = false;
  const breaksAfter: boolean[] = [];
  // A list item starts with the marker a browser draws, which is how the page reads (ListMarkers).
  const lists = new ListMarkers();

  // Each of the layer's elements is a piece of it; the texts of one element (cut at its entities: "Staff", "’", "s") run on.
  const layerBoundary = () => {
    if (piece.trim() !== '') layer.push(piece);
    piece = '';
  };
  // Resolved when an element opens, so a lookup never walks the stack (deeply nested markup).
  const style = (key: StyleKey): boolean => stack.at(-1)?.style[key] ?? false;

  const target = (): Block[] => {
    const table = tables.at(-1);
    if (table === undefined) return out;
    if (table.cell === undefined) {
      // Text between cells (stray or malformed markup) gets a cell of its own.
      table.cell = { blocks: [], span: 1, rowSpan: 1 };
      (table.row ??= []).push(table.cell);
    }
    return table.cell.blocks;
  };

  const flush = () => {
    if (runs.some((r) => r.text.trim() !== '')) {
      const block: Block = { runs };
      if (breakPending) block.pageTop = true;
      breakPending = false;
      if (style('centered')) block.centered = true;
      if (tables.length > 0) block.inTable = true;
      target().push(block);
    }
    runs = [];
  };

  const endRow = (table: Table) => {
    if (table.row !== undefined) table.rows.push(table.row);
    table.row = undefined;
    table.cell = undefined;
  };

  const endTable = () => {
    const table = tables.pop();
    if (table === undefined) return;
    endRow(table);
    const pairs = answersBeside(table.rows);
    const blocks = tableBlocks(table.rows, pairs);
    // One by one: push(...blocks) overflows the call stack on a table of some 100,000 rows.
    const into = target();
    for (const block of blocks) into.push(block);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        layerBoundary();
        if (SKIP_TAGS.has(name)) {
          skipDepth++;
          return;
        }
        if (BLOCK_TAGS.has(name)) flush();
        else if (runs.length > 0 && attribs.style?.includes('-left') === true && INLINE_GAP.test(attribs.style)) {
          // An inline element set off by its own left padding or margin is a gap on the page: "RE:" then, 15pt on, "Eaton Corporation plc" (c0254).
          const last = runs.at(-1) as Run;
          if (!/\s$/.test(last.text)) last.text += ' ';
        }
        const pageBreak = pageBreakOf(attribs.style);
        if (pageBreak === 'before' || (pageBreak === 'after' && name === 'hr')) breakPending = true;
        breaksAfter[stack.length] = pageBreak === 'after';
        const frame = frameFor(name, attribs);
        const inherited = stack.at(-1)?.style ?? { bold: false, italic: false, underline: false, hidden: false, centered: false, layer: false };
        stack.push({
          tag: name,
          style: {
            bold: frame.bold ?? inherited.bold,
            italic: frame.italic ?? inherited.italic,
            underline: frame.underline ?? inherited.underline,
            hidden: frame.hidden ?? inherited.hidden,
            centered: frame.centered ?? inherited.centered,
            layer: frame.layer ?? inherited.layer,
          },
        });
        if (name === 'ul' || name === 'ol') lists.open(name, attribs.start, attribs.type);
        else if (name === 'li') runs.push({ text: lists.item(attribs.value), bold: false, italic: false, underline: false });
        if (name === 'table') tables.push({ rows: [], row: undefined, cell: undefined });
        const table = tables.at(-1);
        if (table === undefined) return;
        if (name === 'tr') {
          endRow(table);
          table.row = [];
        } else if (name === 'td' || name === 'th') {
          table.cell = { blocks: [], span: spanOf(attribs.colspan), rowSpan: spanOf(attribs.rowspan) };
          (table.row ??= []).push(table.cell);
        }
      },
      ontext(raw) {
        if (skipDepth > 0 || style('hidden')) return;
        // Entities decode to marks too (&lrm;, &#8203;): strip them here, as the decoder does for raw ones.
        const text = raw.replace(INVISIBLE_MARKS, '');
        if (text === '') return;
        length += text.length;
        if (style('layer')) piece += text;
        const run: Run = { text, bold: style('bold'), italic: style('italic'), underline: style('underline') };
        const last = runs.at(-1);
        if (last && last.bold === run.bold && last.italic === run.italic && last.underline === run.underline) {
          last.text += text;
        } else {
          runs.push(run);
        }
      },
      onclosetag(name) {
        layerBoundary();
        if (SKIP_TAGS.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (BLOCK_TAGS.has(name)) flush();
        if (name === 'ul' || name === 'ol') lists.close();
        let at = stack.length - 1;
        while (at >= 0 && (stack[at] as OpenElement).tag !== name) at--;
        if (at >= 0) {
          if (breaksAfter.slice(at, stack.length).some(Boolean)) breakPending = true;
          stack.length = at;
          breaksAfter.length = at;
        }
        if (name === 'table') endTable();
        else if (name === 'tr') {
          const table = tables.at(-1);
          if (table) endRow(table);
        } else if (name === 'td' || name === 'th') {
          const table = tables.at(-1);
          if (table) table.cell = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(capNesting(reopenUnclosed(html), (tag) => BLOCK_TAGS.has(tag)));
  parser.end();
  flush();
  while (tables.length > 0) endTable();
  layerBoundary();
  return { blocks: out, layer, length };
}

/** Elements that are skipped, foreign (svg, math) or raw text to the tokenizer: left open, each would swallow the rest of the letter. */
const SWALLOWING = ['svg', 'math', 'noscript', 'template', 'object', 'xml', 'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'];
const SWALLOWING_TAG = new RegExp(`<(/?)(${SWALLOWING.join('|')})(?=[\\s/>])`, 'gi');

/**
 * Offsets (of the `<`) of the start tags of SWALLOWING elements that never end: a raw-text
 * element with no end tag after it, or opened again before its end tag (the end tag belongs
 * to the second); any other with no end tag left to match it (end tags matched innermost
 * first). Self-closing tags (`<svg/>`) are closed. Linear in the markup.
 * @param html the markup as given to the loader
 */
export function unclosedElements(html: string): Set<number> {
  const unclosed = new Set<number>();
  const open = new Map<string, number[]>();
  const endTags = nextMatch(html, (name) => `</${name}(?=[\\s/>])`);
  const startTags = nextMatch(html, (name) => `<${name}(?=[\\s/>])`);
  let rawUntil = 0;
  for (const m of html.matchAll(SWALLOWING_TAG)) {
    const at = m.index;
    if (at < rawUntil) continue;
    const tagEnd = html.indexOf('>', at);
    if (tagEnd < 0) break;
    const name = (m[2] as string).toLowerCase();
    if (m[1] === '/') {
      open.get(name)?.pop();
      continue;
    }
    if (html[tagEnd - 1] === '/') continue;
    if (!RAW_TEXT_ELEMENTS.has(name)) {
      const stack = open.get(name) ?? [];
      stack.push(at);
      open.set(name, stack);
      continue;
    }
    const end = endTags(name, tagEnd);
    // A script may write "<script" in a string; any other raw-text element opened twice lost its end tag.
    const again = name === 'script' || end < 0 ? -1 : startTags(name, tagEnd);
    if (end < 0 || (again >= 0 && again < end)) {
      unclosed.add(at);
      continue;
    }
    rawUntil = end + 1;
  }
  for (const stack of open.values()) for (const at of stack) unclosed.add(at);
  return unclosed;
}

/**
 * A search for the first match of `pattern(name)` at or after an offset (case-insensitive):
 * its index, or -1. The last answer is remembered per name and reused for a later offset it
 * still answers, so searches from ascending offsets scan each stretch of the markup once (a
 * thousand <title> and one </title> stay linear).
 */
function nextMatch(html: string, pattern: (name: string) => string): (name: string, from: number) => number {
  const found = new Map<string, { from: number; at: number }>();
  return (name, from) => {
    const last = found.get(name);
    if (last !== undefined && from >= last.from && (last.at < 0 || from <= last.at)) return last.at;
    const re = new RegExp(pattern(name), 'gi');
    re.lastIndex = from;
    const at = re.exec(html)?.index ?? -1;
    found.set(name, { from, at });
    return at;
  };
}

/**
 * The markup with each unclosed SWALLOWING element renamed to an unknown inline element
 * (`<svg` -> `<corresp-unclosed-svg`), so what follows it is read as HTML and kept: an
 * unclosed `<svg>` or `<title>` in the middle of a letter used to drop every comment after it.
 */
function reopenUnclosed(html: string): string {
  const unclosed = unclosedElements(html);
  if (unclosed.size === 0) return html;
  let out = '';
  let from = 0;
  for (const at of [...unclosed].sort((a, b) => a - b)) {
    out += `${html.slice(from, at)}<corresp-unclosed-`;
    from = at + 1;
  }
  return out + html.slice(from);
}

/** Whether an element's inline CSS breaks the printed page before or after it. */
function pageBreakOf(css: string | undefined): 'before' | 'after' | undefined {
  if (css === undefined || !/break/i.test(css)) return undefined;
  const m = /(?:page-break-|break-)(before|after)\s*:\s*(always|page|left|right)/i.exec(css);
  return m ? (m[1]?.toLowerCase() as 'before' | 'after') : undefined;
}

/** A left padding or margin that is not zero: `padding-left:15.35pt`, `margin-left: 2em`. */
const INLINE_GAP = /(?:padding|margin)-left\s*:\s*(?:0*[1-9]|0*\.0*[1-9])/i;

/** The formatting a tag and its inline CSS switch on or off. */
function frameFor(tag: string, attribs: Record<string, string>): Frame {
  const frame: Frame = { tag };
  if (tag === 'b' || tag === 'strong' || /^h[1-6]$/.test(tag)) frame.bold = true;
  if (tag === 'i' || tag === 'em' || tag === 'cite') frame.italic = true;
  if (tag === 'u' || tag === 'ins') frame.underline = true;
  if (tag === 'center') frame.centered = true;
  const align = attribs.align?.toLowerCase();
  if (align === 'center') frame.centered = true;
  else if (align === 'left' || align === 'justify' || align === 'right') frame.centered = false;
  const css = attribs.style?.toLowerCase();
  if (css) {
    const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(css)?.[1];
    if (weight) frame.bold = weight === 'bold' || weight === 'bolder' || (/^\d+$/.test(weight) && Number(weight) >= 600);
    const fontStyle = /font-style\s*:\s*([a-z]+)/.exec(css)?.[1];
    if (fontStyle) frame.italic = fontStyle === 'italic' || fontStyle === 'oblique';
    const decoration = /text-decoration(?:-line)?\s*:\s*([a-z -]+)/.exec(css)?.[1];
    if (decoration) frame.underline = decoration.includes('underline');
    if (/display\s*:\s*none/.test(css)) frame.hidden = true;
    // A font too small to read: the words of a page image, for search and copying (Workiva prints them 1pt white).
    if (/font-size\s*:\s*(?:0*[0-2](?:\.\d+)?pt|0*[0-2](?:\.\d+)?px)/.test(css)) frame.layer = true;
    const textAlign = /text-align\s*:\s*([a-z]+)/.exec(css)?.[1];
    if (textAlign) frame.centered = textAlign === 'center';
  }
  return frame;
}

const MARKER_CELL = new RegExp(String.raw`^\s*(?:\(?[0-9]{1,3}[.):]?|[A-Za-z][.)]|\([a-z]{1,4}\)|[${BULLET_CHARACTERS}o*-]|(?:${RE_WORD}):?|Comment(?: No\.)? ?#?[0-9]{0,3}[.:]?|Response:?|Answer:?)\s*$`);

/**
 * The blocks of a table: each row's (rowBlocks), the rows of one-line cells set out by the table's columns (placedRow),
 * so that a header row over the data rows keeps its place above them.
 * @param pairs how the table sets each comment beside its answer (answersBeside), if it does
 */
function tableBlocks(rows: readonly Cell[][], pairs: 'numbered' | 'any' | undefined): Block[] {
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

function spanOf(attribute: string | undefined): number {
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
      let k = firstAtOrAfter(starts, f.start + 1);
      for (let looked = 0; k < starts.length && (starts[k] as number) < f.start + f.span && looked < MOST_COLUMNS_LOOKED; k++, looked++) {
        if ((narrowest.get(starts[k] as number) as number) < f.span) {
          f.start = starts[k] as number;
          break;
        }
      }
    }
  }
}

/** How many columns a header over several is read across for its first figure (atFirstFigure). */
const MOST_COLUMNS_LOOKED = 8;

/** The first index of ascending `values` whose value is at least `from` (values.length: none). */
function firstAtOrAfter(values: readonly number[], from: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
    endsInSpace = /\s$/.test(textOf(cell.blocks.at(-1) as Block));
    const start = starts.get(cell) ?? 0;
    if (currency !== undefined) {
      currency.runs.push(plainRun(' '), ...runs);
      currency.amountAt = start;
      currency = undefined;
    } else if (previous !== undefined && CLOSING_CELL.test(text)) {
      // "44.46&nbsp;" | "%" prints "44.46 %": the space kept where either cell has one.
      if (spaceBetween || /^\s/.test(textOf(block))) previous.runs.push(plainRun(' '));
      previous.runs.push(...runs);
    } else {
      previous = { start, span: cell.span, runs, block };
      out.push(previous);
      if (CURRENCY_CELL.test(text)) currency = previous;
    }
  }
  return out;
}

/** A cell's runs without the white space around them, tabs inside read as spaces: its tabs are the row's, one between cells. */
function trimmedRuns(runs: readonly Run[]): Run[] {
  const out = runs.map((run) => ({ ...run, text: run.text.replace(/\t/g, ' ') }));
  const first = out[0];
  const last = out.at(-1);
  if (first) first.text = first.text.replace(/^[\s\u00a0]+/, '');
  if (last) last.text = last.text.replace(/[\s\u00a0]+$/, '');
  return out.filter((run) => run.text !== '');
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

function joinBlocks(a: Block, b: Block): Block {
  const joined: Block = { ...a, runs: [...a.runs, { text: '\t', bold: false, italic: false, underline: false }, ...b.runs] };
  return joined;
}

function textOf(block: Block): string {
  return block.runs.map((r) => r.text).join('').replace(/[\s\u00a0]+/g, ' ');
}
