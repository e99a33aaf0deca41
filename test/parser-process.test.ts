// The parser process the command line starts before it loads: started only for runs that parse letters, taken over once by the pool.
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { heapMiBFor, PARSER_MODULE, startEarly, takeEarly } from '../src/batch/parser-process.js';
import { DEFAULT_MAX_MEMORY_MIB } from '../src/limits.js';

const heap = heapMiBFor(DEFAULT_MAX_MEMORY_MIB * 1024 * 1024);
const argv = (...args: string[]) => ['node', 'corresp', ...args];

describe('startEarly / takeEarly', () => {
  afterEach(() => takeEarly(PARSER_MODULE, heap)?.kill());

  it('should start one parser process for parse and thread, which the pool takes once', async () => {
    for (const args of [['parse', 'a.htm'], ['parse', '-'], ['thread', 'letters/']]) {
      const started = startEarly(argv(...args));
      const child = takeEarly(PARSER_MODULE, heap);
      expect(child?.pid, args.join(' ')).toBeTypeOf('number');
      expect(child).toBe(started);
      expect(takeEarly(PARSER_MODULE, heap)).toBeUndefined();
      child?.kill();
    }
  });

  it('should start nothing for help, other commands, thread reading records, or another memory budget', () => {
    for (const args of [[], ['schema'], ['topics'], ['parse', '--help'], ['thread', '-h'], ['thread', '-'], ['parse', 'a.htm', '--max-memory', '512'], ['parse', '--max-memory=512', 'a.htm']]) {
      expect(startEarly(argv(...args)), args.join(' ')).toBeUndefined();
      expect(takeEarly(PARSER_MODULE, heap), args.join(' ')).toBeUndefined();
    }
  });

  it('should stop a process started for another heap limit or module instead of handing it over', async () => {
    // The pool's budget or module is not the default: the early process is no use and must not be left running.
    for (const [module, heapMiB] of [[PARSER_MODULE, heap + 1], [new URL('./support/misbehaving-child.mjs', import.meta.url), heap]] as const) {
      const started = startEarly(argv('parse', 'a.htm'));
      const exited = once(started as NonNullable<typeof started>, 'exit');
      expect(takeEarly(module, heapMiB)).toBeUndefined();
      expect((await exited)[1]).toBe('SIGTERM');
    }
  });
});
