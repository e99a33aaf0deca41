// Batch conversion through the real CLI: parallel order, out-dir names, resume after a kill, time limits, globs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputStem } from '../src/batch/out-dir.js';
import { inOrder } from '../src/batch/run.js';
import { LETTERS_DIR, runCli } from './fixtures.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'corresp.js');
const letter = (name: string) => join(LETTERS_DIR, name);
const tempDir = () => mkdtempSync(join(tmpdir(), 'corresp-batch-'));
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: { file: string }; error?: { code: string } });

/** Every file of a folder with its content, for comparing two output folders. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('corresp parse, batch', () => {
  it('should give the same NDJSON, in input order, with one worker or two', async () => {
    const one = await runCli(['parse', '--jobs', '1', LETTERS_DIR]);
    const two = await runCli(['parse', '--jobs', '2', LETTERS_DIR]);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const files = lines(two.stdout).map((r) => r.source.file);
    expect(files).toEqual([...files].sort());
    expect(files).toHaveLength(readdirSync(LETTERS_DIR).filter((f) => /\.(htm|txt|pdf)$/.test(f)).length);
  });

  it('should print no progress and no summary when stderr is not a terminal', async () => {
    const { stdout, stderr, status } = await runCli(['parse', letter('2017-21vianet-corresp.txt'), letter('2017-marriott-corresp.htm')]);
    expect(status).toBe(0);
    expect(lines(stdout)).toHaveLength(2);
    expect(stderr).toBe('');
  });

  it('should expand a quoted glob itself', async () => {
    const { stdout, status } = await runCli(['parse', join(LETTERS_DIR, '2017-*-corresp.{htm,txt}')]);
    expect(status).toBe(0);
    const files = lines(stdout).map((r) => r.source.file);
    expect(files.length).toBeGreaterThan(2);
    expect(files.every((f) => /2017-.*-corresp\.(htm|txt)$/.test(f))).toBe(true);
  });

  it('should name a pattern that matches nothing as a failed input', async () => {
    const { stdout, stderr, status } = await runCli(['parse', join(LETTERS_DIR, 'nothing-*.htm'), letter('2017-21vianet-corresp.txt')]);
    expect(status).toBe(1);
    expect(lines(stdout).map((r) => r.error?.code ?? 'ok')).toEqual(['READ_FAILED', 'ok']);
    expect(stderr).toContain('no file matches this pattern');
  });

  it('should give up on a file past --timeout with a TIMEOUT record and go on', async () => {
    const { stdout, stderr, status } = await runCli(['parse', '--jobs', '1', '--timeout', '0.02', letter('2020-adm-10k-corresp.htm')]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ source: { file: letter('2020-adm-10k-corresp.htm') }, error: { code: 'TIMEOUT' } });
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('[TIMEOUT]');
  });

  it('should refuse --skip-existing without --out-dir as a usage error', async () => {
    const { status, stderr } = await runCli(['parse', '--skip-existing', LETTERS_DIR]);
    expect(status).toBe(2);
    expect(stderr).toContain('--skip-existing needs --out-dir');
  });

  it('when killed mid-run and resumed with --skip-existing then the outputs equal a clean run, with no temp files', async () => {
    const clean = tempDir();
    expect((await runCli(['parse', '--out-dir', clean, LETTERS_DIR])).status).toBe(0);

    const resumed = tempDir();
    const child = spawn(process.execPath, [BIN, 'parse', '--jobs', '1', '--out-dir', resumed, LETTERS_DIR], { stdio: 'ignore' });
    const exited = new Promise((done) => child.on('exit', done));
    // Kill it as soon as some, but not all, outputs exist.
    while (readdirSync(resumed).filter((f) => f.endsWith('.json')).length < 3 && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    const partial = readdirSync(resumed).filter((f) => f.endsWith('.json')).length;

    const { status, stderr } = await runCli(['parse', '--skip-existing', '--out-dir', resumed, LETTERS_DIR]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const after = snapshot(resumed);
    // A temp file the kill left behind is not an output; drop it before comparing.
    const leftovers = Object.keys(after).filter((f) => f.endsWith('.tmp'));
    for (const f of leftovers) delete after[f];
    expect(after).toEqual(snapshot(clean));
    expect(partial).toBeGreaterThan(0);
  }, 60_000);

  it('should skip only inputs whose output (letter or error record) exists', async () => {
    const out = tempDir();
    writeFileSync(join(out, '2017-21vianet-corresp.json'), '{"kept": true}\n');
    const { status } = await runCli(['parse', '--skip-existing', '--out-dir', out, letter('2017-21vianet-corresp.txt'), letter('2017-marriott-corresp.htm')]);
    expect(status).toBe(0);
    expect(readFileSync(join(out, '2017-21vianet-corresp.json'), 'utf8')).toBe('{"kept": true}\n');
    expect(JSON.parse(readFileSync(join(out, '2017-marriott-corresp.json'), 'utf8')).schemaVersion).toBe(1);
  });

  it('should keep every output inside --out-dir with distinct names, whatever the input names', async () => {
    const inputs = tempDir();
    const names = ['..txt', '...htm', 'CON.txt', 'a b;$(rm -rf ~).txt', 'sub/..weird.txt', 'Letter.txt', 'letter.htm', 'ünïcödé.txt', '-dash.txt'];
    const source = readFileSync(letter('2017-21vianet-corresp.txt'));
    for (const name of names) {
      mkdirSync(join(inputs, name, '..'), { recursive: true });
      writeFileSync(join(inputs, name), source);
    }
    const out = join(tempDir(), 'out');
    const { status } = await runCli(['parse', '--out-dir', out, ...names.map((n) => join(inputs, n))]);
    expect(status).toBe(0);
    const written = readdirSync(out);
    expect(written).toHaveLength(names.length);
    expect(new Set(written.map((f) => f.toLowerCase())).size).toBe(names.length);
    for (const f of written) {
      expect(f).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*\.json$/);
      expect(resolve(out, f).startsWith(resolve(out))).toBe(true);
    }
    expect(existsSync(join(out, '..', '..txt.json'))).toBe(false);
  });
});

describe('outputStem', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['/tmp/x/..', '_'],
    ['-', 'stdin'],
    ['CON.txt', '_CON'],
    ['letter 1 (final).pdf', 'letter_1_final_'],
    ['.hidden.htm', '_hidden'],
    ['-rf.txt', '_rf'],
    ['', 'letter'],
  ])('%s -> %s', (file, stem) => {
    expect(outputStem(file)).toBe(stem);
  });
});

/**
 * Run 1,000 items of weight 10 on 2 lanes, the first held back until 50 ms have passed.
 * @returns how many had started while it was held, and how many in all
 */
async function behindSlowFirst(held?: { weigh: (result: number) => number; most: number }): Promise<{ whileBlocked: number; total: number }> {
  let started = 0;
  let release: () => void = () => {};
  const slow = new Promise<void>((r) => (release = r));
  const run = inOrder(
    1000,
    2,
    async (i) => {
      started++;
      if (i === 0) await slow;
      return 10;
    },
    async () => {},
    held,
  );
  await new Promise((r) => setTimeout(r, 50));
  const whileBlocked = started;
  release();
  await run;
  return { whileBlocked, total: started };
}

describe('inOrder', () => {
  it('should deliver results in index order whatever order the work finishes in, and bound the work running at once', async () => {
    const delivered: number[] = [];
    let running = 0;
    let most = 0;
    await inOrder(
      200,
      4,
      async (i) => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, (i * 7919) % 5));
        running--;
        return i * 2;
      },
      async (i, result) => {
        expect(result).toBe(i * 2);
        delivered.push(i);
      },
    );
    expect(delivered).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(most).toBeLessThanOrEqual(4);
  });

  it('should stop starting work while the results waiting behind a slow first item weigh too much', async () => {
    const { whileBlocked, total } = await behindSlowFirst({ weigh: (result) => result, most: 50 });
    // Item 0 plus at most 6 results of weight 10 (the one past 50 included) before the lanes wait.
    expect(whileBlocked).toBeLessThanOrEqual(8);
    expect(total).toBe(1000);
  });

  it('should not start work far ahead of a slow first item', async () => {
    const { whileBlocked, total } = await behindSlowFirst();
    expect(whileBlocked).toBeLessThan(100);
    expect(total).toBe(1000);
  });
});
