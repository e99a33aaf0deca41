// The parser pool on its own: a child that crashes, hangs or grows gets a record and is replaced; memory stays within the budget.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { jsonBytes, jsonText, recordLine } from '../src/batch/outcome.js';
import { LONG_RUN_LETTERS, QUICK_START_FLAGS } from '../src/batch/parser-process.js';
import { ParserPool, poolSize } from '../src/batch/pool.js';
import type { ParseTask } from '../src/batch/task.js';

const MiB = 1024 * 1024;
const childModule = new URL('./support/misbehaving-child.mjs', import.meta.url);
const task = (file: string): ParseTask => ({ file, maxBytes: 1, maxPages: 1, verify: false, pretty: false });
const pool = (size: number, memoryMiB = 1024, timeoutMs = 20_000) => new ParserPool({ size, timeoutMs, memoryBytes: memoryMiB * MiB, childModule });

describe('ParserPool', () => {
  it('should give a crashed child INTERNAL, a hung one TIMEOUT, and parse the next file in a fresh child', async () => {
    const p = pool(1, 1024, 1500);
    try {
      expect(await p.run(task('abort'))).toMatchObject({ ok: false, code: 'INTERNAL', message: expect.stringContaining('SIGABRT') });
      expect(await p.run(task('ok:1'))).toMatchObject({ ok: true });
      expect(await p.run(task('exit:3'))).toMatchObject({ ok: false, code: 'INTERNAL', message: expect.stringContaining('exit status 3') });
      expect(await p.run(task('hang'))).toMatchObject({ ok: false, code: 'TIMEOUT' });
      expect(await p.run(task('ok:2'))).toMatchObject({ ok: true, json: '{"file":"ok:2"}' });
    } finally {
      await p.close();
    }
  }, 30_000);

  it('should stop a file that outgrows --max-memory with TOO_LARGE, and go on', async () => {
    const p = pool(1, 256);
    try {
      expect(await p.run(task('grow'))).toMatchObject({ ok: false, code: 'TOO_LARGE' });
      expect(await p.run(task('ok:after'))).toMatchObject({ ok: true });
    } finally {
      await p.close();
    }
  }, 30_000);

  it('should retry alone a file stopped for memory beside others, so a big but bounded file still parses', async () => {
    // Two files together pass the budget; each alone fits: both must parse.
    const p = pool(2, 512);
    try {
      const outcomes = await Promise.all([p.run(task('grow-to:272')), p.run(task('grow-to:272'))]);
      expect(outcomes).toEqual([expect.objectContaining({ ok: true }), expect.objectContaining({ ok: true })]);
      // A runaway file beside a bounded one: the bounded one parses, the runaway gets TOO_LARGE.
      const mixed = await Promise.all([p.run(task('grow')), p.run(task('grow-to:64'))]);
      expect(mixed.map((o) => (o.ok ? 'ok' : o.code))).toEqual(['TOO_LARGE', 'ok']);
    } finally {
      await p.close();
    }
  }, 60_000);

  it('should never run timers past the largest Node keeps (2^31-1 ms fires at once)', async () => {
    const p = new ParserPool({ size: 1, timeoutMs: 2_147_484_000, memoryBytes: 1024 * MiB, childModule });
    try {
      expect(await p.run(task('ok:slow-timer'))).toMatchObject({ ok: true });
    } finally {
      await p.close();
    }
  });

  it("should turn V8's background threads off only when the parsers keep every core busy, regular expressions' tier-up always, and compile for a quick start unless each process has thousands of letters", async () => {
    const flagsOf = async (size: number, files?: number) => {
      const p = new ParserPool({ size, timeoutMs: 20_000, memoryBytes: 1024 * MiB, childModule, ...(files === undefined ? {} : { files }) });
      try {
        const outcome = await p.run(task('flags'));
        return outcome.ok ? (JSON.parse(outcome.json) as string[]) : [];
      } finally {
        await p.close();
      }
    };
    const busy = Math.max(2, availableParallelism());
    // Regular expressions are compiled to machine code at their first use in every parser process (REGEXP_FLAGS).
    expect(await flagsOf(1)).toEqual(['--max-old-space-size=1024', '--no-regexp-tier-up', ...QUICK_START_FLAGS]);
    expect(await flagsOf(1, LONG_RUN_LETTERS)).toEqual(['--max-old-space-size=1024', '--no-regexp-tier-up', ...QUICK_START_FLAGS]);
    expect(await flagsOf(1, LONG_RUN_LETTERS + 1)).toEqual(['--max-old-space-size=1024', '--no-regexp-tier-up']);
    expect(await flagsOf(busy, busy * LONG_RUN_LETTERS)).toEqual(['--max-old-space-size=1024', '--no-regexp-tier-up', ...QUICK_START_FLAGS, '--single-threaded']);
    expect(await flagsOf(busy, busy * LONG_RUN_LETTERS + 1)).toEqual(['--max-old-space-size=1024', '--no-regexp-tier-up', '--single-threaded']);
  });

  it('should size the pool by jobs, files and the memory each idle process needs', () => {
    expect(poolSize(2, 1000, 1024 * MiB)).toBe(2);
    expect(poolSize(64, 1000, 1024 * MiB)).toBe(4);
    expect(poolSize(64, 3, 1024 * MiB)).toBe(3);
    expect(poolSize(8, 1000, 100 * MiB)).toBe(1);
  });
});

describe('a parser process outcome as the batch reads it', () => {
  it('should read and write JSON sent as UTF-8 bytes or as a string alike, ending each record in one line end', () => {
    const text = '{"text":"Café – “quoted” ✓"}';
    const bytes = Buffer.from(`${text}\n`);
    expect(jsonText(bytes)).toBe(`${text}\n`);
    expect(jsonText(new Uint8Array(bytes))).toBe(`${text}\n`);
    expect(recordLine(bytes)).toBe(bytes);
    expect(Buffer.from(recordLine(Buffer.from(text)) as Uint8Array).toString('utf8')).toBe(`${text}\n`);
    expect(recordLine(text)).toBe(`${text}\n`);
    expect(recordLine(`${text}\n`)).toBe(`${text}\n`);
    expect(jsonBytes(bytes)).toBe(Buffer.byteLength(text) + 1);
    expect(jsonBytes(text)).toBe(text.length * 2);
  });
});
