// Owns the Markdown view of a parse record: the letter as a person reads it (metadata table, headings, comments, responses quoted).
import type { CommentJson, LetterJson } from '../schema.js';
import { isErrorRecord, type ParseRecord } from './rows.js';

/** Between two letters' documents in one stream (a thematic break, with a blank line before it so it cannot underline a heading). */
export const MARKDOWN_SEPARATOR = '\n---\n\n';

const KIND_WORDS: Record<LetterJson['letter']['kind'], string> = {
  staff: 'SEC staff letter',
  response: 'company response',
  unknown: 'letter',
};

/**
 * One record as a Markdown document (CommonMark with a GFM table), ending in a newline.
 * Texts are escaped so that no word of a letter turns into markup (a line starting "1." or "#",
 * an asterisk, a `<tag>`), paragraphs stay paragraphs and single line breaks are hard breaks.
 */
export function markdownDocument(record: ParseRecord): string {
  if (isErrorRecord(record)) {
    return `# ${inline(record.source.file)}\n\nNot parsed: ${inline(record.error.message)} (\`${record.error.code}\`)\n`;
  }
  const { letter } = record;
  const parts: string[] = [];
  parts.push(`# ${inline(letter.company ?? record.source.file)}: ${KIND_WORDS[letter.kind]}, ${letter.date ?? 'undated'}`);
  parts.push(metadataTable(record));
  if (letter.salutation !== null) parts.push(block(letter.salutation));
  if (record.preamble.trim() !== '') parts.push(block(record.preamble));
  let chain: readonly string[] = [];
  for (const comment of record.comments) {
    parts.push(...changedHeadings(chain, comment.headings, 2));
    chain = comment.headings;
    parts.push(...commentBlocks(comment));
  }
  if (record.closing.trim() !== '') parts.push(block(record.closing));
  // Documents appended after the sign-off, each under its title.
  for (const attachment of record.attachments) {
    parts.push(`## ${inline(attachment.title.replace(/\s+/g, ' ').trim())}`);
    if (attachment.text.trim() !== '') parts.push(block(attachment.text));
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The headings of a comment that change from the chain above it, each a Markdown heading at its depth: the outermost at
 * `outermost` (## in a letter's document), ###### at most.
 */
export function changedHeadings(above: readonly string[], headings: readonly string[], outermost: number): string[] {
  let same = 0;
  while (same < above.length && same < headings.length && above[same] === headings[same]) same++;
  return headings.slice(same).map((heading, i) => `${'#'.repeat(Math.min(6, same + i + outermost))} ${inline(heading.replace(/\s+/g, ' ').trim())}`);
}

function commentBlocks(comment: CommentJson): string[] {
  const label = comment.label.trim() === '' ? `${comment.number}.` : comment.label.trim();
  const answered = (response: { label: string | null; text: string }) => quote((response.label === null ? '' : `**${inline(response.label.trim())}** `) + block(response.text));
  // A comment answered part by part reads as the letter prints it: each part, then its answer.
  if (comment.parts !== undefined) {
    return comment.parts.flatMap((part, k) => [k === 0 ? `**${inline(label)}** ${block(part.text)}` : block(part.text), answered(part.response)]);
  }
  const out = [`**${inline(label)}** ${block(comment.text)}`];
  if (comment.response !== null) out.push(answered(comment.response));
  return out;
}

function metadataTable(record: LetterJson): string {
  const { letter } = record;
  const rows: [string, string][] = [
    ['File', record.source.file],
    ['Kind', `${letter.kind} (${letter.category})`],
    ['Date', letter.date ?? ''],
    ['Company', letter.company ?? ''],
    ['Re', letter.subject ?? ''],
    ['Forms', [...new Set(letter.filings.flatMap((f) => (f.form === null ? [] : [f.form])))].join(', ')],
    ['File numbers', letter.fileNumbers.join(', ')],
    ['In reply to', letter.inReplyTo ?? ''],
    ['Signed', letter.signatories.map((s) => (s.title === null ? s.name : `${s.name}, ${s.title}`)).join('; ')],
    ['Office', letter.office ?? ''],
    ['Staff contacts', letter.staffContacts.map((c) => `${c.name} ${c.phone}`).join('; ')],
    ['Comments', String(record.comments.length)],
  ];
  return fieldTable(rows);
}

/** A two-column table of fields and their values (GFM), the empty ones left out. */
export function fieldTable(rows: readonly (readonly [string, string])[]): string {
  const lines = ['| | |', '|---|---|'];
  for (const [field, value] of rows) if (value.trim() !== '') lines.push(`| ${field} | ${tableCell(value)} |`);
  return lines.join('\n');
}

/** A table cell: one line (line breaks as `<br>`), pipes escaped. */
export function tableCell(text: string): string {
  return text
    .trim()
    .split(/\n+/)
    .map((line) => inline(line.trim()).replace(/\|/g, '\\|'))
    .join('<br>');
}

/** A text as Markdown paragraphs: `\n\n` separates paragraphs, a single `\n` is a hard break. */
export function block(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        // Each tab a cell border: a table row's empty cells stay cells (a row's leading tab is its empty first cell).
        .map((line) => lineStart(inline(line.replace(/^ +| +$/g, '')).replace(/\t/g, ' \\| ').trim()))
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** A blockquote of Markdown text: every line prefixed with `> ` (`>` alone on blank lines). */
export function quote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** Escape the characters that start inline markup: emphasis, code, links, HTML, entities, backslashes. */
export function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Escape what would make a line a heading, quote, list item, thematic break or table row. */
function lineStart(line: string): string {
  return line.replace(/^([#+\-=|~]|\d{1,9}(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}
