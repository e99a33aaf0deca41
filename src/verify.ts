// Owns the "nothing lost" invariant: every word of the letter body lands in exactly one output field.
import type { ClassifiedLine } from './classify/index.js';
import { SKIP_TAGS, unclosedElements } from './load/html.js';
import type { RawDocument } from './load/index.js';
import type { LetterJson } from './schema.js';

// Compared as characters without white space, so "1.Please" splits into label "1." and text "Please";
// colons are left out because headings are emitted without their trailing colon (DESIGN.md).
const squeeze = (text: string) => text.replace(/[\s:]+/g, '');

/** Result of checking that the output covers the letter's text. */
export interface CoverageReport {
  ok: boolean;
  /** First region where the words differ, for the warning message. */
  problem?: string;
}

/**
 * Check that every word of the document lands in one output field, in two steps.
 * 1. The loader lost nothing: an independent reading of the raw document (`readDocument`) has
 *    the same letters and digits, in the same order, as the normalised text (furniture lines
 *    included). For PDF there is no second reader of the text layer: this step is skipped.
 * 2. The output fields hold exactly the words of the normalised text, page furniture aside:
 *    head, preamble, each comment (its new headings, label, text, response label and text) and
 *    closing, region by region in order; inside a comment region the label may print before,
 *    after or among its new headings (2017-marriott-corresp: "Comment #1:", then "General").
 * @param lines the classified lines the letter was built from
 * @param raw the decoded document the loader read (load/index.ts loadDocument), when known
 */
export function checkCoverage(letter: LetterJson, lines: readonly ClassifiedLine[], raw?: RawDocument): CoverageReport {
  if (raw !== undefined && raw.format !== 'pdf') {
    const read = alnum(raw.format === 'html' ? readHtml(raw.text) : raw.text);
    const loaded = alnum(lines.map((entry) => entry.line.text).join(' '));
    if (read !== loaded) {
      let at = 0;
      while (at < read.length && read[at] === loaded[at]) at++;
      return {
        ok: false,
        problem: `the loader lost or changed the document's text at letter ${at} of ${read.length} ("${read.slice(at, at + 30)}" in the document vs "${loaded.slice(at, at + 30)}" loaded)`,
      };
    }
  }
  const bodyText = (from: number, to: number) => {
    let out = '';
    for (const entry of lines) {
      if (entry.furniture || entry.line.end <= from || entry.line.start >= to) continue;
      out += squeeze(entry.line.text);
    }
    return out;
  };
  const regions: { name: string; from: number; to: number; outputs: string[] }[] = [];
  const firstComment = letter.comments[0];
  const closingFrom = letter.comments.at(-1)?.location.end ?? undefined;
  const regionStart = firstComment?.location.start ?? Number.POSITIVE_INFINITY;
  // Head and preamble together run up to the first comment (or to the closing).
  const headAndPreamble = squeeze(letter.letter.head) + squeeze(letter.preamble);
  const closing = squeeze(letter.closing);
  if (firstComment === undefined) {
    regions.push({ name: 'head, preamble and closing', from: 0, to: Number.POSITIVE_INFINITY, outputs: [headAndPreamble + closing] });
  } else {
    regions.push({ name: 'head and preamble', from: 0, to: regionStart, outputs: [headAndPreamble] });
    for (const c of letter.comments) {
      const own = c.headings.slice(c.headings.length - c.location.newHeadings).map(squeeze);
      const rest = squeeze(c.text) + squeeze(c.response?.label ?? '') + squeeze(c.response?.text ?? '');
      const label = squeeze(c.label);
      // New headings print above the number, or between a bare label and the text, or some of each.
      const outputs = own.map((_, k) => own.slice(0, k).join('') + label + own.slice(k).join('') + rest);
      outputs.unshift(own.join('') + label + rest);
      regions.push({ name: `comment ${c.number}`, from: c.location.start, to: c.location.end, outputs });
    }
    regions.push({ name: 'closing', from: closingFrom ?? 0, to: Number.POSITIVE_INFINITY, outputs: [closing] });
  }
  for (const region of regions) {
    const expected = bodyText(region.from, region.to);
    if (!region.outputs.includes(expected)) {
      const output = region.outputs[0] ?? '';
      let at = 0;
      while (at < expected.length && expected[at] === output[at]) at++;
      return { ok: false, problem: `${region.name}: output differs from the text at character ${at} ("${expected.slice(at, at + 30)}" vs "${output.slice(at, at + 30)}")` };
    }
  }
  return { ok: true };
}

/** ASCII letters and digits only: punctuation, spacing and accented letters are where readers legitimately differ. */
function alnum(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '');
}

/** Raw-text elements: the tokenizer reads them up to their end tag, without tags inside. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements with no content, so never the start of a hidden stretch. */
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'embed', 'param', 'source', 'track']);
/** Entities browsers decode without their ";" (the common ones of the WHATWG legacy list). */
const LEGACY_ENTITY = /&(?:nbsp|amp|lt|gt|quot|copy|reg|sect|para|middot|shy|laquo|raquo|deg|plusmn|times|divide|cent|pound|yen|euro|frac1[24]|frac34|acute|cedil|micro|not|ordf|ordm|sup[123]|iexcl|iquest|brvbar|curren|macr|uml)(?![A-Za-z0-9;])/g;

/**
 * What an HTML document says, read without the loader: tags and comments dropped, the content of
 * closed script, style, head, svg … elements dropped (html.ts SKIP_TAGS: the loader's policy),
 * and of elements hidden with an inline `display:none`; numeric entities decoded, named ones
 * dropped (they decode to punctuation or accented letters, which the comparison ignores). Which
 * elements never close is the one fact taken from the loader (html.ts unclosedElements): their
 * content is read as text. Linear: one pass over the markup.
 */
export function readHtml(html: string): string {
  const unclosed = unclosedElements(html);
  const lastQuote = { '"': html.lastIndexOf('"'), "'": html.lastIndexOf("'") };
  const out: string[] = [];
  let skip: { name: string; depth: number } | undefined;
  const text = (piece: string) => {
    if (skip === undefined && piece !== '') out.push(decodeEntities(piece));
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const tag = /<(\/?)([A-Za-z][^\s/>]*)/y;
    tag.lastIndex = lt;
    const m = tag.exec(html);
    if (m === null) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const end = html.indexOf('>', lt);
        i = end < 0 ? html.length : end + 1;
      } else {
        text('<');
        i = lt + 1;
      }
      continue;
    }
    const tagEnd = endOfTag(html, tag.lastIndex, lastQuote);
    if (tagEnd < 0) break;
    i = tagEnd + 1;
    const name = (m[2] as string).toLowerCase();
    const closing = m[1] === '/';
    const selfClosing = html[tagEnd - 1] === '/';
    if (skip !== undefined) {
      if (skip.name === 'head' && name === 'body' && !closing) skip = undefined;
      else if (name === skip.name && !selfClosing) {
        skip.depth += closing ? -1 : 1;
        if (skip.depth === 0) skip = undefined;
      }
      continue;
    }
    if (closing || selfClosing || unclosed.has(lt)) continue;
    if (RAW_TEXT.has(name)) {
      const endTag = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
      endTag.lastIndex = i;
      const end = endTag.exec(html);
      const stop = end === null ? html.length : end.index;
      if (!SKIP_TAGS.has(name)) text(html.slice(i, stop));
      i = end === null ? html.length : Math.max(stop + 1, endOfTag(html, stop + end[0].length, lastQuote) + 1);
      continue;
    }
    const hidden = !VOID.has(name) && /display\s*:\s*none/i.test(html.slice(tag.lastIndex, tagEnd));
    if (SKIP_TAGS.has(name) || hidden) skip = { name, depth: 1 };
  }
  return out.join(' ');
}

/**
 * The index of the ">" ending a tag whose name ends at `from`, or -1. An attribute value quoted
 * right after its "=" may hold ">"; a quote with no partner anywhere after it quotes nothing.
 */
function endOfTag(html: string, from: number, lastQuote: { '"': number; "'": number }): number {
  let at = from;
  while (at < html.length) {
    const c = html[at];
    if (c === '>') return at;
    if ((c === '"' || c === "'") && at < lastQuote[c] && /=\s*$/.test(html.slice(Math.max(from, at - 8), at))) {
      at = html.indexOf(c, at + 1) + 1;
      continue;
    }
    at++;
  }
  return -1;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?/g, (_, hex: string | undefined, dec: string | undefined) => {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    })
    .replace(/&[A-Za-z][A-Za-z0-9]*;/g, ' ')
    .replace(LEGACY_ENTITY, ' ');
}
