// The parser process the command line starts before it loads: started only for runs that parse letters, taken over once by the pool.
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { heapMiBFor, PARSER_MODULE, startEarly, startParserProcess, takeEarly } from '../src/batch/parser-process.js';
import { DEFAULT_MAX_MEMORY_MIB } from '../src/limits.js';

const heap = heapMiBFor(DEFAULT_MAX_MEMORY_MIB * 1024 * 1024);
const oneLetter = { heapMiB: heap, coresBusy: false, longRun: false };
const argv = (...args: string[]) => ['node', 'corresp', ...args];

describe('startEarly / takeEarly', () => {
  afterEach(() => takeEarly(PARSER_MODULE, oneLetter)?.kill());

  it('should start one parser process for parse and thread, which the pool takes once', async () => {
    for (const args of [['parse', 'a.htm'], ['parse', '-'], ['thread', 'letters/']]) {
      const started = startEarly(argv(...args));
      const child = takeEarly(PARSER_MODULE, oneLetter);
      expect(child?.pid, args.join(' ')).toBeTypeOf('number');
      expect(child).toBe(started);
      expect(takeEarly(PARSER_MODULE, oneLetter)).toBeUndefined();
      child?.kill();
    }
  });

  it('should start nothing for help, other commands, thread reading records, or another memory budget', () => {
    for (const args of [[], ['schema'], ['topics'], ['parse', '--help'], ['thread', '-h'], ['thread', '-'], ['parse', 'a.htm', '--max-memory', '512'], ['parse', '--max-memory=512', 'a.htm']]) {
      expect(startEarly(argv(...args)), args.join(' ')).toBeUndefined();
      expect(takeEarly(PARSER_MODULE, oneLetter), args.join(' ')).toBeUndefined();
    }
  });

  it('should stop a process started for other settings or another module instead of handing it over', async () => {
    // The pool's budget, its use of the cores or its module is not the early process's: that one is no use and must not be left running.
    const cases = [
      [PARSER_MODULE, { heapMiB: heap + 1, coresBusy: false, longRun: false }],
      [PARSER_MODULE, { heapMiB: heap, coresBusy: true, longRun: false }],
      [PARSER_MODULE, { heapMiB: heap, coresBusy: false, longRun: true }],
      [new URL('./support/misbehaving-child.mjs', import.meta.url), oneLetter],
    ] as const;
    for (const [module, settings] of cases) {
      const started = startEarly(argv('parse', 'a.htm'));
      const exited = once(started as NonNullable<typeof started>, 'exit');
      expect(takeEarly(module, settings)).toBeUndefined();
      expect((await exited)[1]).toBe('SIGTERM');
    }
  });
});

describe('startParserProcess', () => {
  it('should start a parser process that never has @napi-rs/canvas scan the system fonts (it draws nothing)', async () => {
    const child = startParserProcess(new URL('./support/print-env.mjs', import.meta.url), oneLetter);
    child.ref();
    const [message] = (await once(child, 'message')) as [Record<string, string | undefined>];
    child.kill();
    expect(message.DISABLE_SYSTEM_FONTS_LOAD).toBe('1');
  });

  it('should start a parser process without the extra certificates Node would read before it starts (it opens no connection)', async () => {
    const saved = process.env.NODE_EXTRA_CA_CERTS;
    process.env.NODE_EXTRA_CA_CERTS = '/nowhere/certificates.pem';
    process.env.CORRESP_TEST_KEPT = 'kept';
    try {
      const child = startParserProcess(new URL('./support/print-env.mjs', import.meta.url), oneLetter);
      child.ref();
      const [message] = (await once(child, 'message')) as [Record<string, string | undefined>];
      child.kill();
      expect(message.NODE_EXTRA_CA_CERTS).toBeUndefined();
      expect(message.CORRESP_TEST_KEPT).toBe('kept');
    } finally {
      if (saved === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
      else process.env.NODE_EXTRA_CA_CERTS = saved;
      delete process.env.CORRESP_TEST_KEPT;
    }
  });
});
