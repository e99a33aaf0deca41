// Owns starting a parser process: the one place one is forked, so that the command line can start the
// first before it has loaded itself (bin/corresp.js) and the pool can take that one over.
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_MAX_MEMORY_MIB } from '../limits.js';

/**
 * The parser process: the one-script bundle `npm run build` makes, started from V8's code cache of it (child-start.ts,
 * bundled by the build as child-start.cjs; in about half the time), else the compiled module with its imports.
 */
const START = new URL('./child-start.cjs', import.meta.url);
export const PARSER_MODULE = existsSync(START) ? START : new URL('./child.js', import.meta.url);

/** The JavaScript heap limit of a parser process under a memory budget (the pool watches the rest). */
export function heapMiBFor(memoryBytes: number): number {
  return Math.max(64, Math.floor(memoryBytes / 1024 / 1024));
}

/** How a parser process runs. */
export interface ParserSettings {
  /** Its JavaScript heap limit (heapMiBFor). */
  heapMiB: number;
  /**
   * Parser processes keep every core busy: V8's background threads (optimising compilers, GC)
   * would only take time from the other parsers, so they are off (--single-threaded). Measured
   * on 2 cores, 2 jobs, the corpus: 11-12% less time for PDF, HTML and flattened text alike; one
   * letter alone on an idle machine is ~6% slower without them, so it keeps them.
   */
  coresBusy: boolean;
  /** It will parse thousands of letters (LONG_RUN_LETTERS): it compiles for the long run, not for a quick start (QUICK_START_FLAGS). */
  longRun: boolean;
}

/** Letters a parser process must expect to parse for a long run: about where QUICK_START_FLAGS stop paying (measured below). */
export const LONG_RUN_LETTERS = 2000;

/**
 * V8 flags for a parser process's first thousand or so letters: its optimising compiler (TurboFan) starts later and inlines
 * less into one function, so it compiles far less, and far less again after a function meets what it had not seen (a
 * deoptimisation): with V8's defaults the flattened-text loader's flatBlocks was compiled six times in a run over the corpus,
 * 511 ms of compiling; all compiling, 3.3 s against 3.1 s of parsing. Measured on 2 cores, 2 jobs (medians of 3, alternated):
 * with no inlining at all (--no-turbo-inlining) the 1,149 flattened letters 4.62 -> 3.74 s, 486 HTML letters 3.73 -> 2.97 s,
 * 200 PDF letters 3.95 -> 3.30 s, one letter the same; inlining small functions still (these flags) as fast for flattened
 * text (3.40 against 3.42 s) and faster for HTML (2.77 against 2.88 s), whose topic and action tries walk a small method a
 * character. Same output. Letters parsed again and again in one process (--single-threaded), V8's defaults against these
 * flags, first pass then fourth: 486 HTML letters 10.2 against 7.3 ms a letter, then 5.4 against 5.0; the corpus's 1,149
 * flattened letters 4.4 against 4.0, then 2.4 against 2.4 (the third 2.4 against 2.7): a process that will parse more than
 * LONG_RUN_LETTERS keeps V8's defaults, whose code may run faster in the long run.
 */
export const QUICK_START_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=200', '--interrupt-budget=400000'];

/**
 * V8 flags for the parser processes' regular expressions. Measured on 2 cores: `corresp parse` of one 62 KB HTML letter
 * 0.35 s against 0.40 s (medians of 7, node -e 0 0.08 s), of a 2-page PDF 0.59 against 0.62 s; the 1,149 flattened
 * letters 3.91 against 4.08 s, the 331 HTML letters 3.58 against 3.61 s (medians of 3). Same output.
 */
export const REGEXP_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

/** The V8 flags a parser process runs with (its code cache is made for them, scripts/bundle-child.mjs). */
export function parserFlags(settings: ParserSettings): string[] {
  // The heap limit catches a runaway JavaScript heap early; the pool's watch catches everything else.
  // Regular expressions compiled to machine code at their first use, not first to bytecode and again at their second
  // (V8's tier-up): the parser and the analysis run hundreds of them, nearly all more than once, so each letter's
  // first parse in a process paid for compiling most of them twice (see REGEXP_FLAGS).
  return [
    `--max-old-space-size=${settings.heapMiB}`,
    ...REGEXP_FLAGS,
    ...(settings.longRun ? [] : QUICK_START_FLAGS),
    ...(settings.coresBusy ? ['--single-threaded'] : []),
  ];
}

/**
 * A parser process's environment: ours, less what only makes its start-up slower.
 * - pdf.js loads @napi-rs/canvas for the shapes it draws with, which scans every system font as it loads unless told
 *   not to: a parser process never draws, and the scan cost each one that opens a PDF ~15 ms with 22 fonts installed
 *   (a desktop has hundreds).
 * - NODE_EXTRA_CA_CERTS (set on many company machines and CI boxes) makes Node read and parse a certificate bundle
 *   before it runs any script: a parser process never opens a connection, and the bundle cost each one ~40 ms of
 *   start-up here, which a one-letter run waits for (a 220 KB bundle: `node -e 0` 106 -> 66 ms; one 62 KB HTML letter
 *   432 -> 393 ms, medians of 15).
 */
export function parserEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _certificates, ...rest } = env;
  return { ...rest, DISABLE_SYSTEM_FONTS_LOAD: '1' };
}

/** Fork a parser process. Idle, it never keeps the run alive: the pool holds it while it parses. */
export function startParserProcess(module: URL, settings: ParserSettings): ChildProcess {
  const child = fork(module, [], {
    env: parserEnv(process.env),
    execArgv: parserFlags(settings),
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // An idle child must never keep the run alive, nor die loudly when the run is over.
  child.on('error', () => {});
  child.unref();
  (child.stderr as { unref?: () => void } | null)?.unref?.();
  (child.channel as { unref?: () => void } | null | undefined)?.unref?.();
  return child;
}

let early: { child: ChildProcess; settings: ParserSettings } | undefined;

/**
 * Start the first parser process of a `corresp parse` or `corresp thread` run as the program starts,
 * before the command line loads: the process's own start-up (about 100 ms: Node, then the parser)
 * then runs beside ours instead of after it, which a one-letter run waits for. Left alone when the
 * run may not parse letters (help, `thread -` reading parse records) or asks for another memory
 * budget; an unused process exits with us.
 * @returns the process started, if any
 */
export function startEarly(argv: readonly string[]): ChildProcess | undefined {
  const [command, ...rest] = argv.slice(2);
  if (command !== 'parse' && command !== 'thread') return undefined;
  if (rest.some((arg) => arg === '-h' || arg === '--help' || arg.startsWith('--max-memory'))) return undefined;
  if (command === 'thread' && rest.includes('-')) return undefined;
  // Settings for one letter, the run waiting on start-up most: a batch that keeps every core busy stops this one and starts its own.
  const settings = { heapMiB: heapMiBFor(DEFAULT_MAX_MEMORY_MIB * 1024 * 1024), coresBusy: false, longRun: false };
  early = { child: startParserProcess(PARSER_MODULE, settings), settings };
  return early.child;
}

/** The process startEarly started, if it runs `module` with these settings and is still alive; taken once. */
export function takeEarly(module: URL, settings: ParserSettings): ChildProcess | undefined {
  const taken = early;
  early = undefined;
  if (taken === undefined) return undefined;
  const { child } = taken;
  // Two processes are alike when they run with the same flags: the settings decide nothing else.
  const same = module.href === PARSER_MODULE.href && parserFlags(taken.settings).join(' ') === parserFlags(settings).join(' ');
  if (same && child.exitCode === null && child.signalCode === null && child.connected) return child;
  child.kill();
  return undefined;
}
