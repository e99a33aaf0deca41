// The command line end to end, as a subprocess: exit status, stdout data only, one stderr line per bad file.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LetterSchema, outputJsonSchema, SCHEMA_KINDS } from '../src/schema.js';
import { LETTERS_DIR, runCli } from './fixtures.js';


const corresp = runCli;

const VIANET = join(LETTERS_DIR, '2017-21vianet-corresp.txt');
const AJG = join(LETTERS_DIR, '2016-ajg-10k-corresp.htm');

describe('corresp parse', () => {
  it('should print one schema-valid JSON document for one file and exit 0', async () => {
    const { status, stdout, stderr } = await corresp(['parse', VIANET]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const letter = LetterSchema.parse(JSON.parse(stdout));
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('should read standard input with -', async () => {
    const { status, stdout } = await corresp(['parse', '-'], readFileSync(VIANET, 'utf8'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout).source.file).toBe('-');
  });

  it('when given several inputs then writes NDJSON in input order, one error record per bad file, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corresp-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const missing = join(dir, 'missing.htm');
    const { status, stdout, stderr } = await corresp(['parse', AJG, empty, missing, VIANET]);
    expect(status).toBe(1);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.source.file)).toEqual([AJG, empty, missing, VIANET]);
    expect(records[1].error.code).toBe('EMPTY_INPUT');
    expect(records[2].error.code).toBe('READ_FAILED');
    expect(LetterSchema.safeParse(records[3]).success).toBe(true);
    const errorLines = stderr.split('\n').filter((l) => l.includes('[')).map((l) => l.trim());
    expect(errorLines).toEqual([`corresp: ${empty}: input is empty [EMPTY_INPUT]`, `corresp: ${missing}: no such file or folder [READ_FAILED]`]);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(stderr).not.toMatch(/\u001b\[/);
  });

  it('should write one file per letter with --out-dir, errors as <name>.error.json', async () => {
    const out = mkdtempSync(join(tmpdir(), 'corresp-out-'));
    const dir = mkdtempSync(join(tmpdir(), 'corresp-in-'));
    writeFileSync(join(dir, 'a.txt'), readFileSync(VIANET));
    writeFileSync(join(dir, 'b.htm'), '   \n');
    const { status } = await corresp(['parse', dir, '--out-dir', out, '--quiet']);
    expect(status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.error.json']);
    expect(JSON.parse(readFileSync(join(out, 'b.error.json'), 'utf8')).error.code).toBe('EMPTY_INPUT');
  });

  it('should exit 2 on a usage error', async () => {
    expect((await corresp(['parse'])).status).toBe(2);
    expect((await corresp(['frobnicate'])).status).toBe(2);
    expect((await corresp(['parse', VIANET, '--max-bytes', 'x'])).status).toBe(2);
  });

  it('should refuse an input over --max-bytes with TOO_LARGE', async () => {
    const { status, stdout } = await corresp(['parse', '--ndjson', '--max-bytes', '100', VIANET]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).error.code).toBe('TOO_LARGE');
  });

  it('should read a PDF letter and report its pages', async () => {
    const { status, stdout } = await corresp(['parse', join(LETTERS_DIR, '2016-ajg-10k-upload.pdf')]);
    expect(status).toBe(0);
    const letter = JSON.parse(stdout);
    expect(letter.source).toMatchObject({ format: 'pdf', pages: 2 });
    expect(letter.comments.map((c: { number: number }) => c.number)).toEqual([1, 2]);
    expect(letter.comments[1].location.pages).toEqual([2]);
  });

  it('should give a corrupt PDF one clean error line with PDF_CORRUPT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corresp-pdf-'));
    const bad = join(dir, 'truncated.pdf');
    writeFileSync(bad, readFileSync(join(LETTERS_DIR, '2016-ajg-10k-upload.pdf')).subarray(0, 2000));
    const { status, stdout, stderr } = await corresp(['parse', '--ndjson', bad]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).error.code).toBe('PDF_CORRUPT');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('corresp schema and --help', () => {
  it('should print a JSON Schema', async () => {
    const { status, stdout } = await corresp(['schema', '--letter']);
    expect(status).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.properties.comments.type).toBe('array');
  });

  it('should print the schemas the source derives, though the build wrote them to a file (no stale dist/output-schemas.json)', async () => {
    for (const kind of SCHEMA_KINDS) {
      const { stdout } = await corresp(kind === 'record' ? ['schema'] : ['schema', `--${kind}`]);
      expect(JSON.parse(stdout), kind).toEqual(outputJsonSchema(kind));
    }
  });

  it('should print help and exit 0', async () => {
    const { status, stdout } = await corresp(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('parse');
  });
});
