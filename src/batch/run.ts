// Owns a `corresp parse` run: inputs in, records out in input order, in parallel on a worker pool, with progress and a summary.
import { availableParallelism } from 'node:os';
import { ErrorCode } from '../errors.js';
import { DEFAULT_TIMEOUT_MS } from '../limits.js';
import type { ErrorRecord } from '../schema.js';
import { expandInputs, type Input } from './inputs.js';
import { type Claim, OutDir } from './out-dir.js';
import { failedCount, newTally, type Progress, startProgress, summaryLine, type Tally } from './progress.js';
import type { ParseTask, TaskOutcome } from './task.js';

export interface BatchOptions {
  /** One NDJSON line per letter even for a single file. */
  ndjson: boolean;
  outDir: string | undefined;
  skipExisting: boolean;
  /** Worker threads; 1 still uses a worker when a time limit must be enforced. */
  jobs: number;
  /** Per-file time limit in ms; undefined = the default, which a single in-process file does not need. */
  timeoutMs: number | undefined;
  verify: boolean;
  maxBytes: number;
  maxPages: number;
  quiet: boolean;
}

export interface BatchIo {
  /** Data only. May return a promise to apply back-pressure. */
  stdout: (text: string) => unknown;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  /** Is a person watching stderr (progress bar and summary)? */
  interactive: boolean;
  paint: { red: (s: string) => string; yellow: (s: string) => string };
}

export const DEFAULT_JOBS = availableParallelism();

type Outcome = TaskOutcome | { ok: 'skipped' };

/**
 * Parse every input and write its record; the exit status follows DESIGN.md.
 * @returns 0 all parsed (or skipped), 1 some inputs failed
 */
export async function runBatch(args: readonly string[], options: BatchOptions, io: BatchIo): Promise<number> {
  const started = Date.now();
  const { inputs, folders } = await expandInputs(args);
  // One file named on its own gives one JSON document; a folder always gives NDJSON, even of one letter.
  const single = inputs.length === 1 && folders === 0 && !options.ndjson && options.outDir === undefined;
  const outDir = options.outDir === undefined ? undefined : new OutDir(options.outDir, options.skipExisting);
  await outDir?.open();
  const claims: Claim[] = inputs.map((input) => outDir?.claim(input.file) ?? { stem: '', skip: false });

  const tally = newTally(inputs.length);
  // A person watching a batch gets a progress bar and a summary; a script, one file or --quiet gets neither.
  const watched = io.interactive && !options.quiet && inputs.length > 1;
  const progress = await startProgress(watched, inputs.length, io.stderr);
  const threads = Math.max(1, Math.min(options.jobs, inputs.length));
  const parse = await parser(inputs.length, threads, options);
  // Ctrl-C: no temp files left behind; what is written stays, so --skip-existing resumes.
  const interrupted = () => {
    progress.stop();
    outDir?.abandon();
    process.exit(130);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    await inOrder(
      inputs.length,
      threads,
      async (i) => {
        const input = inputs[i] as Input;
        if ((claims[i] as Claim).skip) return { ok: 'skipped' } as const;
        if (input.kind === 'missing') return { ok: false, code: ErrorCode.READ_FAILED, message: input.error } as const;
        const task: ParseTask = {
          file: input.file,
          maxBytes: options.maxBytes,
          maxPages: options.maxPages,
          verify: options.verify,
          pretty: single || outDir !== undefined,
        };
        if (input.kind === 'stdin') task.bytes = await io.readStdin();
        return parse.run(task);
      },
      async (i, outcome) => {
        await emit(inputs[i] as Input, claims[i] as Claim, outcome, { outDir, io, progress, tally });
        progress.tick(tally);
      },
    );
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    progress.stop();
    await parse.close();
  }
  if (watched) io.stderr(`${summaryLine(tally, (Date.now() - started) / 1000)}\n`);
  return failedCount(tally) > 0 ? 1 : 0;
}

interface EmitContext {
  outDir: OutDir | undefined;
  io: BatchIo;
  progress: Progress;
  tally: Tally;
}

async function emit(input: Input, claim: Claim, outcome: Outcome, { outDir, io, progress, tally }: EmitContext): Promise<void> {
  if (outcome.ok === 'skipped') {
    tally.skipped++;
    return;
  }
  let ok: boolean;
  let json: string;
  if (outcome.ok) {
    tally.parsed++;
    ok = true;
    json = outcome.json;
    if (outcome.notCovered !== undefined) progress.log(`${io.paint.yellow(`corresp: ${input.file}: warning TEXT_NOT_COVERED: ${outcome.notCovered}`)}\n`);
  } else {
    tally.failed.set(outcome.code, (tally.failed.get(outcome.code) ?? 0) + 1);
    ok = false;
    const record: ErrorRecord = { source: { file: input.file }, error: { code: outcome.code, message: outcome.message } };
    json = outDir === undefined ? JSON.stringify(record) : JSON.stringify(record, null, 2);
    progress.log(`${io.paint.red(`corresp: ${input.file}: ${outcome.message} [${outcome.code}]`)}\n`);
  }
  if (outDir !== undefined) await outDir.write(claim.stem, ok, json);
  else await io.stdout(`${json}\n`);
}

/** Where letters are parsed: in this thread for one file, else on a pool of warm worker threads. */
interface Parser {
  run(task: ParseTask): Promise<TaskOutcome>;
  close(): Promise<void>;
}

async function parser(count: number, threads: number, options: BatchOptions): Promise<Parser> {
  if (count <= 1 && options.timeoutMs === undefined) {
    const { runTask } = await import('./task.js');
    return { run: runTask, close: async () => {} };
  }
  const { Piscina } = await import('piscina');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    idleTimeout: 30_000,
  });
  return {
    async run(task) {
      // The clock starts when the task is handed to a free thread (inOrder never queues more than `jobs`).
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), timeoutMs);
      try {
        return (await pool.run(task, { signal: abort.signal, transferList: task.bytes ? [task.bytes.buffer as ArrayBuffer] : [] })) as TaskOutcome;
      } catch (error) {
        if (abort.signal.aborted) {
          return { ok: false, code: ErrorCode.TIMEOUT, message: `gave up after ${timeoutMs / 1000} s (raise it with --timeout)` };
        }
        // The worker died (out of memory, a crash in native code): piscina replaces it; this file fails alone.
        const message = error instanceof Error ? error.message : String(error);
        const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        return outOfMemory
          ? { ok: false, code: ErrorCode.TOO_LARGE, message: `ran out of memory parsing this file: ${message}` }
          : { ok: false, code: ErrorCode.INTERNAL, message: `worker failed (a corresp bug, please report it): ${message}` };
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.destroy(),
  };
}

/**
 * Run `work(i)` for i = 0..count-1 with at most `concurrency` at a time, and call `done(i, result)`
 * strictly in index order. Work runs ahead of the oldest unfinished item by at most a bounded
 * window, so memory stays flat whatever the count; a slow item holds back output, not work, until
 * the window fills.
 */
export async function inOrder<T>(
  count: number,
  concurrency: number,
  work: (i: number) => Promise<T>,
  done: (i: number, result: T) => Promise<void>,
): Promise<void> {
  const window = Math.max(16, concurrency * 16);
  const finished = new Map<number, T>();
  let nextToStart = 0;
  let nextToEmit = 0;
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
      await done(nextToEmit, result);
      nextToEmit++;
      wake();
    }
  };

  const lane = async () => {
    for (;;) {
      while (nextToStart < count && nextToStart - nextToEmit >= window) {
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
      // One writer at a time, in order.
      emitting = emitting.then(flush);
      await emitting;
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  await emitting;
}
