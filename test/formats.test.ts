// `corresp parse --format csv|tsv|md` and the topics column of `corresp thread --format csv`: every text survives the round trip.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_NAMES, HEADING_SEPARATOR, LIST_SEPARATOR } from '../src/format/rows.js';
import { unescapeTsv } from '../src/format/table.js';
import type { CommentJson, ErrorRecord, LetterJson } from '../src/schema.js';
import { LETTERS_DIR, runCli } from './fixtures.js';

/** A made-up response whose texts hold commas, double quotes, tabs (table cells), paragraph breaks, a backslash and Markdown characters. */
const TRICKY = `Acme "Widgets", Inc.
1 Main Street, Springfield

March 3, 2023

Division of Corporation Finance
U.S. Securities and Exchange Commission
100 F Street, N.E.
Washington, D.C. 20549

Re: Acme "Widgets", Inc.
Form 10-K for the Fiscal Year Ended December 31, 2022
Filed February 28, 2023
File No. 001-12345

Ladies and Gentlemen:

This letter responds to the comments of the staff in its letter dated February 14, 2023, regarding the "Form 10-K".

Form 10-K for the Fiscal Year Ended December 31, 2022

Management's Discussion and Analysis, page 30

1. Please revise to quantify, by segment, the "organic" growth rate, and explain "why" it changed; see ASC 280-10-50-22.

Response: We respectfully advise the Staff that organic growth, as "defined", was:

Segment\t2022\t2021
Widgets, Gadgets\t5%\t3%

We will revise future filings, including the "Results" table, accordingly (see \\\\server\\share).

2. Tell us how you applied ASC 606, including "principal versus agent", to sales of widgets, gadgets and <gizmos>.

Response: The Company acts as "principal", because it controls the *goods*; see the table:

# Product\tRole
Widgets\tPrincipal

Sincerely,

/s/ Jane Q. Doe
Jane Q. Doe
Chief Financial Officer
`;

const VIANET = join(LETTERS_DIR, '2017-21vianet-corresp.txt');
const AJG_STAFF = join(LETTERS_DIR, '2016-ajg-10k-upload.pdf');
const AJG_RESPONSE = join(LETTERS_DIR, '2016-ajg-10k-corresp.htm');
/** A staff letter with no numbered comments (one row of its own). */
const COMPLETED = join(LETTERS_DIR, '2016-mrsh-completed-upload.pdf');

let dir: string;
let tricky: string;
let missing: string;
let inputs: string[];
/** The same inputs as NDJSON: what every other format must carry. */
let records: (LetterJson | ErrorRecord)[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corresp-formats-'));
  tricky = join(dir, 'tricky-response.txt');
  writeFileSync(tricky, TRICKY);
  missing = join(dir, 'missing.htm');
  inputs = [tricky, VIANET, AJG_STAFF, AJG_RESPONSE, COMPLETED, missing];
  const { stdout } = await runCli(['parse', '-q', '--format', 'ndjson', ...inputs]);
  records = stdout.trim().split('\n').map((line) => JSON.parse(line));
}, 60_000);

const isLetter = (r: LetterJson | ErrorRecord): r is LetterJson => !('error' in r);

/** What each record's rows must hold, in order: one per comment, one for a letter without comments or an error record. */
function expectedRows(): Record<string, string>[] {
  return records.flatMap((r) => {
    if (!isLetter(r)) return [{ file: r.source.file, error_code: r.error.code, error_message: r.error.message, text: '' }];
    const comments: (CommentJson | undefined)[] = r.comments.length > 0 ? r.comments : [undefined];
    return comments.map((c) => ({
      file: r.source.file,
      kind: r.letter.kind,
      company: r.letter.company ?? '',
      date: r.letter.date ?? '',
      file_numbers: r.letter.fileNumbers.join(LIST_SEPARATOR),
      number: c === undefined ? '' : String(c.number),
      headings: c === undefined ? '' : c.headings.join(HEADING_SEPARATOR),
      topics: c === undefined ? '' : c.topics.join(LIST_SEPARATOR),
      citations: c === undefined ? '' : c.references.citations.join(LIST_SEPARATOR),
      text: c?.text ?? '',
      response_text: c?.response?.text ?? '',
      actions: c?.response ? c.response.actions.join(LIST_SEPARATOR) : '',
      office: r.letter.office ?? '',
      staff_contacts: r.letter.staffContacts.map((s) => `${s.name} ${s.phone}`).join(LIST_SEPARATOR),
      error_code: '',
    }));
  });
}

function checkRows(rows: Record<string, string>[]): void {
  const expected = expectedRows();
  expect(rows).toHaveLength(expected.length);
  expected.forEach((want, i) => expect(rows[i]).toMatchObject(want));
}

describe('corresp parse --format csv', () => {
  it('should keep every comment and response text, comma, quote, tab and line break included, one row per comment', async () => {
    expect(records.filter(isLetter)).toHaveLength(5);
    const trickyRecord = records[0] as LetterJson;
    // The made-up letter really carries what the test is about.
    const texts = trickyRecord.comments.flatMap((c) => [c.text, c.response?.text ?? '']).join('\n');
    for (const ch of [',', '"', '\t', '\n', '\\']) expect(texts).toContain(ch);

    const { status, stdout } = await runCli(['parse', '-q', '--format', 'csv', ...inputs]);
    expect(status).toBe(1);
    expect(stdout.startsWith(`${COLUMN_NAMES.join(',')}\r\n`)).toBe(true);
    // The header once, at the top.
    expect(stdout.split(COLUMN_NAMES.join(',')).length).toBe(2);
    const rows = parseCsv(stdout, { columns: true, relax_column_count: false }) as Record<string, string>[];
    checkRows(rows);
    expect(rows.at(-1)).toMatchObject({ file: missing, error_code: 'READ_FAILED', kind: '', text: '' });
    // A staff letter's office and contacts are on each of its rows (2016-ajg-10k-upload: Office of Healthcare and Insurance, three contacts).
    const staffRow = rows.find((r) => r.file === AJG_STAFF) as Record<string, string>;
    expect(staffRow.office).toMatch(/^Office of /);
    expect(staffRow.staff_contacts).toMatch(/ 202-551-\d{4}/);
  });

  it('should write one CSV per letter with --out-dir, each with its header, and keep error records as .error.json', async () => {
    const out = mkdtempSync(join(tmpdir(), 'corresp-formats-out-'));
    const { status } = await runCli(['parse', '-q', '--format', 'csv', '--out-dir', out, tricky, missing]);
    expect(status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['missing.error.json', 'tricky-response.csv']);
    const rows = parseCsv(readFileSync(join(out, 'tricky-response.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.response_text)).toEqual((records[0] as LetterJson).comments.map((c) => c.response?.text));
    expect(JSON.parse(readFileSync(join(out, 'missing.error.json'), 'utf8')).error.code).toBe('READ_FAILED');
    // --skip-existing counts the .csv as done.
    const again = await runCli(['parse', '-q', '--format', 'csv', '--out-dir', out, '--skip-existing', tricky]);
    expect(again.status).toBe(0);
  });
});

describe('corresp parse --format tsv', () => {
  it('should write one line per row with tabs and line breaks escaped, and unescape to the same texts', async () => {
    const { stdout } = await runCli(['parse', '-q', '--format', 'tsv', ...inputs]);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(COLUMN_NAMES.join('\t'));
    const rows = lines.slice(1).map((line) => {
      const fields = line.split('\t');
      expect(fields).toHaveLength(COLUMN_NAMES.length);
      return Object.fromEntries(fields.map((f, i) => [COLUMN_NAMES[i] as string, unescapeTsv(f)]));
    });
    checkRows(rows);
    // Quotes are plain characters in TSV.
    expect(stdout).toContain('"organic"');
  });
});

describe('corresp parse --format md', () => {
  it('should write each letter as a document: metadata table, headings, every comment, responses quoted', async () => {
    const { stdout } = await runCli(['parse', '-q', '--format', 'md', tricky, VIANET, AJG_STAFF]);
    const documents = stdout.split('\n---\n');
    expect(documents).toHaveLength(3);
    documents.forEach((doc, i) => {
      const record = records[i] as LetterJson;
      expect(doc).toMatch(/^\n?# .+\n\n\| \| \|\n\|---\|---\|\n/);
      expect(doc).toContain(`| File | ${record.source.file} |`);
      const headingLines = [...doc.matchAll(/^#{2,6} (.*)$/gm)].map((m) => unescapeMarkdown(m[1] as string));
      for (const heading of new Set(record.comments.flatMap((c) => c.headings))) expect(headingLines).toContain(heading.replace(/\s+/g, ' ').trim());
      const labels = [...doc.matchAll(/^\*\*(.+?)\*\* /gm)].map((m) => unescapeMarkdown(m[1] as string));
      expect(labels).toEqual(record.comments.map((c) => c.label.trim()));
      for (const comment of record.comments) {
        if (comment.response !== null) {
          // The response's opening words, inside a blockquote.
          const opening = comment.response.text.split(/\s+/).slice(0, 4).join(' ');
          expect(doc).toMatch(new RegExp(`^> .*${escapeRegExp(opening)}`, 'm'));
        }
      }
    });
    const trickyDoc = documents[0] as string;
    // Letter characters stay text: no heading from "# Product", no HTML tag, no emphasis.
    expect(trickyDoc).not.toMatch(/^#+ Product/m);
    expect(trickyDoc).toContain('\\<gizmos\\>');
    expect(trickyDoc).toContain('\\*goods\\*');
    // Table cells of the letter (tabs) stay on one line, separated by an escaped pipe.
    expect(trickyDoc).toContain('Segment \\| 2022 \\| 2021');
    expect(trickyDoc).not.toContain('\\\\|');
    // A staff letter has no response, so no blockquote.
    expect(documents[2]).not.toMatch(/^> /m);
  });
});

describe('corresp parse --format md: a comment answered part by part', () => {
  it('should print each part of the comment, then its answer, in turn', async () => {
    const p = (text: string) => `<p>${text}</p>`;
    const file = join(dir, 'parts.htm');
    writeFileSync(
      file,
      `<html><body>${[
        p('May 1, 2024'),
        p('Re: Example Corp.'),
        p('Ladies and Gentlemen:'),
        p('The comments are repeated below in bold, followed by our responses.'),
        p('<b>1. Please address the following:</b>'),
        p('<b>• Tell us when you started.</b>'),
        p('Response: In 2006.'),
        p('<b>• Explain why.</b>'),
        p('Response: To align the costs.'),
        p('Sincerely,'),
      ].join('')}</body></html>`,
    );
    const { stdout } = await runCli(['parse', '-q', '--format', 'md', file]);
    const body = stdout.slice(stdout.indexOf('**1.**'));
    expect(body.indexOf('Tell us when you started')).toBeLessThan(body.indexOf('In 2006.'));
    expect(body.indexOf('In 2006.')).toBeLessThan(body.indexOf('Explain why.'));
    expect(body.indexOf('Explain why.')).toBeLessThan(body.indexOf('To align the costs.'));
    expect(body).toMatch(/^> \*\*Response:\*\* To align the costs\.$/m);
  });
});

describe('markdown: attachments', () => {
  it('should print each attachment after the closing, under its title as a heading', async () => {
    const { markdownDocument } = await import('../src/format/markdown.js');
    const { parseLetter } = await import('../src/index.js');
    const text = `May 1, 2024\n\nRe: Example Corp.\n\nLadies and Gentlemen:\n\nOur responses follow.\n\n1. Please tell us more.\n\nResponse: See Exhibit A.\n\nSincerely,\n\nJane Doe\n\nExhibit A\n\nThe proposed disclosure.\n`;
    const { letter } = await parseLetter(new TextEncoder().encode(text), { file: 'a.txt' });
    const md = markdownDocument(letter);
    expect(md).toMatch(/Sincerely,[\s\S]*\n## Exhibit A\n\nThe proposed disclosure\.\n$/);
  });
});

describe('markdown: tables of figures', () => {
  it('should print each tab as a cell border, an empty cell as an empty cell, so that the figures stay under their headers', async () => {
    const { markdownDocument } = await import('../src/format/markdown.js');
    const { parseLetter } = await import('../src/index.js');
    const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<p>May 1, 2024</p><p>Re: Example Corp.</p><p>Ladies and Gentlemen:</p><p>Our responses follow.</p><p>1. Please tell us your sales.</p><p>Response: They were as follows:</p><table>${row('', '2020', '2019')}${row('Sudan', '', '$2,424')}</table><p>Sincerely,</p><p>Jane Doe</p>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 'a.htm' });
    expect(markdownDocument(letter)).toContain('> \\| 2020 \\| 2019\n>\n> Sudan \\|  \\| $2,424\n');
  });
});

describe('corresp parse --format: usage', () => {
  it('should refuse an unknown format and --ndjson with another format, exit 2', async () => {
    expect((await runCli(['parse', '--format', 'xml', VIANET])).status).toBe(2);
    const both = await runCli(['parse', '--format', 'csv', '--ndjson', VIANET]);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/--ndjson and --format csv/);
  });
});

describe('corresp thread --format csv: topics', () => {
  it('should fill the topics column from the staff letter comments', async () => {
    const { stdout } = await runCli(['thread', '-q', '--format', 'csv', AJG_STAFF, AJG_RESPONSE]);
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    const staff = records.find((r) => r.source.file === AJG_STAFF) as LetterJson;
    expect(rows.map((r) => r.topics)).toEqual(staff.comments.map((c) => c.topics.join(LIST_SEPARATOR)));
    expect(rows.some((r) => r.topics !== '')).toBe(true);
  });
});

/** Markdown text back to the letter's characters (the renderer's backslash escapes removed). */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_[\]<>#+\-=|~.)&])/g, '$1');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
