// Owns a `corresp thread` run: parse records in (from the parser pool, NDJSON on stdin, or saved parse output), conversations out,
// ordered by first date.
import { closeSync, createReadStream, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { describeFsError, LETTER_FILE } from '../batch/inputs.js';
import { runBatch, type BatchIo, type BatchOptions } from '../batch/run.js';
import { printable } from '../batch/printable.js';
import { jsonText } from '../batch/outcome.js';
import { markdownDocument, MARKDOWN_SEPARATOR } from '../format/markdown.js';
import type { ParseFormat } from '../format/formats.js';
import type { ErrorRecord } from '../schema.js';
import { conversationsOf, readRecord } from './conversations.js';
import { conversationTable, tableHeader } from './emit.js';
import type { LetterStub } from './evidence.js';
import { conversationMarkdown } from './markdown.js';

export interface ThreadOptions {
  /** As parse's formats (README "Conversations"): ndjson lines, one indented JSON document, table rows, Markdown documents. */
  format: ParseFormat;
  /** Limits of the parser pool when the inputs are letters (not `-`). */
  batch: BatchOptions;
}

export interface ThreadIo extends BatchIo {
  /** Standard input as lines (NDJSON parse records). */
  stdinLines: () => AsyncIterable<string>;
}

/**
 * Collects what grouping needs from parse records, one at a time: a small stub per letter
 * (metadata, comment texts, cited dates); error records are kept as they came.
 */
export class ThreadInput {
  readonly stubs: LetterStub[] = [];
  readonly errorLines: string[] = [];

  /**
   * Take one NDJSON line of `corresp parse` output.
   * @returns an error message when the line is not a parse record
   */
  addLine(line: string): string | undefined {
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      return `not JSON (${error instanceof Error ? error.message : String(error)})`;
    }
    return this.addRecord(record, line);
  }

  /**
   * Take one line from a parser process asked for letter stubs (`thread DIR`): a stub built there, in
   * parallel, or an error record. Only the index is the collector's to give.
   */
  addStubLine(line: string): void {
    const parsed = JSON.parse(line) as LetterStub | { error?: unknown };
    if ('error' in parsed && parsed.error !== undefined) {
      this.errorLines.push(line);
      return;
    }
    const stub = parsed as LetterStub;
    stub.index = this.stubs.length;
    this.stubs.push(stub);
  }

  /** Take one parsed record (a letter or an error record). */
  addRecord(record: unknown, line?: string): string | undefined {
    const read = readRecord(record, this.stubs.length);
    if ('problem' in read) return read.problem;
    if ('error' in read) this.errorLines.push(line ?? JSON.stringify(record));
    else this.stubs.push(read.stub);
    return undefined;
  }
}

/**
 * Group the collected letters and write the conversations, ordered by first date: NDJSON (error records first, as they came),
 * one indented JSON document when that is the whole output (one conversation, no error record; else NDJSON, as `parse`
 * writes several letters), CSV or TSV rows per staff comment (the header once, even alone), or a Markdown document per
 * conversation (after a short one per error record), documents apart by a `---` line.
 */
export async function writeConversations(input: ThreadInput, format: ParseFormat, write: (text: string) => unknown): Promise<void> {
  const conversations = conversationsOf(input.stubs);
  if (format === 'csv' || format === 'tsv') {
    // Error records have no row here: stderr named each failed input.
    if (conversations.length === 0) await write(tableHeader(format));
    for (const [i, conversation] of conversations.entries()) await write(conversationTable(format, conversation, i === 0));
    return;
  }
  if (format === 'md') {
    const documents = [...input.errorLines.map((line) => markdownDocument(JSON.parse(line) as ErrorRecord)), ...conversations.map(conversationMarkdown)];
    for (const [i, document] of documents.entries()) await write((i === 0 ? '' : MARKDOWN_SEPARATOR) + document);
    return;
  }
  if (format === 'json' && conversations.length === 1 && input.errorLines.length === 0) {
    await write(`${JSON.stringify(conversations[0], null, 2)}\n`);
    return;
  }
  for (const line of input.errorLines) await write(`${line}\n`);
  for (const conversation of conversations) await write(`${JSON.stringify(conversation)}\n`);
}

/**
 * Run `corresp thread`.
 * @returns 0 all inputs parsed and read, 1 some failed (error records written, malformed lines named on stderr)
 */
export async function runThread(args: readonly string[], options: ThreadOptions, io: ThreadIo): Promise<number> {
  const input = new ThreadInput();
  let status = 0;
  if (args.length === 1 && args[0] === '-') {
    status = await addRecordLines(io.stdinLines(), 'standard input', input, io);
    if (input.errorLines.length > 0) status = 1;
  } else {
    // Saved `corresp parse` output named on the command line (a.ndjson, one.json), or a folder of it with no letters (parse
    // --out-dir's), is read back, not parsed as letters.
    const saved = new Map(args.map((arg) => [arg, isRecordFile(arg) ? [arg] : recordFolderFiles(arg)]));
    for (const files of saved.values()) for (const file of files) if ((await readRecordFile(file, input, io)) !== 0) status = 1;
    const letters = args.filter((arg) => saved.get(arg)?.length === 0);
    // With nothing saved among the arguments, the batch runs even on none: it reports the missing input as parse does.
    const anySaved = letters.length < args.length;
    if (letters.length > 0 || !anySaved) status = Math.max(status, await threadLetterFiles(letters, options, io, input));
    if (input.errorLines.length > 0) status = 1;
  }
  await writeConversations(input, options.format, io.stdout);
  return status;
}

/** The names saved parse output goes by. */
const RECORD_FILE = /\.(?:ndjson|jsonl|json)$/i;

/** Names only a letter goes by: read as a letter whatever it holds. */
const LETTER_ONLY_FILE = /\.(?:pdf|html?)$/i;

/**
 * Saved parse output: a file named .ndjson, .jsonl or .json, or a file of another name (a.nd, `corresp parse … > out.txt`)
 * that opens with a JSON object, as no letter does (a PDF opens with %PDF, an HTML letter with markup, a text letter with words).
 */
function isRecordFile(arg: string): boolean {
  try {
    if (!statSync(arg).isFile()) return false;
    if (RECORD_FILE.test(arg)) return true;
    return !LETTER_ONLY_FILE.test(arg) && opensJsonObject(arg);
  } catch {
    return false;
  }
}

/** Whether a file's first bytes (white space aside) open a JSON object with a key. */
function opensJsonObject(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(INDENTED_PEEK);
    const start = buffer.subarray(0, readSync(fd, buffer, 0, INDENTED_PEEK, 0)).toString('utf8');
    return /^\s*\{\s*"/.test(start);
  } finally {
    closeSync(fd);
  }
}

/** The saved parse records in a folder holding no letter files (`corresp parse --out-dir`'s), sorted by path; [] for any other argument. */
function recordFolderFiles(arg: string): string[] {
  let files: string[];
  try {
    if (!statSync(arg).isDirectory()) return [];
    files = (readdirSync(arg, { recursive: true }) as string[]).map((name) => join(arg, name));
  } catch {
    return [];
  }
  if (files.some((file) => LETTER_FILE.test(file))) return [];
  return files.filter((file) => RECORD_FILE.test(file)).sort();
}

/**
 * Read one file of saved parse output, a line at a time (NDJSON of any size), or one indented JSON document (`corresp parse one.pdf
 * > one.json`, a letter's record).
 * @returns 0 when every line was a parse record, 1 otherwise (each bad line named on stderr)
 */
async function readRecordFile(file: string, input: ThreadInput, io: ThreadIo): Promise<number> {
  try {
    const start = await firstBytes(file, INDENTED_PEEK);
    if (/^\s*\{\s*\n\s+"/.test(start)) {
      const whole = wholeDocument(await readFile(file, 'utf8'));
      return whole !== undefined && input.addRecord(whole) === undefined ? 0 : badLine(io, printable(file), 1, 'not a corresp parse record');
    }
    return await addRecordLines(createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity }), printable(file), input, io);
  } catch (error) {
    io.stderr(io.paint.red(`corresp: ${printable(file)}: ${printable(describeFsError(error))} [READ_FAILED]\n`));
    return 1;
  }
}

/** How much of a file tells an indented JSON document from NDJSON. */
const INDENTED_PEEK = 64;

async function firstBytes(file: string, count: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(count), 0, count, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The one JSON document an indented file holds; undefined when it is not one. */
function wholeDocument(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Take NDJSON parse records a line at a time (standard input, a saved file).
 * @param from what the lines come from, as stderr names it ("standard input", a file's printable name)
 * @returns 0 when every line was a parse record, 1 otherwise (each bad line named on stderr)
 */
async function addRecordLines(lines: AsyncIterable<string>, from: string, input: ThreadInput, io: ThreadIo): Promise<number> {
  let status = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const problem = input.addLine(line);
    if (problem !== undefined) status = badLine(io, from, lineNumber, problem);
  }
  return status;
}

function badLine(io: ThreadIo, from: string, line: number, problem: string): number {
  io.stderr(io.paint.red(`corresp: ${from} line ${line}: ${printable(problem)} [BAD_RECORD]\n`));
  return 1;
}

/** Parse letter files in the parser pool, asking each process for the stubs grouping needs. */
async function threadLetterFiles(args: readonly string[], options: ThreadOptions, io: ThreadIo, input: ThreadInput): Promise<number> {
  // The parse batch writes each record as one NDJSON line, in input order; here the lines are read back instead of printed.
  let pending = '';
  return await runBatch(args, { ...options.batch, ndjson: true, outDir: undefined, skipExisting: false, output: 'thread-stub' }, {
    ...io,
    stdout: (text: string | Uint8Array) => {
      pending += jsonText(text);
      let end = pending.indexOf('\n');
      while (end >= 0) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 1);
        if (line.trim() !== '') input.addStubLine(line);
        end = pending.indexOf('\n');
      }
    },
  });
}
