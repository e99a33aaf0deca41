// Owns the "nothing lost" invariant: every word of the letter body lands in exactly one output field.
import { Parser } from 'htmlparser2';
import type { ClassifiedLine } from './classify/index.js';
import { ListMarkers, SKIP_TAGS, unclosedElements } from './load/html.js';
import { RAW_TEXT_ELEMENTS, VOID_ELEMENTS } from './load/html-nesting.js';
import type { RawDocument } from './load/index.js';
import { inReadingOrder } from './load/text.js';
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
 *    after or among its new headings (2017-marriott-corresp: "Comment #1:", then "General"), or
 *    its first words above them and the number below ("Staff Comment", "Form 10-K …", "1.").
 * @param lines the classified lines the letter was built from
 * @param raw the decoded document the loader read (load/index.ts loadDocument), when known
 */
export function checkCoverage(letter: LetterJson, lines: readonly ClassifiedLine[], raw?: RawDocument): CoverageReport {
  if (raw !== undefined && raw.format !== 'pdf') {
    // In the order the loader reads a text letter (a <pre> letter's text too, readHtml): its moves of words, none lost (inReadingOrder).
    const read = alnum(raw.format === 'html' ? readHtml(raw.text) : inReadingOrder(raw.text));
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
  // Lines are in offset order: a region's lines are found by binary search, not by a scan of
  // every line per region (which made --verify quadratic in the number of comments).
  const firstEndingAfter = (from: number) => {
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lines[mid] as ClassifiedLine).line.end <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const bodyText = (from: number, to: number) => {
    const parts: string[] = [];
    for (let i = firstEndingAfter(from); i < lines.length; i++) {
      const entry = lines[i] as ClassifiedLine;
      if (entry.line.start >= to) break;
      if (entry.furniture || entry.line.end <= from) continue;
      parts.push(squeeze(entry.line.text));
    }
    return parts.join('');
  };
  /** labelAmid: a comment's new headings, label and the rest, the label maybe printed among its words (labelAmongWords). */
  const regions: { name: string; from: number; to: number; outputs: string[]; labelAmid?: CommentParts }[] = [];
  const firstComment = letter.comments[0];
  const closingFrom = letter.comments.at(-1)?.location.end ?? undefined;
  const regionStart = firstComment?.location.start ?? Number.POSITIVE_INFINITY;
  // Head and preamble together run up to the first comment (or to the closing).
  const headAndPreamble = squeeze(letter.letter.head) + squeeze(letter.preamble);
  // The documents appended after the sign-off follow the closing, each title then its text.
  const closing = squeeze(letter.closing) + letter.attachments.map((a) => squeeze(a.title) + squeeze(a.text)).join('');
  if (firstComment === undefined) {
    regions.push({ name: 'head, preamble and closing', from: 0, to: Number.POSITIVE_INFINITY, outputs: [headAndPreamble + closing] });
  } else {
    // A lead-in printed under the first comment's headings is the preamble's last words (structure.ts leadInAbove):
    // what the preamble holds past the text above the first comment is looked for between those headings and its label.
    const above = bodyText(0, regionStart);
    const leadIn = headAndPreamble.startsWith(above) ? headAndPreamble.slice(above.length) : '';
    regions.push({ name: 'head and preamble', from: 0, to: regionStart, outputs: [leadIn === '' ? headAndPreamble : above] });
    for (const c of letter.comments) {
      const own = c.headings.slice(c.headings.length - c.location.newHeadings).map(squeeze);
      // A comment answered part by part prints each part's words, label and answer in turn.
      const rest = c.parts
        ? c.parts.map((part) => squeeze(part.text) + squeeze(part.response.label ?? '') + squeeze(part.response.text)).join('')
        : squeeze(c.text) + squeeze(c.response?.label ?? '') + squeeze(c.response?.text ?? '');
      const label = squeeze(c.label);
      const headings = own.join('');
      // New headings print above the number, or between a bare label and the text, or some of each, or between a label line and
      // the number ("Staff Comment" / "Note 3. Revenues, page 66" / "1.", c0878): labelAmidHeadings, not every variant written out
      // (as many as the headings, each as long as the comment: 200,000 headings took more than a gigabyte).
      const outputs = [headings + label + rest];
      // A heading run in before the words, set off by a stop the output leaves out ("Description of Index Warrants, page 49. We note …").
      if (own.length > 0) outputs.push(own.slice(0, -1).join('') + label + own.at(-1) + '.' + rest);
      const labelWords = c.label.trim().split(/\s+/).map(squeeze);
      for (let k = 1; k < labelWords.length; k++) outputs.push(labelWords.slice(0, k).join('') + headings + labelWords.slice(k).join('') + rest);
      // The lead-in's words must stand there, between the headings and the label: nowhere else.
      if (c === firstComment && leadIn !== '') regions.push({ name: `comment ${c.number}`, from: c.location.start, to: c.location.end, outputs: [headings + leadIn + label + rest] });
      else regions.push({ name: `comment ${c.number}`, from: c.location.start, to: c.location.end, outputs, labelAmid: { headings, headingList: own, label, labelWords, rest } });
    }
    regions.push({ name: 'closing', from: closingFrom ?? 0, to: Number.POSITIVE_INFINITY, outputs: [closing] });
  }
  for (const region of regions) {
    const expected = bodyText(region.from, region.to);
    const amid = region.labelAmid;
    if (!region.outputs.includes(expected) && !(amid !== undefined && (labelAmidHeadings(expected, amid) || labelAmongWords(expected, amid)))) {
      const output = region.outputs[0] ?? '';
      let at = 0;
      while (at < expected.length && expected[at] === output[at]) at++;
      return { ok: false, problem: `${region.name}: output differs from the text at character ${at} ("${expected.slice(at, at + 30)}" vs "${output.slice(at, at + 30)}")` };
    }
  }
  return { ok: true };
}

/** A comment's output in the order it is compared, white space squeezed out: its new headings together and one by one, its label whole and word by word. */
interface CommentParts {
  headings: string;
  headingList: string[];
  label: string;
  labelWords: string[];
  rest: string;
}

/**
 * The region's text is the comment's new headings with its label before, among or after them, then the rest: the label at one
 * of the headings' boundaries. Linear: the boundaries tried are those where the text agrees with the headings up to the label
 * (the common prefix) and from it on (the common suffix).
 */
function labelAmidHeadings(expected: string, { headings, headingList, label, rest }: CommentParts): boolean {
  if (expected.length !== headings.length + label.length + rest.length || !expected.endsWith(rest)) return false;
  const words = expected.slice(0, expected.length - rest.length);
  let prefix = 0;
  while (prefix < headings.length && words[prefix] === headings[prefix]) prefix++;
  let suffix = 0;
  while (suffix < headings.length && words[words.length - 1 - suffix] === headings[headings.length - 1 - suffix]) suffix++;
  let at = 0;
  for (let k = 0; k <= headingList.length && at <= prefix; at += (headingList[k] as string | undefined)?.length ?? 0, k++) {
    if (at >= headings.length - suffix && words.startsWith(label, at)) return true;
  }
  return false;
}

/**
 * The region's text is the comment's headings, then its words with its label among them: a number printed in
 * the margin of a page's last comment and read out at the page's end (structure.ts wordsAboveNumber), or beside
 * the comment's first lines (wordsBesideNumber), a label's first words maybe above them ("COMMENT:" / "We note …"
 * / "3. the anticipated …", c0321 dumped by w3m). Only where the words before the number are the start of the
 * comment's words (one comparison per split of the label, linear).
 */
function labelAmongWords(expected: string, { headings, labelWords, rest }: CommentParts): boolean {
  for (let k = 0; k < labelWords.length; k++) {
    const lead = labelWords.slice(0, k).join('');
    const number = labelWords.slice(k).join('');
    // The label's first words above the headings ("COMMENT" / "Form 8-K …" / "Exhibit 99.1", c0935) or under them.
    if (numberAmongWords(expected, headings + lead, number, rest) || (lead !== '' && numberAmongWords(expected, lead + headings, number, rest))) return true;
  }
  return false;
}

function numberAmongWords(expected: string, headings: string, label: string, rest: string): boolean {
  if (label === '' || !expected.startsWith(headings)) return false;
  const words = expected.slice(headings.length);
  // The label sits where the words stop matching the comment's text.
  let at = 0;
  while (at < words.length && words[at] === rest[at]) at++;
  // The label may begin with characters the text goes on with ("2." after "…combined2"): try each place back to where they agree.
  for (let k = at; k >= Math.max(0, at - label.length); k--) if (words.slice(k, k + label.length) === label && words.slice(0, k) + words.slice(k + label.length) === rest) return true;
  return false;
}

/** ASCII letters and digits only: punctuation, spacing and accented letters are where readers legitimately differ. */
function alnum(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '');
}


/**
 * What an HTML document says, read without the loader: tags and comments dropped, the content of
 * closed script, style, head, svg … elements dropped (html.ts SKIP_TAGS: the loader's policy),
 * and of elements hidden with an inline `display:none`; character references decoded with
 * htmlparser2's table. Which elements never close is taken from the loader (html.ts
 * unclosedElements): their content is read as text. Linear: one pass over the markup.
 */
export function readHtml(html: string): string {
  const unclosed = unclosedElements(html);
  const lastQuote = { '"': html.lastIndexOf('"'), "'": html.lastIndexOf("'") };
  // The text read, in runs inside and outside <pre>: the loader reads a <pre> element's text as a text letter's, moves of words
  // and all (inReadingOrder), and the rest as markup, with none.
  const runs: { pre: boolean; pieces: string[] }[] = [];
  let preDepth = 0;
  let skip: { name: string; depth: number } | undefined;
  const lists = new ListMarkers();
  const text = (piece: string) => {
    if (skip !== undefined || piece === '') return;
    const pre = preDepth > 0;
    const run = runs.at(-1);
    if (run !== undefined && run.pre === pre) run.pieces.push(piece);
    else runs.push({ pre, pieces: [piece] });
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
      const next = html[lt + 1];
      if (next === '!' || next === '?' || next === '/') {
        // A declaration, a processing instruction, or "</" without a name: a bogus comment to the next ">".
        const end = html.indexOf('>', lt + 1);
        i = end < 0 ? html.length : end + 1;
      } else {
        text('<');
        i = lt + 1;
      }
      continue;
    }
    const tagEnd = endOfTag(html, tag.lastIndex, lastQuote);
    const name = (m[2] as string).toLowerCase();
    const closing = m[1] === '/';
    if (tagEnd < 0) {
      // A tag cut off by the end of the file is dropped, except where the tokenizer gives it back as
      // text: an end tag's words after its name, a start tag still spelling a raw-text name ("<T").
      if (closing) text(html.slice(tag.lastIndex));
      else if (tag.lastIndex === html.length && [...RAW_TEXT_ELEMENTS].some((raw) => raw.startsWith(name) && raw !== name)) text(html.slice(lt));
      break;
    }
    i = tagEnd + 1;
    const selfClosing = html[tagEnd - 1] === '/';
    // Raw text runs to its end tag even inside skipped content: "<!--" in a <title> is text, not a comment.
    if (!closing && !selfClosing && RAW_TEXT_ELEMENTS.has(name) && !unclosed.has(lt)) {
      const endTag = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
      endTag.lastIndex = i;
      const end = endTag.exec(html);
      const stop = end === null ? html.length : end.index;
      // Title and textarea decode their references; the other raw-text elements keep "&" as written.
      const content = html.slice(i, stop);
      if (!SKIP_TAGS.has(name)) text(name === 'title' || name === 'textarea' ? content : content.replace(/&/g, '&amp;'));
      i = end === null ? html.length : Math.max(stop + 1, endOfTag(html, stop + end[0].length, lastQuote) + 1);
      continue;
    }
    if (skip !== undefined) {
      if (skip.name === 'head' && name === 'body' && !closing) skip = undefined;
      else if (name === skip.name && !selfClosing) {
        skip.depth += closing ? -1 : 1;
        if (skip.depth === 0) skip = undefined;
      }
      continue;
    }
    // A list item opens with the marker a browser draws, as the loader reads it ("1. ", "b. ").
    if (name === 'ul' || name === 'ol') {
      if (closing) lists.close();
      else if (!selfClosing) lists.open(name, attribute(html.slice(tag.lastIndex, tagEnd), 'start'), attribute(html.slice(tag.lastIndex, tagEnd), 'type'));
    } else if (name === 'li' && !closing) text(` ${lists.item(attribute(html.slice(tag.lastIndex, tagEnd), 'value'))} `);
    if (name === 'pre' && !selfClosing && skip === undefined) preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (closing || selfClosing || unclosed.has(lt)) continue;
    const hidden = !VOID_ELEMENTS.has(name) && /display\s*:\s*none/i.test(html.slice(tag.lastIndex, tagEnd));
    if (SKIP_TAGS.has(name) || hidden) skip = { name, depth: 1 };
  }
  return runs.map((run) => (run.pre ? inReadingOrder(decodeEntities(run.pieces.join(' '))) : decodeEntities(run.pieces.join(' ')))).join(' ');
}

/** A list attribute's value in a tag's attribute text (undefined when absent): `start="3"`, `type=a`. */
function attribute(attributes: string, name: 'start' | 'type' | 'value'): string | undefined {
  return LIST_ATTRIBUTES[name].exec(attributes)?.[1];
}
const listAttribute = (name: string) => new RegExp(String.raw`(?:^|\s)${name}\s*=\s*["']?([^"'\s>]*)`, 'i');
const LIST_ATTRIBUTES = { start: listAttribute('start'), type: listAttribute('type'), value: listAttribute('value') };

/**
 * The index of the ">" ending a tag whose name ends at `from`, or -1 when the tag never ends.
 * An attribute value quoted right after its "=" may hold ">"; one whose quote never closes
 * swallows the rest of the document (htmlparser2 reads it so, and so do browsers).
 */
function endOfTag(html: string, from: number, lastQuote: { '"': number; "'": number }): number {
  let at = from;
  while (at < html.length) {
    const c = html[at];
    if (c === '>') return at;
    if ((c === '"' || c === "'") && /=\s*$/.test(html.slice(Math.max(from, at - 8), at))) {
      // A value whose quote never closes runs to the end of the document, as in the tokenizer.
      if (at >= lastQuote[c]) return -1;
      at = html.indexOf(c, at + 1) + 1;
      continue;
    }
    at++;
  }
  return -1;
}

/**
 * Text with its character references decoded as htmlparser2 decodes them (named, numeric, and
 * the legacy ones without ";"): its entity table is the one piece of the loader's machinery the
 * reading shares; "<" is escaped first so the text stays text.
 */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const parts: string[] = [];
  const parser = new Parser({ ontext: (piece) => parts.push(piece) }, { decodeEntities: true });
  parser.write(text.replace(/</g, '&lt;'));
  parser.end();
  return parts.join('');
}
