// Every bad input in fixtures/bad gets its documented code, exit status 1 and one stderr line naming it; a batch goes on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTERS_DIR, runCli } from './fixtures.js';

const BAD_DIR = join(import.meta.dirname, '..', 'fixtures', 'bad');
const expected: Record<string, string> = JSON.parse(readFileSync(join(BAD_DIR, 'expected.json'), 'utf8')).codes;

const corresp = runCli;

describe('bad input', () => {
  for (const [name, code] of Object.entries(expected)) {
    it(`${name} -> ${code}`, async () => {
      const file = join(BAD_DIR, name);
      const { status, stdout, stderr } = await corresp(['parse', file]);
      expect(status).toBe(1);
      expect(JSON.parse(stdout)).toMatchObject({ source: { file }, error: { code } });
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^corresp: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+ \\[${code}\\]$`));
    });
  }

  it('should say a PDF of no pages has none, not that it is a scanned image', async () => {
    const { stdout } = await corresp(['parse', join(BAD_DIR, 'zero-pages.pdf')]);
    expect(JSON.parse(stdout).error.message).toMatch(/^no pages\b/);
    const scanned = await corresp(['parse', join(BAD_DIR, 'scanned-no-text.pdf')]);
    expect(JSON.parse(scanned.stdout).error.message).toMatch(/scanned image, run OCR/);
  });

  it('should keep going through a batch of bad and good files, one record each, in order', async () => {
    const good = join(LETTERS_DIR, '2017-21vianet-corresp.txt');
    const files = [...Object.keys(expected).map((n) => join(BAD_DIR, n)), good];
    const { status, stdout, stderr } = await corresp(['parse', ...files]);
    expect(status).toBe(1);
    const records = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.source.file)).toEqual(files);
    expect(records.map((r) => r.error?.code ?? 'ok')).toEqual([...Object.values(expected), 'ok']);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
