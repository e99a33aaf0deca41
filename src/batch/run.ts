// Owns a `corresp parse` run: inputs in, records out in input order, parsed in parallel in parser processes, with progress and a summary.
import { availableParallelism } from 'node:os';
import { ErrorCode } from '../errors.js';
import type { ParseFormat } from '../format/formats.js';
import type { RecordRenderer } from '../format/index.js';
import { tooLargeMessage } from '../limits.js';
import type { ErrorRecord } from '../schema.js';
import { expandInputs, type Input } from './inputs.js';
import { type Claim, OutDir, OutDirUnusable, WriteFailed } from './out-dir.js';
import { ParserPool, poolSize } from './pool.js';
import { printable } from './printable.js';
import { failedCount, newTally, type Progress, startProgress, summaryLine, type Tally } from './progress.js';
import { jsonBytes, jsonText, recordLine, type TaskOutcome } from './outcome.js';
import type { ParseTask } from './task.js';
import type { PdfEngine } from '../load/pdf-reader.js';

export interface BatchOptions {
  /** One NDJSON line per letter even for a single file. */
  ndjson: boolean;
  /** csv, tsv or md: records rendered from the parser's JSON (README "Output formats"); json/ndjson or absent: the JSON as is. */
  format?: ParseFormat;
  outDir: string | undefined;
  skipExisting: boolean;
  /** Parser processes; fewer when --max-memory cannot hold that many. */
  jobs: number;
  /** Per-file time limit in ms. */
  timeoutMs: number;
  /** Memory all parsing may use at once, in bytes. */
  maxMemoryBytes: number;
  verify: boolean;
  maxBytes: number;
  maxPages: number;
  /** What reads a PDF's text layer (default pdf.js). */
  pdfEngine?: PdfEngine;
  quiet: boolean;
  /** What each parser process hands back (ParseTask.output); `thread` asks for letter stubs. */
  output?: 'record' | 'thread-stub';
}

/** Standard input, read up to a limit: the bytes, or how many had come when the limit was passed. */
export type StdinBytes = { bytes: Uint8Array } | { tooLarge: number };

export interface BatchIo {
  /** Data only. May return a promise to apply back-pressure. */
  stdout: (text: string | Uint8Array) => unknown;
  stderr: (text: string) => void;
  /** Read standard input, stopping as soon as more than `maxBytes` have come. */
  readStdin: (maxBytes: number) => Promise<StdinBytes>;
  /** Is a person watching stderr (progress bar and summary)? */
  interactive: boolean;
  paint: { red: (s: string) => string; yellow: (s: string) => string };
  /** Called with a cleanup to run when the process is stopped (signal, closed stdout); returns the unregister function. */
  onStop: (cleanup: () => void) => () => void;
}

export const DEFAULT_JOBS = availableParallelism();

/** Most output (UTF-16 bytes of JSON) held while waiting for a slow file to finish first. */
const HELD_OUTPUT_BYTES = 128 * 1024 * 1024;

type Outcome = TaskOutcome | { ok: 'skipped' };

/**
 * Parse every input and write its record; the exit status follows DESIGN.md.
 * @returns 0 all parsed (or skipped), 1 some inputs failed, 2 the output folder cannot be used
 */
export async function runBatch(args: readonly string[], options: BatchOptions, io: BatchIo): Promise<number> {
  const started = Date.now();
  const { inputs, folders } = await expandInputs(args);
  // One file named on its own gives one JSON document; a folder always gives NDJSON, even of one letter.
  const single = inputs.length === 1 && folders === 0 && !options.ndjson && options.outDir === undefined;
  const format = options.format ?? 'json';
  const renderer = format === 'json' || format === 'ndjson' ? undefined : (await import('../format/index.js')).rendererFor(format);
  const outDir = options.outDir === undefined ? undefined : new OutDir(options.outDir, options.skipExisting, renderer?.extension);
  try {
    await outDir?.open();
  } catch (error) {
    if (!(error instanceof OutDirUnusable)) throw error;
    io.stderr(io.paint.red(`corresp: ${printable(error.message)} [${ErrorCode.WRITE_FAILED}]\n`));
    return 2;
  }
  // CSV/TSV on stdout: the header once, before any row, whatever comes next.
  if (outDir === undefined && renderer !== undefined && renderer.header !== '') await io.stdout(renderer.header);
  const claims: Claim[] = inputs.map((input) => outDir?.claim(input.file) ?? { stem: '', skip: false });
  const toParse = inputs.filter((input, i) => input.kind !== 'unreadable' && !(claims[i] as Claim).skip).length;

  const tally = newTally(inputs.length);
  // A person watching a batch gets a progress bar and a summary; a script, one file or --quiet gets neither.
  const watched = io.interactive && !options.quiet && inputs.length > 1;
  const progress = await startProgress(watched, inputs.length, io.stderr);
  const size = poolSize(options.jobs, toParse, options.maxMemoryBytes);
  // Every file, a single one too, is parsed in a parser process: no input can take this process down.
  const pool = toParse > 0 ? new ParserPool({ size, timeoutMs: options.timeoutMs, memoryBytes: options.maxMemoryBytes, files: toParse }) : undefined;
  // Ctrl-C, SIGTERM or a closed stdout: stop the parsers, leave no temp file; what is written stays, so --skip-existing resumes.
  const unregister = io.onStop(() => {
    pool?.kill();
    progress.stop();
    outDir?.abandon();
  });
  const context: EmitContext = { outDir, renderer, io, progress, tally, written: 0 };
  try {
    await inOrder(
      inputs.length,
      size,
      async (i) => {
        const input = inputs[i] as Input;
        if ((claims[i] as Claim).skip) return { ok: 'skipped' } as const;
        if (input.kind === 'unreadable') return { ok: false, code: ErrorCode.READ_FAILED, message: input.error } as const;
        const task: ParseTask = {
          file: input.file,
          maxBytes: options.maxBytes,
          maxPages: options.maxPages,
          verify: options.verify,
          pretty: renderer === undefined && (single || outDir !== undefined),
        };
        if (options.output !== undefined) task.output = options.output;
        if (options.pdfEngine !== undefined && options.pdfEngine !== 'pdfjs') task.pdfEngine = options.pdfEngine;
        if (input.kind === 'stdin') {
          const read = await io.readStdin(options.maxBytes);
          if ('tooLarge' in read) return { ok: false, code: ErrorCode.TOO_LARGE, message: tooLargeMessage(read.tooLarge, options.maxBytes) } as const;
          task.bytes = read.bytes;
        }
        return (pool as ParserPool).run(task);
      },
      async (i, outcome) => {
        await emit(inputs[i] as Input, claims[i] as Claim, outcome, context);
        progress.tick(tally);
      },
      // Parsed letters waiting behind a slow file are held in memory: bound their size, not only their count.
      { weigh: (outcome) => ('json' in outcome ? jsonBytes(outcome.json) : 0), most: HELD_OUTPUT_BYTES },
    );
  } finally {
    unregister();
    progress.stop();
    await pool?.close();
  }
  if (watched) io.stderr(`${summaryLine(tally, (Date.now() - started) / 1000)}\n`);
  return failedCount(tally) > 0 ? 1 : 0;
}

interface EmitContext {
  outDir: OutDir | undefined;
  /** The format's renderer; undefined for JSON and NDJSON. */
  renderer: RecordRenderer | undefined;
  io: BatchIo;
  progress: Progress;
  tally: Tally;
  /** Records written to stdout so far (a Markdown stream separates documents). */
  written: number;
}

async function emit(input: Input, claim: Claim, outcome: Outcome, context: EmitContext): Promise<void> {
  const { outDir, renderer, io, progress, tally } = context;
  if (outcome.ok === 'skipped') {
    tally.skipped++;
    return;
  }
  const name = printable(input.file);
  // JSON as the parser process sent it (bytes), or a rendered format's text.
  let json: string | Uint8Array;
  if (outcome.ok) {
    json = outcome.json;
    if (outcome.notCovered !== undefined) progress.log(`${io.paint.yellow(`corresp: ${name}: warning TEXT_NOT_COVERED: ${printable(outcome.notCovered)}`)}\n`);
    // Another format: rendered from the JSON (a whole file per letter in --out-dir, rows or a document in a stream).
    if (renderer !== undefined) {
      const record = JSON.parse(jsonText(json));
      json = outDir === undefined ? renderer.streamed(record, context.written === 0) : renderer.whole(record);
    }
  } else {
    const record: ErrorRecord = { source: { file: input.file }, error: { code: outcome.code, message: outcome.message } };
    // In --out-dir an error record stays <name>.error.json whatever the format; on stdout it is one more row or document.
    json =
      outDir !== undefined ? JSON.stringify(record, null, 2) : renderer !== undefined ? renderer.streamed(record, context.written === 0) : JSON.stringify(record);
  }
  let failure = outcome.ok ? undefined : { code: outcome.code, message: outcome.message };
  if (outDir !== undefined) {
    try {
      await outDir.write(claim.stem, outcome.ok, json);
    } catch (error) {
      if (!(error instanceof WriteFailed)) throw error;
      // The record could not be written: this input fails, with the write error as its reason.
      failure = { code: ErrorCode.WRITE_FAILED, message: error.message };
    }
  } else {
    await io.stdout(renderer === undefined ? recordLine(json) : json);
    context.written++;
  }
  if (failure === undefined) {
    tally.parsed++;
    return;
  }
  tally.failed.set(failure.code, (tally.failed.get(failure.code) ?? 0) + 1);
  progress.log(`${io.paint.red(`corresp: ${name}: ${printable(failure.message)} [${failure.code}]`)}\n`);
}

/**
 * Run `work(i)` for i = 0..count-1 with at most `concurrency` at a time, and call `done(i, result)`
 * strictly in index order. Work runs ahead of the oldest unfinished item by at most a bounded
 * window, so memory stays flat whatever the count; a slow item holds back output, not work, until
 * the window fills, or until the results waiting behind it weigh more than `held.most`.
 */
export async function inOrder<T>(
  count: number,
  concurrency: number,
  work: (i: number) => Promise<T>,
  done: (i: number, result: T) => Promise<void>,
  held: { weigh: (result: T) => number; most: number } = { weigh: () => 0, most: Infinity },
): Promise<void> {
  const window = Math.max(16, concurrency * 16);
  const finished = new Map<number, T>();
  let nextToStart = 0;
  let nextToEmit = 0;
  /** Weight of the results finished but not yet delivered (bytes of JSON waiting behind a slow file). */
  let waiting = 0;
  let emitting: Promise<void> = Promise.resolve();
  let wakeUp: (() => void) | undefined;
  const wake = () => {
    const w = wakeUp;
    wakeUp = undefined;
    w?.();
  };

  const flush = async () => {
    while (finished.has(nextToEmit)) {
      const result = finished.get(nextToEmit) as T;
      finished.delete(nextToEmit);
      waiting -= held.weigh(result);
      await done(nextToEmit, result);
      nextToEmit++;
      wake();
    }
  };

  const lane = async () => {
    for (;;) {
      while (nextToStart < count && (nextToStart - nextToEmit >= window || waiting > held.most)) {
        await new Promise<void>((resolve) => {
          const previous = wakeUp;
          wakeUp = () => {
            previous?.();
            resolve();
          };
        });
      }
      if (nextToStart >= count) return;
      const i = nextToStart++;
      const result = await work(i);
      finished.set(i, result);
      waiting += held.weigh(result);
      // One writer at a time, in order.
      emitting = emitting.then(flush);
      await emitting;
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  await emitting;
}
