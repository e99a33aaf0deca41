// Owns starting a parser process: the one place one is forked, so that the command line can start the
// first before it has loaded itself (bin/corresp.js) and the pool can take that one over.
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_MAX_MEMORY_MIB } from '../limits.js';

/** The parser process: the one-file bundle `npm run build` makes (starts in half the time), else the compiled module with its imports. */
const BUNDLE = new URL('./child.bundle.js', import.meta.url);
export const PARSER_MODULE = existsSync(BUNDLE) ? BUNDLE : new URL('./child.js', import.meta.url);

/** The JavaScript heap limit of a parser process under a memory budget (the pool watches the rest). */
export function heapMiBFor(memoryBytes: number): number {
  return Math.max(64, Math.floor(memoryBytes / 1024 / 1024));
}

/** Fork a parser process. Idle, it never keeps the run alive: the pool holds it while it parses. */
export function startParserProcess(module: URL, heapMiB: number): ChildProcess {
  const child = fork(module, [], {
    // The heap limit catches a runaway JavaScript heap early; the pool's watch catches everything else.
    execArgv: [`--max-old-space-size=${heapMiB}`],
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

let early: { child: ChildProcess; heapMiB: number } | undefined;

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
  const heapMiB = heapMiBFor(DEFAULT_MAX_MEMORY_MIB * 1024 * 1024);
  early = { child: startParserProcess(PARSER_MODULE, heapMiB), heapMiB };
  return early.child;
}

/** The process startEarly started, if it runs `module` with this heap limit and is still alive; taken once. */
export function takeEarly(module: URL, heapMiB: number): ChildProcess | undefined {
  const taken = early;
  early = undefined;
  if (taken === undefined) return undefined;
  const { child } = taken;
  if (module.href === PARSER_MODULE.href && taken.heapMiB === heapMiB && child.exitCode === null && child.signalCode === null && child.connected) return child;
  child.kill();
  return undefined;
}
