// Owns the parser processes: every letter is parsed in a child process under a time and memory limit, so no input can take the run down.
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { ErrorCode } from '../errors.js';
import { heapMiBFor, LONG_RUN_LETTERS, PARSER_MODULE, type ParserSettings, startParserProcess, takeEarly } from './parser-process.js';
import type { ParseTask, TaskOutcome } from './task.js';

/**
 * Why processes and not worker threads: a V8 fatal error (a 140 MB string token in a PDF
 * content stream grows an array past V8's limit: "Fatal JavaScript invalid size error")
 * aborts the whole process, worker threads included, and `resourceLimits` bounds only the
 * JavaScript heap, not the ArrayBuffers pdf.js inflates streams into (a font flate bomb
 * reached 6 GB). A child process can die alone, and its resident memory can be watched.
 */
export interface PoolOptions {
  /** Child processes parsing at once. */
  size: number;
  /** Per-file time limit in ms. */
  timeoutMs: number;
  /** Memory all parsing may use at once, in bytes: the children's resident memory together. */
  memoryBytes: number;
  /** The module each child runs (default: the parser, ./child.js); tests give one that misbehaves on purpose. */
  childModule?: URL;
  /** How many files the pool will be given, if known: processes that will each parse thousands run for the long run (ParserSettings). */
  files?: number;
}

/** Idle memory of one parser process (node, the parser, pdf.js), with room to spare: bounds how many may run. */
export const CHILD_BASE_BYTES = 128 * 1024 * 1024;
/** How long an answer may trail the exit of the process that sent it. */
const EXIT_GRACE_MS = 200;
/** How often resident memory is sampled while a file is parsed. */
const WATCH_MS = 25;
/** Longest timer Node keeps: setTimeout fires at once past 2^31-1 ms (24.8 days). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The most parser processes a memory budget allows, so that idle processes alone never fill it. */
export function poolSize(jobs: number, files: number, memoryBytes: number): number {
  return Math.max(1, Math.min(jobs, files, Math.floor(memoryBytes / CHILD_BASE_BYTES / 2)));
}

type Stop = { kind: 'timeout' } | { kind: 'memory'; rss: number; alone: boolean };

interface Slot {
  child: ChildProcess | undefined;
  busy: boolean;
  /** Why the parent killed the child during its current task. */
  stop: Stop | undefined;
  /** The last lines the child wrote to stderr (V8 prints its fatal errors there). */
  stderrTail: string;
}

/** Retry a file alone: it was stopped for memory while other files were parsed beside it. */
const RETRY_ALONE = Symbol('retry alone');

export class ParserPool {
  readonly #options: PoolOptions;
  readonly #slots: Slot[];
  readonly #settings: ParserSettings;
  readonly #waiters = new Set<() => void>();
  /** Files waiting to run alone: while any waits, no other file starts. */
  #aloneWanted = 0;
  #watch: NodeJS.Timeout | undefined;
  #checking = false;
  #closed = false;

  constructor(options: PoolOptions) {
    this.#options = { ...options, timeoutMs: Math.min(options.timeoutMs, MAX_TIMER_MS) };
    this.#slots = Array.from({ length: options.size }, () => ({ child: undefined, busy: false, stop: undefined, stderrTail: '' }));
    this.#settings = {
      heapMiB: heapMiBFor(options.memoryBytes),
      coresBusy: options.size > 1 && options.size >= availableParallelism(),
      longRun: (options.files ?? 0) / options.size > LONG_RUN_LETTERS,
    };
    // Start one process now (or take the one the command line started as it began): its start-up
    // overlaps with the rest of ours; the others start when first needed.
    this.#spawn(this.#slots[0] as Slot, true);
  }

  /** Parse one file; never throws. A file stopped for memory beside others is tried again alone with the whole budget. */
  async run(task: ParseTask): Promise<TaskOutcome> {
    const first = await this.#runIn(task, false);
    if (first !== RETRY_ALONE) return first;
    this.#aloneWanted++;
    try {
      return (await this.#runIn(task, true)) as TaskOutcome;
    } finally {
      this.#aloneWanted--;
      this.#wakeAll();
    }
  }

  /** Stop every process at once (Ctrl-C, a closed stdout). Synchronous: the process may be about to exit. */
  kill(): void {
    this.#closed = true;
    clearInterval(this.#watch);
    for (const slot of this.#slots) slot.child?.kill('SIGKILL');
  }

  /** Let the idle processes go: each exits when its channel closes. Not awaited: a one-letter run should not wait for it. */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#watch);
    for (const { child } of this.#slots) if (child?.connected) child.disconnect();
  }

  async #runIn(task: ParseTask, alone: boolean): Promise<TaskOutcome | typeof RETRY_ALONE> {
    const slot = await this.#acquire(alone);
    try {
      return await this.#parseIn(slot, task, alone);
    } finally {
      slot.busy = false;
      slot.stop = undefined;
      this.#wakeAll();
    }
  }

  /** A free slot; to run alone, wait until no other file is being parsed. */
  async #acquire(alone: boolean): Promise<Slot> {
    for (;;) {
      const busy = this.#slots.filter((s) => s.busy).length;
      const free = this.#slots.find((s) => !s.busy);
      const ready = alone ? busy === 0 : this.#aloneWanted === 0;
      if (free !== undefined && ready) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((resolve) => this.#waiters.add(resolve));
    }
  }

  #wakeAll(): void {
    const waiting = [...this.#waiters];
    this.#waiters.clear();
    for (const wake of waiting) wake();
  }

  #spawn(slot: Slot, first = false): ChildProcess {
    const module = this.#options.childModule ?? PARSER_MODULE;
    const child = (first ? takeEarly(module, this.#settings) : undefined) ?? startParserProcess(module, this.#settings);
    slot.child = child;
    slot.stderrTail = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      slot.stderrTail = (slot.stderrTail + text).slice(-4096);
    });
    return child;
  }

  #parseIn(slot: Slot, task: ParseTask, alone: boolean): Promise<TaskOutcome | typeof RETRY_ALONE> {
    let child = slot.child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null || !child.connected) child = this.#spawn(slot);
    const running = child;
    return new Promise((resolve) => {
      // While a file is parsed, its process keeps the run alive until its answer or its exit
      // arrives (unreferenced, a process killed for time could leave nothing holding the loop:
      // Node then exits 13 with the file's record never written).
      running.ref();
      (running.channel as { ref?: () => void } | null | undefined)?.ref?.();
      const timer = setTimeout(() => {
        slot.stop = { kind: 'timeout' };
        running.kill('SIGKILL');
      }, this.#options.timeoutMs);
      this.#startWatch();
      let settled = false;
      const finish = (outcome: TaskOutcome | typeof RETRY_ALONE) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        running.off('message', onMessage);
        running.off('exit', onExit);
        running.off('error', onError);
        (running.channel as { unref?: () => void } | null | undefined)?.unref?.();
        running.unref();
        resolve(outcome);
      };
      const onMessage = (outcome: TaskOutcome) => finish(outcome);
      // Node may report a process's exit before the last message it sent has been read from the
      // channel: a process that ends on its own gets a moment for its answer to arrive first.
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        if (slot.stop !== undefined || signal !== null) finish(this.#deathOutcome(slot, code, signal, alone));
        else setTimeout(() => finish(this.#deathOutcome(slot, code, signal, alone)), EXIT_GRACE_MS);
      };
      // The process could not be started (too many processes, no memory): this file fails, the next one tries again.
      const onError = (error: Error) => {
        if (running.pid !== undefined && running.exitCode === null && running.signalCode === null) return;
        finish({ ok: false, code: ErrorCode.INTERNAL, message: `cannot start a parser process: ${error.message}` });
      };
      running.on('message', onMessage);
      running.once('exit', onExit);
      running.on('error', onError);
      try {
        running.send(task, (error) => {
          if (error) running.kill('SIGKILL');
        });
      } catch {
        running.kill('SIGKILL');
      }
    });
  }

  /** The record for a file whose parser process died before answering. */
  #deathOutcome(slot: Slot, code: number | null, signal: NodeJS.Signals | null, alone: boolean): TaskOutcome | typeof RETRY_ALONE {
    const stop = slot.stop;
    if (stop?.kind === 'timeout') {
      return { ok: false, code: ErrorCode.TIMEOUT, message: `gave up after ${this.#options.timeoutMs / 1000} s (raise it with --timeout)` };
    }
    const budget = `${Math.round(this.#options.memoryBytes / 1024 / 1024)} MiB`;
    if (stop?.kind === 'memory') {
      if (!alone && !stop.alone) return RETRY_ALONE;
      return { ok: false, code: ErrorCode.TOO_LARGE, message: `needed more than ${budget} of memory to parse (raise it with --max-memory)` };
    }
    if (/out of memory|invalid size error|Invalid array length|Invalid string length|Allocation failed/i.test(slot.stderrTail)) {
      return { ok: false, code: ErrorCode.TOO_LARGE, message: `too large to parse: the parser ran out of memory (limit ${budget}, raise it with --max-memory)` };
    }
    const how = signal !== null ? `signal ${signal}` : `exit status ${code}`;
    return { ok: false, code: ErrorCode.INTERNAL, message: `the parser process died (${how}): a corresp bug, please report it with this file` };
  }

  /** Sample the children's resident memory while files are parsed; stop the largest when together they pass the budget. */
  #startWatch(): void {
    if (this.#watch !== undefined || process.platform !== 'linux') return;
    this.#watch = setInterval(() => void this.#checkMemory(), WATCH_MS);
    this.#watch.unref();
  }

  async #checkMemory(): Promise<void> {
    if (this.#closed || this.#checking) return;
    this.#checking = true;
    let sizes: number[];
    try {
      sizes = await Promise.all(this.#slots.map((slot) => residentBytes(slot.child)));
    } finally {
      this.#checking = false;
    }
    // Children already stopped still show their memory until reaped: they no longer count.
    const live = this.#slots.map((slot, i) => ({ slot, rss: slot.stop === undefined ? (sizes[i] as number) : 0 }));
    let total = live.reduce((sum, { rss }) => sum + rss, 0);
    const busy = this.#slots.filter((s) => s.busy && s.stop === undefined).length;
    if (total <= this.#options.memoryBytes) {
      if (busy === 0) {
        clearInterval(this.#watch);
        this.#watch = undefined;
      }
      return;
    }
    // Stop the largest until the rest fit: a file stopped beside others is tried again alone.
    live.sort((a, b) => b.rss - a.rss);
    for (const { slot, rss } of live) {
      if (total <= this.#options.memoryBytes || rss === 0) break;
      total -= rss;
      if (slot.busy) slot.stop = { kind: 'memory', rss, alone: busy === 1 };
      slot.child?.kill('SIGKILL');
    }
  }
}

/** Resident memory of a child process, from /proc (Linux); 0 when it cannot be read. */
async function residentBytes(child: ChildProcess | undefined): Promise<number> {
  if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return 0;
  try {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
