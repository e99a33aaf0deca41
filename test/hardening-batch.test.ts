// Hostile inputs against the batch: every input gets exactly one record, no process dies, nothing is overwritten or written outside --out-dir.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LETTERS_DIR, runCli } from './fixtures.js';
import { contentStringBomb, fontBomb, runLengthStringBomb } from '../scripts/lib/hostile-pdf.mjs';

const BIN = join(import.meta.dirname, '..', 'bin', 'corresp.js');
const VIANET = join(LETTERS_DIR, '2017-21vianet-corresp.txt');
const AJG_PDF = join(LETTERS_DIR, '2016-ajg-10k-upload.pdf');
const tempDir = () => mkdtempSync(join(tmpdir(), 'corresp-hard-'));
type Record_ = { source: { file: string }; error?: { code: string; message: string } };
const records = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record_);
const codes = (stdout: string) => records(stdout).map((r) => r.error?.code ?? 'ok');
const stderrLines = (stderr: string) => stderr.split('\n').filter((l) => l !== '');

/** Live processes whose environment holds `mark` (Linux /proc). */
function processesMarked(mark: string): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(mark);
      } catch {
        return false;
      }
    });
}

describe('decompression bombs and memory', () => {
  it('should refuse flate bombs (a 3 GB font, a 160 MB content string) as TOO_LARGE before pdf.js inflates them, and parse the letters around them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-letter.pdf'), readFileSync(AJG_PDF));
    writeFileSync(join(dir, 'b-font-bomb.pdf'), fontBomb(3000));
    writeFileSync(join(dir, 'c-string-bomb.pdf'), contentStringBomb(160));
    writeFileSync(join(dir, 'd-letter.txt'), readFileSync(VIANET));
    const { status, stdout, stderr } = await runCli(['parse', '--jobs', '2', dir]);
    expect(status).toBe(1);
    expect(codes(stdout)).toEqual(['ok', 'TOO_LARGE', 'TOO_LARGE', 'ok']);
    expect(records(stdout)[1]?.error?.message).toContain('decompression bomb');
    expect(stderrLines(stderr)).toHaveLength(2);
    expect(stderr).not.toMatch(/\n\s+at |Fatal|native stack/i);
  }, 60_000);

  it('should stop a bomb the stream check cannot see (RunLength) with the memory watch, beside letters, at --jobs 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-letter.pdf'), readFileSync(AJG_PDF));
    writeFileSync(join(dir, 'b-runlength-bomb.pdf'), runLengthStringBomb(200));
    writeFileSync(join(dir, 'c-letter.txt'), readFileSync(VIANET));
    const { status, stdout, stderr } = await runCli(['parse', '--jobs', '2', '--max-memory', '320', dir]);
    expect(status).toBe(1);
    expect(codes(stdout)).toEqual(['ok', 'TOO_LARGE', 'ok']);
    expect(stderr).toContain('--max-memory');
    expect(stderr).not.toMatch(/\n\s+at |Fatal|native stack/i);
  }, 120_000);

  it('should protect a single file the same way (one JSON error document, exit 1)', async () => {
    const dir = tempDir();
    const bomb = join(dir, 'bomb.pdf');
    writeFileSync(bomb, runLengthStringBomb(200));
    const { status, stdout, stderr } = await runCli(['parse', '--max-memory', '256', bomb]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ source: { file: bomb }, error: { code: 'TOO_LARGE' } });
    expect(stderrLines(stderr)).toEqual([expect.stringMatching(/^corresp: .*bomb\.pdf: .*\[TOO_LARGE\]$/)]);
  }, 60_000);
});

describe('limits enforced while reading', () => {
  it('should refuse a 3 GB file as TOO_LARGE without reading it', async () => {
    const dir = tempDir();
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3); // sparse: no disk used
    const { status, stdout } = await runCli(['parse', '--ndjson', huge]);
    expect(status).toBe(1);
    expect(records(stdout)[0]?.error).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('--max-bytes') });
  });

  it('should stop reading standard input past --max-bytes', async () => {
    const child = spawn(process.execPath, [BIN, 'parse', '--max-bytes', '1000', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stdin.on('error', () => {}); // EPIPE once corresp stops reading: expected
    // Write up to 200 MB, stopping as soon as corresp has answered (it must not wait for the end).
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let written = 0;
    const exited = new Promise<number>((done) => child.on('exit', (code) => done(code ?? -1)));
    let over = false;
    void exited.then(() => (over = true));
    while (!over && written < 200) {
      if (!child.stdin.write(chunk)) await new Promise((r) => setTimeout(r, 5));
      written++;
    }
    child.stdin.destroy();
    expect(await exited).toBe(1);
    expect(JSON.parse(stdout).error.code).toBe('TOO_LARGE');
    expect(written).toBeLessThan(200);
  }, 60_000);

  it('should refuse a FIFO named on the command line or found in a folder, without opening it, and exit', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    writeFileSync(join(dir, 'z-letter.txt'), readFileSync(VIANET));
    const named = await runCli(['parse', '--ndjson', fifo]);
    expect(named.status).toBe(1);
    expect(records(named.stdout)[0]?.error).toMatchObject({ code: 'READ_FAILED', message: expect.stringContaining('not a regular file') });
    const walked = await runCli(['parse', '--timeout', '3', dir]);
    expect(walked.status).toBe(1);
    expect(codes(walked.stdout)).toEqual(['READ_FAILED', 'ok']);
  }, 30_000);

  it('should give a broken symbolic link in a folder its own record', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'gone.htm'), join(dir, 'a-dangling.htm'));
    writeFileSync(join(dir, 'b.txt'), readFileSync(VIANET));
    const { status, stdout } = await runCli(['parse', dir]);
    expect(status).toBe(1);
    expect(records(stdout).map((r) => [r.source.file, r.error?.code ?? 'ok'])).toEqual([
      [join(dir, 'a-dangling.htm'), 'READ_FAILED'],
      [join(dir, 'b.txt'), 'ok'],
    ]);
  });

  it('should say so and exit 1 for a folder with no letters', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.md'), '# not a letter');
    const { status, stdout, stderr } = await runCli(['parse', dir]);
    expect(status).toBe(1);
    expect(records(stdout)).toEqual([{ source: { file: dir }, error: { code: 'READ_FAILED', message: expect.stringContaining('no letter files') } }]);
    expect(stderrLines(stderr)).toEqual([expect.stringContaining('no letter files')]);
  });

  it('should keep a --timeout too large for a timer meaning "a long time", not "now"', async () => {
    const { status, stdout } = await runCli(['parse', '--timeout', '2147484', VIANET]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).comments).toHaveLength(5);
  });
});

describe('--out-dir', () => {
  it('should give every input its own output, never reusing a name (a.htm, a.pdf, a-2.htm, x.htm failing beside x.error.htm)', async () => {
    const inputs = tempDir();
    const letterText = readFileSync(VIANET);
    const names = ['a.htm', 'a.pdf', 'a-2.htm', 'x.htm', 'x.error.htm', 'A-2.txt'];
    for (const name of names) writeFileSync(join(inputs, name), name === 'x.htm' ? '' : name === 'a.pdf' ? readFileSync(AJG_PDF) : letterText);
    const out = join(tempDir(), 'out');
    const { status } = await runCli(['parse', '--out-dir', out, ...names.map((n) => join(inputs, n))]);
    expect(status).toBe(1);
    const written = readdirSync(out);
    expect(written).toHaveLength(names.length);
    // Each output names its own input, and a letter output is never taken for an error record.
    const sources = written.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')) as Record_ & { schemaVersion?: number });
    expect(new Set(sources.map((r) => r.source.file)).size).toBe(names.length);
    for (const [i, f] of written.entries()) expect(f.endsWith('.error.json')).toBe(sources[i]?.error !== undefined);
  });

  it('should never follow a link planted in --out-dir, nor write outside it', async () => {
    const out = tempDir();
    const outside = join(tempDir(), 'precious.txt');
    writeFileSync(outside, 'keep me');
    symlinkSync(outside, join(out, '2017-21vianet-corresp.json'));
    symlinkSync(outside, join(out, '2017-21vianet-corresp.error.json'));
    const { status } = await runCli(['parse', '--out-dir', out, VIANET]);
    expect(status).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(JSON.parse(readFileSync(join(out, '2017-21vianet-corresp.json'), 'utf8')).comments).toHaveLength(5);
  });

  it('should record a write that fails as WRITE_FAILED for that input, leave no temp file, and go on', async () => {
    const out = tempDir();
    mkdirSync(join(out, 'a.json')); // a folder where the output file should go: rename fails
    const inputs = tempDir();
    writeFileSync(join(inputs, 'a.txt'), readFileSync(VIANET));
    writeFileSync(join(inputs, 'b.txt'), readFileSync(VIANET));
    const { status, stderr } = await runCli(['parse', '--out-dir', out, inputs]);
    expect(status).toBe(1);
    expect(stderrLines(stderr)).toEqual([expect.stringMatching(/a\.txt: cannot write .*a\.json.*\[WRITE_FAILED\]$/)]);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json']);
    expect(stderr).not.toMatch(/internal error/);
  });

  it('should stop cleanly with one message when --out-dir names a file', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const { status, stdout, stderr } = await runCli(['parse', '--out-dir', file, VIANET]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderrLines(stderr)).toEqual([expect.stringMatching(/^corresp: --out-dir .*not-a-folder: not a folder \[WRITE_FAILED\]$/)]);
  });

  it('should leave no temp file of the writes under way when a signal abandons the run and exits', () => {
    // A signal runs abandon() and exits at once. Each temp file must exist and be known by then: opened on
    // another thread, abandon() could run before the file existed and the exit come after (a CI run left one).
    const out = tempDir();
    const outDir = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'batch', 'out-dir.js')).href;
    const script = `const { OutDir } = await import(${JSON.stringify(outDir)});
      const dir = new OutDir(process.argv[1], false);
      await dir.open();
      for (let i = 0; i < 40; i++) dir.write(dir.claim('a' + i + '.txt').stem, true, '{}').catch(() => {});
      dir.abandon();
      process.exit(143);`;
    for (let round = 0; round < 5; round++) {
      try {
        execFileSync(process.execPath, ['--input-type=module', '-e', script, out], { stdio: 'ignore' });
      } catch (error) {
        expect((error as { status: number }).status).toBe(143);
      }
    }
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('should leave no temp file and no parser process when stopped by SIGTERM', async () => {
    const out = tempDir();
    // A mark in the environment, which the parser processes inherit, tells this run's processes from other tests'.
    const mark = `corresp-test-${process.pid}-${Date.now()}`;
    const child = spawn(process.execPath, [BIN, 'parse', '--jobs', '2', '--out-dir', out, LETTERS_DIR], { stdio: 'ignore', env: { ...process.env, CORRESP_TEST_MARK: mark } });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    while (readdirSync(out).filter((f) => f.endsWith('.json')).length < 2 && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The parser processes went with it.
    await new Promise((r) => setTimeout(r, 300));
    expect(processesMarked(mark)).toEqual([]);
  }, 60_000);
});

describe('the terminal and the pipe', () => {
  it('should exit quietly when the reader of stdout goes away (--help | true, parse | head -1)', async () => {
    for (const args of [['--help'], ['parse', LETTERS_DIR]]) {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      expect(stderr).toBe('');
      expect(status).toBe(0);
    }
  }, 60_000);

  it('should say in one line that stdout cannot be written (disk full), and exit 1', async () => {
    const full = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, [BIN, 'parse', VIANET], { stdio: ['ignore', full, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const status = await new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    closeSync(full);
    expect(status).toBe(1);
    expect(stderrLines(stderr)).toEqual(['corresp: cannot write to standard output: no space left on the device']);
  });

  it('should escape control characters of file names on stderr', async () => {
    const dir = tempDir();
    const evil = join(dir, 'evil\u001b[31mred\u202e.txt');
    writeFileSync(evil, '');
    const { stderr } = await runCli(['parse', evil]);
    expect(stderr).not.toMatch(/[\u001b\u202e]/);
    expect(stderr).toContain('evil\\x1b[31mred\\u202e.txt');
  });
});

describe('corresp schema', () => {
  it('should describe both record kinds: each line of a batch with failures validates', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const { stdout } = await runCli(['parse', VIANET, join(dir, 'empty.txt'), join(dir, 'missing.pdf')]);
    for (const line of records(stdout)) expect(validate(line), JSON.stringify(validate.errors)).toBe(true);
    // And it is no rubber stamp.
    expect(validate({ source: { file: 'x' }, error: { code: 'NOT_A_CODE', message: 'm' } })).toBe(false);
    expect(validate({ schemaVersion: 1 })).toBe(false);
    const letterOnly = JSON.parse((await runCli(['schema', '--letter'])).stdout);
    expect(letterOnly.properties.comments.type).toBe('array');
    const errorOnly = JSON.parse((await runCli(['schema', '--error'])).stdout);
    expect(errorOnly.properties.error.properties.code.enum).toContain('WRITE_FAILED');
  });
});
