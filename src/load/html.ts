// Owns HTML letters: walks the tag stream once, keeping paragraphs, table cells and bold/italic/underline.
import { Parser } from 'htmlparser2';
import { type Block, Format, type Run, type Source } from '../source.js';
import { INVISIBLE_MARKS } from './detect.js';
import { loadFlatPages } from './flat.js';
import { capNesting, RAW_TEXT_ELEMENTS } from './html-nesting.js';
import { type Cell, spanOf, tableBlocks } from './html-table.js';
import { textBlocks } from './text.js';

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


interface Table {
  rows: Cell[][];
  row: Cell[] | undefined;
  cell: Cell | undefined;
  /**
   * The paragraphs read straight into its cells, not into a table inside it (layoutTable); and those of the layout tables inside it,
   * a group each (handed on whole, not paragraph by paragraph: layout tables nested deep would copy every paragraph at each depth).
   */
  own: Block[][];
}

/** The fewest paragraphs one cell of a table holds for the table to be the page's layout, not a table of the letter (layoutTable). */
const LAYOUT_CELL_PARAGRAPHS = 12;

/**
 * Whether a table only lays the page out: one of its cells holds most of its paragraphs, a dozen or more (the whole letter set in
 * one cell for its margins, as old HTML and some filers' tools write it). Its paragraphs are the letter's own, not a table's: a
 * table's text is read apart (no heading, no page furniture in it), which had lost every comment of such a letter.
 */
function layoutTable(table: Table): boolean {
  let most = 0;
  let all = 0;
  for (const row of table.rows) {
    for (const cell of row) {
      most = Math.max(most, cell.blocks.length);
      all += cell.blocks.length;
    }
  }
  return most >= LAYOUT_CELL_PARAGRAPHS && most >= 0.8 * all;
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
  // Preformatted text (<pre>: a text letter filed as HTML, as EDGAR's were for years) keeps its lines: read as a text letter's.
  let preDepth = 0;
  let preText = '';

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

  /** A paragraph read inside a table is the table's (layoutTable may give it back to the page). */
  const inTable = (block: Block) => {
    const table = tables.at(-1);
    if (table === undefined) return;
    block.inTable = true;
    (table.own[0] as Block[]).push(block);
  };

  const flush = () => {
    if (runs.some((r) => r.text.trim() !== '')) {
      const block: Block = { runs };
      if (breakPending) block.pageTop = true;
      breakPending = false;
      if (style('centered')) block.centered = true;
      inTable(block);
      target().push(block);
    }
    runs = [];
  };

  const endPre = () => {
    const blocks = textBlocks(preText);
    preText = '';
    const into = target();
    for (const block of blocks) {
      if (breakPending) block.pageTop = true;
      breakPending = false;
      inTable(block);
      into.push(block);
    }
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
    // A layout table's paragraphs are its outer table's own, or the page's (a layout table set inside another for margins).
    if (layoutTable(table)) {
      const outer = tables.at(-1);
      for (const group of table.own) {
        if (outer !== undefined) outer.own.push(group);
        else for (const block of group) delete block.inTable;
      }
    }
    const blocks = tableBlocks(table.rows);
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
        if (preDepth > 0) {
          if (name === 'br') preText += '\n';
          else if (name === 'pre') preDepth++;
        } else if (name === 'pre') {
          flush();
          preDepth = 1;
        } else if (BLOCK_TAGS.has(name)) flush();
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
        if (name === 'table') tables.push({ rows: [], row: undefined, cell: undefined, own: [[]] });
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
        if (preDepth > 0) {
          preText += text;
          return;
        }
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
        if (name === 'pre' && preDepth > 0 && --preDepth === 0) endPre();
        else if (BLOCK_TAGS.has(name) && preDepth === 0) flush();
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
  if (preDepth > 0) endPre();
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
  if (css) readInlineCss(css, frame);
  return frame;
}

/** A font size too small to read: the words of a page image, for search and copying (Workiva prints them 1pt white). */
const TINY_SIZE = /^0*[0-2](?:\.\d+)?(?:pt|px)$/;
/** A size in the `font` shorthand, which every such shorthand holds (else it is a system font's name, `font: caption`). */
const FONT_SIZE = /^(?:\d*\.?\d+(?:pt|px|em|rem|ex|%|in|cm|mm|pc)|(?:xx?-)?(?:small|large)|medium|smaller|larger)(?:\/|$)/;

/** The CSS properties readInlineCss reads (the others are passed over unread: a letter holds some 300 style attributes). */
const CSS_READ: ReadonlySet<string> = new Set(['font-weight', 'font-style', 'text-decoration', 'text-decoration-line', 'display', 'font-size', 'text-align', 'font']);

/**
 * Apply an element's inline CSS to its frame, one declaration after another as a browser does (a later one wins; Word's
 * `mso-bidi-font-weight` is not the font's weight). The `font` shorthand sets weight and style too, to normal unless it
 * names them ("font: bold 10pt Times New Roman", as some filing agents set every bold paragraph: 20 corpus letters).
 */
function readInlineCss(css: string, frame: Frame): void {
  for (let start = 0; start < css.length; ) {
    const semicolon = css.indexOf(';', start);
    const end = semicolon < 0 ? css.length : semicolon;
    // Each declaration searched alone: a colon looked for past its end would make a long style of bare ';' quadratic.
    const declaration = css.slice(start, end);
    const colon = declaration.indexOf(':');
    const property = colon < 0 ? '' : declaration.slice(0, colon).trim();
    if (CSS_READ.has(property)) {
      let value = declaration.slice(colon + 1).trim();
      const bang = value.lastIndexOf('!');
      if (bang >= 0 && value.slice(bang + 1).trim() === 'important') value = value.slice(0, bang).trim();
      if (property === 'font-weight') frame.bold = isBoldWeight(value);
      else if (property === 'font-style') frame.italic = value === 'italic' || value.startsWith('oblique');
      else if (property === 'text-decoration' || property === 'text-decoration-line') frame.underline = value.includes('underline');
      else if (property === 'display') {
        if (value === 'none') frame.hidden = true;
      } else if (property === 'font-size') {
        if (TINY_SIZE.test(value)) frame.layer = true;
      } else if (property === 'text-align') frame.centered = value === 'center';
      else readFontShorthand(value, frame);
    }
    start = end + 1;
  }
}

function isBoldWeight(value: string): boolean {
  return value === 'bold' || value === 'bolder' || (/^\d+$/.test(value) && Number(value) >= 600);
}

/** `font: [style] [variant] [weight] [stretch] size[/line-height] family`: the keywords before the size. */
function readFontShorthand(value: string, frame: Frame): void {
  const words = value.split(/\s+/);
  const sizeAt = words.findIndex((word) => FONT_SIZE.test(word));
  if (sizeAt < 0) return;
  const before = words.slice(0, sizeAt);
  frame.bold = before.some(isBoldWeight);
  frame.italic = before.some((word) => word === 'italic' || word === 'oblique');
  if (TINY_SIZE.test((words[sizeAt] as string).split('/')[0] as string)) frame.layer = true;
}
